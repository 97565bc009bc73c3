/** The one stylesheet, inlined in every page: no external fonts or scripts, works offline and prints. */
export const STYLES = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--accent:#0b5cad;--accent-bg:#e8f1fb;--green:#116329;--green-bg:#dafbe1;--digital:#5a32a3;--digital-bg:#f1e9ff;--warn:#9a3412}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:10}
header.site{border-bottom:1px solid var(--line);background:#f6f8fa}
header.site .bar{max-width:64rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
header.site .brand{font-weight:700;font-size:1.1rem;text-decoration:none;color:var(--fg);margin-right:auto}
header.site nav a{margin-right:.75rem}
main{max-width:64rem;margin:0 auto;padding:1rem}
footer.site{max-width:64rem;margin:2rem auto;padding:1rem;color:var(--muted);font-size:.875rem;border-top:1px solid var(--line)}
h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.lead{font-size:1.1rem;color:var(--muted)}
form.search{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;padding:1rem;background:#f6f8fa;border:1px solid var(--line);border-radius:8px}
.field{display:flex;flex-direction:column;gap:.25rem;min-width:0}.field.grow{flex:1 1 16rem}
label{font-weight:600;font-size:.95rem}.check{font-weight:400;display:flex;gap:.35rem;align-items:center}
input[type=text],input[type=search],input[type=email],input[type=date],input[type=url],select,textarea{font:inherit;padding:.45rem .6rem;border:1px solid #8c959f;border-radius:6px;width:100%;background:#fff;color:var(--fg)}
button,.button{font:inherit;font-weight:600;padding:.5rem 1rem;border-radius:6px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#fff;color:var(--accent)}
ul.cards{list-style:none;padding:0;margin:0;display:grid;gap:.5rem}
ul.cards li{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem}
.code{font-family:ui-monospace,monospace;color:var(--muted);font-size:.9rem}
.tag{display:inline-block;font-size:.8rem;padding:0 .45rem;border-radius:999px;margin-left:.35rem;vertical-align:middle}
.tag.digital{background:var(--digital-bg);color:var(--digital)}.tag.green{background:var(--green-bg);color:var(--green)}.tag.new{background:var(--accent-bg);color:var(--accent)}
ol.tasks li{margin:.3rem 0}
nav.crumbs ol{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem;color:var(--muted);font-size:.9rem}
nav.crumbs li+li::before{content:"›";margin-right:.25rem}
.pager{display:flex;gap:1rem;margin:1rem 0}
.muted{color:var(--muted)}
.error{color:var(--warn);font-weight:600}
.field-error{color:var(--warn);font-size:.9rem}
[aria-invalid=true]{border-color:var(--warn)!important}
table.data{border-collapse:collapse;width:100%}table.data th,table.data td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
@media (max-width:480px){h1{font-size:1.35rem}main{padding:.75rem}form.search{padding:.75rem}}
@media print{header.site,footer.site,form.search,.pager{display:none}}
`;
