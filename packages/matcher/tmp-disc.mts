import { loadTaxonomySource, BUNDLED_TAXONOMY_DIR } from '@skillbank/core';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
const r = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
if (!r.ok) throw new Error('x');
const t0 = performance.now();
const texts: string[] = [];
for (const o of r.data.occupations) { texts.push(o.name); if (o.definition) texts.push(o.definition); for (const t of o.tasks) texts.push(t.text); }
const runs: string[] = [];
for (const t of texts) for (const m of t.matchAll(/[\u4e00-\u9fff]+/g)) runs.push(m[0]);
const MAXN = 6;
const counts = new Map<string, number>();
const left = new Map<string, Map<string, number>>();
const right = new Map<string, Map<string, number>>();
let total = 0;
for (const run of runs) {
  total += run.length;
  for (let i = 0; i < run.length; i++) for (let n = 1; n <= MAXN && i + n <= run.length; n++) {
    const g = run.slice(i, i + n);
    counts.set(g, (counts.get(g) ?? 0) + 1);
    if (n >= 2) {
      const l = i > 0 ? run[i - 1]! : `^${i}${run.length}`;
      const rr = i + n < run.length ? run[i + n]! : `$${i}${run.length}`;
      let lm = left.get(g); if (!lm) left.set(g, lm = new Map()); lm.set(l, (lm.get(l) ?? 0) + 1);
      let rm = right.get(g); if (!rm) right.set(g, rm = new Map()); rm.set(rr, (rm.get(rr) ?? 0) + 1);
    }
  }
}
const ent = (m: Map<string, number>) => { let s = 0, h = 0; for (const v of m.values()) s += v; for (const v of m.values()) { const p = v / s; h -= p * Math.log(p); } return h; };
const jieba = Jieba.withDict(dict);
const out: [string, number, number, number][] = [];
const STOP = /^[的和及与或等在对为以由了将把被从其各该是并]|[的和及与或等在对为以由了将把被从其各该是并]$/;
for (const [g, c] of counts) {
  if (g.length < 2 || c < 4 || STOP.test(g)) continue;
  let coh = Infinity;
  for (let k = 1; k < g.length; k++) { const a = counts.get(g.slice(0, k))!, b = counts.get(g.slice(k))!; coh = Math.min(coh, Math.log(c * total / (a * b))); }
  const le = ent(left.get(g)!), re = ent(right.get(g)!);
  if (coh < 3 || Math.min(le, re) < 1.2) continue;
  if (jieba.cut(g, false).length === 1) continue;
  out.push([g, c, coh, Math.min(le, re)]);
}
console.log('ms', performance.now() - t0, out.length);
out.sort((a, b) => b[1] - a[1]);
console.log(out.slice(0, 300).map((x) => `${x[0]}:${x[1]}:${x[2].toFixed(1)}:${x[3].toFixed(1)}`).join(' '));
console.log(out.filter(x=>/物联网|数字孪生|区块链|云计算|大数据|工业互联网/.test(x[0])).map(x=>x[0]).join(' '));
