/** `GET /docs`: a self-contained, readable rendering of the OpenAPI document (no external scripts). */
import { html, raw } from 'hono/html';

/** The docs page's one stylesheet (inline, allowed by its hash in the CSP). */
export const DOCS_STYLE = `body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}.m{font:600 .8rem monospace;padding:.1rem .4rem;border-radius:3px;color:#fff;background:#555}
.get{background:#1f6feb}.post{background:#1a7f37}.put{background:#9a6700}.delete{background:#cf222e}
article{border-top:1px solid #ddd;padding:.5rem 0}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}`;

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: { type?: string };
  }[];
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
  security?: unknown[];
}

interface Document {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function renderDocsPage(doc: Document) {
  const byTag = new Map<string, { method: string; path: string; op: Operation }[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const sections = [...byTag].map(
    ([tag, ops]) => html`<section>
      <h2>${tag}</h2>
      ${ops.map(
        ({ method, path, op }) => html`<article>
          <h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${path}</code></h3>
          <p>${op.summary ?? ''}</p>
          ${
            op.parameters?.length
              ? html`<table><tr><th>Parameter</th><th>In</th><th>Description</th></tr>
                ${op.parameters.map(
                  (p) =>
                    html`<tr><td><code>${p.name}</code>${p.required ? ' *' : ''}</td><td>${p.in}</td><td>${p.description ?? ''}</td></tr>`,
                )}</table>`
              : ''
          }
          ${op.requestBody ? html`<p>Request body: JSON (see the schema in <a href="/openapi.json">openapi.json</a>).</p>` : ''}
          <ul>${Object.entries(op.responses ?? {}).map(([status, r]) => html`<li><b>${status}</b> ${r.description ?? ''}</li>`)}</ul>
        </article>`,
      )}
    </section>`,
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} — API</title>
<style>${raw(DOCS_STYLE)}</style>
</head><body>
<h1>${doc.info.title} <small>${doc.info.version}</small></h1>
<p>${doc.info.description ?? ''}</p>
<p>The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are
<code>application/problem+json</code> (RFC 9457).</p>
${sections}
</body></html>`;
}
