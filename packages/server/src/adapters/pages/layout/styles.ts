/** The one stylesheet, inlined in every page: no external fonts or scripts, works offline and prints. */
import { TABLE_CARDS_CSS } from '../../../reports/renderers/table-cards.js';

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
ul.cards,ol.cards.candidates{list-style:none;padding:0;margin:0;display:grid;gap:.5rem}
ul.cards li,ol.cards li{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem}
.code{font-family:ui-monospace,monospace;color:var(--muted);font-size:.9rem}
.tag{display:inline-block;font-size:.8rem;padding:0 .45rem;border-radius:999px;margin-left:.35rem;vertical-align:middle;white-space:nowrap}
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
header.site .bar.account{border-top:1px solid var(--line);font-size:.95rem;padding-top:.35rem;padding-bottom:.35rem}
.account-nav{display:flex;flex-wrap:wrap;gap:.25rem .75rem;margin-right:auto}
.account-nav a[aria-current=page]{font-weight:700;text-decoration:none;color:var(--fg)}
.who{color:var(--muted)}
form.inline{display:inline;margin:0}
button.link{background:none;border:0;padding:0;color:var(--accent);text-decoration:underline;font-weight:400}
.tag.demo,.tag.warn{background:#fff4e5;color:#8a3c00}.tag.ok{background:var(--green-bg);color:var(--green)}.tag.bad{background:#ffebe9;color:#a40e26}.tag.plain{background:#eaeef2;color:var(--fg)}
.demo-banner{margin:0;padding:.5rem 1rem;background:#fff4e5;color:#8a3c00;text-align:center;font-weight:600}
.notice{padding:.6rem .8rem;border-radius:6px;background:var(--green-bg);color:var(--green);font-weight:600}
.alert{padding:.6rem .8rem;border-radius:6px;background:#ffebe9;color:#a40e26;font-weight:600}
.verified{padding:.6rem .8rem;border-radius:6px;border:1px solid var(--green);background:var(--green-bg);color:var(--green)}
form.stack{display:grid;gap:1rem;max-width:40rem}
form.stack fieldset{border:1px solid var(--line);border-radius:8px;padding:.75rem;margin:0;display:grid;gap:.6rem}
form.stack legend{font-weight:600;padding:0 .25rem}
.row{display:grid;grid-template-columns:1fr 11rem;gap:.5rem}
.hint{color:var(--muted);font-size:.875rem;margin:0}
.keybox{font-family:ui-monospace,monospace;font-size:1rem;word-break:break-all;padding:.6rem;border:2px dashed var(--warn);border-radius:6px;background:#fffaf0}
.panel{border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;margin:1rem 0}
.bar-chart{display:inline-block;height:.6rem;background:var(--accent);border-radius:3px;vertical-align:middle}
.meter{display:inline-block;width:6rem;height:.6rem;background:#eaeef2;border-radius:3px;vertical-align:middle;overflow:hidden}.meter>span{display:block;height:100%;background:var(--accent)}
.score{font-weight:700;font-size:1.1rem}.scored{white-space:nowrap}
.band{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.85rem;border:1px solid currentColor}
.band-strong{color:#166534}.band-moderate{color:#92400e}.band-weak{color:#6b7280}
mark{background:#fef08a;padding:0 .1rem}
.hash{font-family:ui-monospace,monospace;font-size:.8rem;color:var(--muted);word-break:break-all}
details summary{cursor:pointer;color:var(--accent)}
details.tech{margin:.5rem 0;font-size:.875rem}details.tech>div{overflow-wrap:anywhere}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
ul.checklist{list-style:none;padding:0;margin:.5rem 0;display:grid;gap:.4rem}ul.checklist li{display:flex;gap:.6rem;align-items:flex-start;border:1px solid var(--line);border-radius:8px;padding:.5rem .75rem}ul.checklist li.done{background:#f6fef8;border-color:#9bd3ab}ul.checklist .mark{flex:none;width:1.5rem;height:1.5rem;border-radius:50%;border:2px solid #8c959f;display:inline-flex;align-items:center;justify-content:center;font-weight:700;line-height:1}ul.checklist li.done .mark{background:var(--green);border-color:var(--green);color:#fff}
.group-list{columns:2 14rem;padding-left:1.2rem}
.entry-points{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.75rem;margin:1rem 0}.entry-points .entry{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;min-width:0}.entry-points h3{margin:0 0 .3rem;font-size:1rem}.entry-points ul{margin:0;padding-left:1.1rem}
.table-wrap{overflow-x:auto}
${TABLE_CARDS_CSS}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
input[type=number],input[type=password]{font:inherit;padding:.45rem .6rem;border:1px solid #8c959f;border-radius:6px;width:100%;background:#fff;color:var(--fg)}
textarea{min-height:7rem}
[hidden]{display:none!important}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
ol.rows{list-style:none;padding:0;margin:0;display:grid;gap:.6rem}
.row-item{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;padding-top:.5rem;border-top:1px dashed var(--line)}.row-item:first-child{border-top:0;padding-top:0}
.row-item>.field{flex:1 1 12rem}.row-item>.field.narrow{flex:0 1 11rem}.row-item>.row-note{flex-basis:100%;margin:0}.row-item .row-remove{margin-bottom:.5rem}
.picker-options{display:grid;gap:.5rem}.option-card{border:1px solid var(--line);border-radius:8px;padding:.5rem .7rem;min-width:0}
.option-card:has(input:checked){border-color:var(--accent);background:var(--accent-bg)}
.option-preview{margin:.25rem 0 0 1.6rem}.option-tasks{margin:.2rem 0;padding-left:1.1rem;font-size:.9rem}.option-tasks-label{font-weight:600}
.search-row{display:flex;gap:.5rem;align-items:center}.search-row input{flex:1 1 auto;min-width:0}.search-row button{flex:0 0 auto;white-space:nowrap}
.warn-text{color:var(--warn)!important}.guide{font-size:.9rem;margin:0;padding-left:1.2rem;color:var(--muted)}
.thread{list-style:none;padding:0;margin:.5rem 0}.thread>li{border-left:3px solid var(--line);padding:.25rem .6rem;margin:.35rem 0;overflow-wrap:anywhere}
@media (max-width:480px){h1{font-size:1.35rem}main{padding:.75rem}form.search{padding:.75rem}.row{grid-template-columns:1fr}table.data{font-size:.9rem}}
@media print{header.site,footer.site,form.search,.pager,form{display:none}}
.sc-head{display:flex;gap:1rem;justify-content:space-between;align-items:flex-start}.sc-head h1{margin:.25rem 0}
.sc-about{font-weight:600;margin:.2rem 0}.sc-trust{color:var(--green);margin:.4rem 0}
.sc-qr{margin:.5rem 0 0;flex:0 0 auto;width:7.5rem;text-align:center}.sc-qr svg{width:7.5rem;height:7.5rem;display:block}
.sc-qr figcaption{font-size:.75rem;color:var(--muted)}.sc-url{display:block;word-break:break-all;font-size:.7rem}
ul.sc-skills{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}ul.sc-skills li{border:1px solid var(--line);border-radius:999px;padding:.1rem .65rem;overflow-wrap:anywhere}
ul.sc-skills li.attested{border-color:var(--green);background:var(--green-bg)}ol.sc-fits li{margin:.25rem 0}
.sc-entry-title{margin:.2rem 0;font-size:1.1rem}.sc-attestation{margin:.35rem 0;color:var(--green)}.sc-statement{display:block;color:var(--fg)}
.sc-verify{margin:1.5rem 0}.sc-proof{border-top:1px solid var(--line);padding:.4rem 0}
@media (max-width:480px){.sc-head{flex-direction:column}.sc-qr{align-self:center}}
@media print{.sc-verify,.sc-actions,.notice{display:none}main{padding:0;max-width:none}.showcase{font-size:11pt}.showcase ul.cards li{break-inside:avoid;border:0;border-bottom:1px solid #bbb;border-radius:0}.showcase a{color:inherit;text-decoration:none}.sc-qr,.sc-qr svg{width:3cm;height:auto}}
`;
