import { loadTaxonomySource, BUNDLED_TAXONOMY_DIR } from '@skillbank/core';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
const r = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
if (!r.ok) throw new Error('x');
const jieba = Jieba.withDict(dict);
const t0 = performance.now();
const texts: string[] = [];
for (const o of r.data.occupations) { texts.push(o.name); if (o.definition) texts.push(o.definition); for (const t of o.tasks) texts.push(t.text); }
const STOPC = new Set('的和及与或等在对为以由了将把被从其各该是并中上下内外后前时'.split(''));
const tokCount = new Map<string, number>();
const cand = new Map<string, { c: number; parts: string[]; left: Set<string>; right: Set<string> }>();
for (const t of texts) for (const m of t.matchAll(/[\u4e00-\u9fff]+/g)) {
  const toks = jieba.cut(m[0], false);
  for (const k of toks) tokCount.set(k, (tokCount.get(k) ?? 0) + 1);
  for (let i = 0; i < toks.length; i++) for (let n = 2; n <= 3 && i + n <= toks.length; n++) {
    const parts = toks.slice(i, i + n);
    if (!parts.some((p) => p.length === 1)) continue;
    if (STOPC.has(parts[0]!) || STOPC.has(parts[n - 1]!) || parts.some((p) => p.length === 1 && STOPC.has(p))) continue;
    const w = parts.join('');
    if (w.length > 6) continue;
    let e = cand.get(w); if (!e) cand.set(w, e = { c: 0, parts, left: new Set(), right: new Set() });
    e.c++; e.left.add(toks[i - 1] ?? `^${e.c}`); e.right.add(toks[i + n] ?? `$${e.c}`);
  }
}
const out: string[] = [];
for (const [w, e] of cand) {
  if (e.c < 3) continue;
  // cohesion: share of the single-char part's occurrences inside this candidate
  const coh = Math.min(...e.parts.filter((p) => p.length === 1).map((p) => e.c / tokCount.get(p)!));
  if (coh < 0.25) continue;
  if (e.left.size < 2 || e.right.size < 2) continue;
  out.push(`${e.parts.join('/')}:${e.c}:${coh.toFixed(2)}`);
}
console.log('ms', performance.now() - t0, out.length);
console.log(out.join(' '));
