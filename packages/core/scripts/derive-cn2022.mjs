#!/usr/bin/env node
/**
 * derive-cn2022.mjs — build the cn2022 taxonomy fixtures from the read-only source data.
 *
 * Usage:
 *   node packages/core/scripts/derive-cn2022.mjs <cn2022-source-dir> <seed-file> <out-dir>
 *   e.g. node packages/core/scripts/derive-cn2022.mjs \
 *          ../shared/data/cn2022 ../shared/seed/000_fc73d3f5c107bbdd.txt fixtures/cn2022
 *
 * Inputs:
 *   <cn2022-source-dir>/SOURCE.md, hierarchy.csv, occupations.csv
 *     The 2022 Chinese national occupation classification (中华人民共和国职业分类大典 2022年版).
 *   <seed-file>
 *     OCR/slide text of a talk on the 2022 classification. Its slide tables list, by code, the
 *     new-in-2022 occupations (新增职业情况), the digital occupations (首次标识数字职业), the green
 *     occupations (绿色职业) and the occupations marked both.
 *
 * Outputs (in <out-dir>): taxonomy.json, hierarchy.csv, occupations.csv, tasks.csv, SOURCE.md.
 *
 * Rules:
 *   - Where the data's digital/green markers disagree with the seed's lists, the seed wins.
 *   - The seed comes from another printing: its code is trusted only when the name agrees with the
 *     data at that code; otherwise the row is matched to the data by name (or a listed variant).
 *   - new_in_2022 = every code in the seed's 新增职业 tables, plus the occupations that replace the
 *     single 2015 military occupation 7-00-00-00 (the seed lists that split, not the new codes).
 *   - The script asserts the official counts (97 digital, 134 green, 23 both, 168 new) and exits
 *     non-zero when they do not hold, or when the seed cannot be reconciled with the data.
 *
 * Plain Node 20 ESM, no dependencies. Only this script reads the shared source data; the product
 * reads the generated fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const OFFICIAL = { digital: 97, green: 134, both: 23, newIn2022: 168, occupations: 1639 };
const LEVEL_COUNTS = { 1: 8, 2: 79, 3: 450, 4: 1639 };
const TAXONOMY = {
  id: 'cn2022',
  version: '2022.1',
  name: '中华人民共和国职业分类大典（2022年版）',
  nameEn: "Occupational Classification of the People's Republic of China (2022)",
  locale: 'zh-CN',
  source: 'MOHRSS 2022 (人力资源和社会保障部等, published 2022-09-27); see SOURCE.md in this folder',
};
const DERIVE_COMMAND =
  'node packages/core/scripts/derive-cn2022.mjs ../shared/data/cn2022 ../shared/seed/000_fc73d3f5c107bbdd.txt fixtures/cn2022';

/** Output line ending. RFC 4180 names CRLF; we write LF for diff-friendly fixtures (the parser takes both). */
const EOL = '\n';

class DeriveError extends Error {}

function fail(message) {
  throw new DeriveError(message);
}

function assert(condition, message) {
  if (!condition) fail(message);
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)
// ---------------------------------------------------------------------------------------------

/**
 * Parse RFC 4180 CSV text into an array of records (arrays of strings).
 * Handles quoted fields containing commas, doubled quotes and line breaks; CRLF, LF or CR record
 * separators; a leading BOM; and an optional final line break. Throws on malformed quoting.
 */
export function parseCsv(text) {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = [];
  let record = [];
  let field = '';
  let i = 0;
  let line = 1;
  let atFieldStart = true;
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
    atFieldStart = true;
    quoted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (atFieldStart && c === '"') {
      // Quoted field: read up to the closing quote; "" is a literal quote.
      quoted = true;
      atFieldStart = false;
      i++;
      for (;;) {
        if (i >= s.length) fail(`CSV: unterminated quoted field starting on line ${line}`);
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (s[i] === '\n') line++;
        field += s[i++];
      }
      const next = s[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        fail(`CSV: unexpected character after closing quote on line ${line}`);
      }
      continue;
    }
    if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      if (c === '"') fail(`CSV: stray quote inside unquoted field on line ${line}`);
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  // Flush the last record unless the input ended with a line break.
  if (!atFieldStart || quoted || record.length > 0) endRecord();
  return records;
}

/** Quote a field when it contains a comma, quote, CR or LF (RFC 4180); double inner quotes. */
export function formatCsvField(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Serialise a header and rows (arrays) to CSV text, one record per line, ending with EOL. */
export function formatCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(formatCsvField).join(',')).join(EOL) + EOL;
}

/** Read a CSV file into objects keyed by its header; checks every record has the header's width. */
function readCsvObjects(file) {
  const [header, ...records] = parseCsv(fs.readFileSync(file, 'utf8'));
  assert(header, `${file}: empty CSV`);
  return records.map((record, index) => {
    assert(
      record.length === header.length,
      `${file}: record ${index + 2} has ${record.length} fields, expected ${header.length}`,
    );
    return Object.fromEntries(header.map((key, k) => [key, record[k]]));
  });
}

/** Round-trip the tricky RFC 4180 cases every run, so a broken parser cannot produce fixtures. */
function selfTestCsv() {
  const rows = [
    ['plain', 'with,comma', 'with "quote"', 'multi\nline', 'crlf\r\ninside', ''],
    ['', '""', ',', '中文，逗号', ' spaced ', 'end'],
  ];
  const text = formatCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows);
  const back = parseCsv(text).slice(1);
  assert(JSON.stringify(back) === JSON.stringify(rows), 'CSV self-test: round trip failed');
  const crlf = parseCsv('x,y\r\n"1,2","a""b"\r\n,\r\n');
  assert(
    JSON.stringify(crlf) ===
      JSON.stringify([
        ['x', 'y'],
        ['1,2', 'a"b'],
        ['', ''],
      ]),
    'CSV self-test: CRLF',
  );
  assert(JSON.stringify(parseCsv('a\n"b\n"')) === JSON.stringify([['a'], ['b\n']]), 'CSV self-test: no EOL');
}

// ---------------------------------------------------------------------------------------------
// Source data
// ---------------------------------------------------------------------------------------------

/** Load hierarchy.csv; trims names, checks level counts and parent links. */
function loadHierarchy(dir) {
  const rows = readCsvObjects(path.join(dir, 'hierarchy.csv')).map((r) => ({
    level: Number(r.level),
    code: r.code.trim(),
    name: r.name.trim(),
    parentCode: r.parent_code.trim(),
    rawName: r.name,
  }));
  const byCode = new Map();
  for (const row of rows) {
    assert(!byCode.has(row.code), `hierarchy.csv: duplicate code ${row.code}`);
    byCode.set(row.code, row);
  }
  for (const [level, count] of Object.entries(LEVEL_COUNTS)) {
    const actual = rows.filter((r) => r.level === Number(level)).length;
    assert(actual === count, `hierarchy.csv: ${actual} rows at level ${level}, expected ${count}`);
  }
  for (const row of rows) {
    assert(row.name, `hierarchy.csv: empty name for ${row.code}`);
    if (row.level === 1) continue;
    const parent = byCode.get(row.parentCode);
    assert(parent && parent.level === row.level - 1, `hierarchy.csv: bad parent for ${row.code}`);
  }
  return { rows, byCode };
}

/** Load occupations.csv (one row per level-4 occupation), trimming text fields. */
function loadOccupations(dir, hierarchy) {
  const rows = readCsvObjects(path.join(dir, 'occupations.csv')).map((r) => ({
    code: r.code.trim(),
    name: r.name.trim(),
    digital: flag(r.is_digital_S, r.code, 'is_digital_S'),
    green: flag(r.is_green_L, r.code, 'is_green_L'),
    definition: r.definition.trim(),
    tasks: r.tasks.trim(),
  }));
  assert(rows.length === OFFICIAL.occupations, `occupations.csv: ${rows.length} rows`);
  const hierarchyOrder = hierarchy.rows.filter((r) => r.level === 4).map((r) => r.code);
  assert(
    JSON.stringify(rows.map((r) => r.code)) === JSON.stringify(hierarchyOrder),
    'occupations.csv: codes differ from the level-4 rows of hierarchy.csv',
  );
  const nameMismatches = rows
    .filter((r) => hierarchy.byCode.get(r.code).name !== r.name)
    .map((r) => ({ code: r.code, occupations: r.name, hierarchy: hierarchy.byCode.get(r.code).name }));
  return { rows, byCode: new Map(rows.map((r) => [r.code, r])), nameMismatches };
}

function flag(value, code, column) {
  const v = String(value).trim();
  assert(v === '0' || v === '1', `occupations.csv: ${code} ${column}=${JSON.stringify(value)}`);
  return v === '1';
}

// ---------------------------------------------------------------------------------------------
// Task statements
// ---------------------------------------------------------------------------------------------

const SEPARATOR_BEFORE = /[\s。；;，,]/u;
const TRAILING_JUNK = /[\s。；;，,]+$/u;

/**
 * Find the marker `n.` (or `n．`) at or after `from`. A marker may not be glued to a preceding digit
 * ("12." is not "2.") nor followed by one ("2.5" is a number). Markers preceded by whitespace or a
 * separator are preferred; a glued one ("…设备2.维护") is used only when no clean one follows.
 */
function findMarker(text, n, from) {
  const re = new RegExp(`(?<!\\d)${n}\\s*[.．](?!\\d)`, 'gu');
  re.lastIndex = from;
  let glued = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = m.index === 0 ? '' : text[m.index - 1];
    const clean = m.index === 0 || SEPARATOR_BEFORE.test(before);
    const marker = { n, start: m.index, bodyStart: m.index + m[0].length, clean };
    if (clean) return glued ? { ...marker, skippedGlued: glued } : marker;
    glued ??= marker;
  }
  return glued;
}

/** Highest `N.` number appearing anywhere in the text (the expected statement count). */
function highestNumber(text) {
  let max = 0;
  for (const m of text.matchAll(/(?<!\d)(\d+)\s*[.．](?!\d)/gu)) max = Math.max(max, Number(m[1]));
  return max;
}

function cleanStatement(text) {
  return text.replace(TRAILING_JUNK, '').trim();
}

/**
 * Split a `1.… 2.… 3.…` task string into statements. Splits only at the next expected sequence
 * number. Returns the statements and a list of irregularities (empty when the split is clean).
 */
export function splitTasks(raw) {
  const text = raw.trim();
  const issues = [];
  if (!text) return { statements: [], issues };
  const markers = [];
  for (let n = 1, from = 0; ; n++) {
    const marker = findMarker(text, n, from);
    if (!marker) break;
    if (!marker.clean) issues.push(`marker ${n}. not preceded by a space or separator`);
    if (marker.skippedGlued) issues.push(`glued "${n}." skipped in favour of a later one`);
    markers.push(marker);
    from = marker.bodyStart;
  }
  if (markers.length === 0) {
    issues.push('no numbered markers; kept as one statement');
    return { statements: [cleanStatement(text)], issues };
  }
  const preamble = text.slice(0, markers[0].start).trim();
  if (preamble) issues.push(`text before "1.": ${preamble}`);
  const statements = markers.map((marker, k) => {
    const end = k + 1 < markers.length ? markers[k + 1].start : text.length;
    const body = cleanStatement(text.slice(marker.bodyStart, end));
    return k === 0 && preamble ? `${preamble} ${body}` : body;
  });
  statements.forEach((s, k) => {
    if (!s) issues.push(`statement ${k + 1} is empty`);
  });
  const highest = highestNumber(text);
  if (highest !== statements.length) {
    issues.push(`highest number found is ${highest} but ${statements.length} statements were split`);
  }
  return { statements, issues };
}

// ---------------------------------------------------------------------------------------------
// Seed document (OCR slide text)
// ---------------------------------------------------------------------------------------------

const CODE_RE = /^\s*(\d)\s*-\s*(\d{2})\s*-\s*(\d{2})\s*-\s*(\d{2})(?!\d)\s*(.*)$/u;
const FLAG_TOKENS = new Set(['新增', 'SZ', 'L', '数字', '绿色']);
const SUMMARY_RE = /首次标识数字职业|本次共标识绿色职业|本次同时标识/u;
const MAJOR_DIGITS = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };

/** Table kind, by the column header that follows 职业编码 职业名称. */
function tableKind(columns) {
  const cols = columns.replace(/\s+/gu, ' ').trim();
  const kinds = {
    '数字 绿色': 'new',
    '新增 绿色': 'digital',
    '新增 数字': 'green',
    '新增 数字 绿色': 'both',
    调整原因: 'cancelled',
  };
  return kinds[cols] ?? null;
}

/** Normalise OCR text: full-width digits/dashes/spaces to ASCII. */
function normaliseLine(line) {
  return line
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－—–‐]/gu, '-')
    .replace(/[\u3000\u00a0\t]/gu, ' ')
    .replace(/\u200b/gu, '')
    .trimEnd();
}

/** Split "name SZ L" into the name and its trailing flag tokens. */
function splitFlags(rest) {
  const tokens = rest.trim().split(/\s+/u).filter(Boolean);
  const flags = [];
  while (tokens.length > 0 && FLAG_TOKENS.has(tokens[tokens.length - 1])) flags.unshift(tokens.pop());
  return { name: tokens.join(' '), flags };
}

function isFlagOnlyLine(line) {
  const t = line.trim();
  return t !== '' && t.split(/\s+/u).every((token) => FLAG_TOKENS.has(token));
}

/**
 * Parse the seed's slide tables. Each table starts at a `职业编码 职业名称 <columns>` header and
 * runs until a slide break (two or more blank lines), a summary sentence or the next header.
 * A code may stand alone on its line with the name (split over lines) and flags following.
 * Returns per-kind lists of rows { code, name, flags, line, kind } plus the counts the slides state.
 */
function parseSeed(text) {
  const lines = text.split(/\r\n|\r|\n/u).map(normaliseLine);
  const tables = { new: [], digital: [], green: [], both: [], cancelled: [] };
  const stated = {
    newTotal: null,
    newByMajor: {},
    digitalByMajor: {},
    greenByMajor: {},
    militarySplit: null,
  };
  let kind = null;
  let current = null; // row still collecting a wrapped name
  let blankRun = 0;
  let summary = null; // { kind, text } while reading a summary sentence
  const flushSummary = () => {
    if (summary) recordStatedCounts(summary, stated);
    summary = null;
  };
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') {
      blankRun++;
      if (current) current.wrapping = false; // a wrapped name never continues past a blank line
      flushSummary();
      if (blankRun >= 2) kind = null;
      return;
    }
    blankRun = 0;
    recordHeadingCounts(line, stated);
    const header = line.match(/^\s*职业编码\s+职业名称\s+(.+)$/u);
    if (header) {
      flushSummary();
      kind = tableKind(header[1]);
      assert(kind, `seed line ${lineNo}: unknown table header "${line.trim()}"`);
      current = null;
      return;
    }
    if (summary) {
      summary.text += line.trim();
      return;
    }
    if (!kind) return;
    const m = line.match(CODE_RE);
    if (m) {
      const code = `${m[1]}-${m[2]}-${m[3]}-${m[4]}`;
      const [rest, tail] = splitAtSummary(m[5]);
      const { name, flags } = kind === 'cancelled' ? { name: rest.trim(), flags: [] } : splitFlags(rest);
      // A code alone on its line has its name wrapped onto the following line(s).
      current = { code, name, flags, line: lineNo, kind, note: '', wrapping: name === '' };
      if (kind === 'cancelled') {
        [current.name, current.note] = splitCancelled(rest);
        current.wrapping = true;
      }
      tables[kind].push(current);
      if (tail) {
        summary = { kind, text: tail };
        kind = null;
        current = null;
      }
      return;
    }
    if (SUMMARY_RE.test(line)) {
      summary = { kind, text: line.trim() };
      kind = null;
      current = null;
      return;
    }
    if (current && isFlagOnlyLine(line)) {
      current.flags.push(...line.trim().split(/\s+/u));
      return;
    }
    if (current?.wrapping && kind !== 'cancelled') {
      current.name += line.trim();
      return;
    }
    // A cancelled row's note continues past a blank line only inside an open “quote”; otherwise
    // the text is a slide caption (e.g. 取消/调整的职业).
    if (current && kind === 'cancelled' && (current.wrapping || hasOpenQuote(current.note))) {
      current.note += line.trim();
    }
    // Anything else inside a table (slide captions and the like) is not part of a row.
  });
  flushSummary();
  for (const row of tables.cancelled) {
    const split = row.note.match(/细分为(\d+)个职业/u);
    if (row.code === '7-00-00-00' && split) stated.militarySplit = Number(split[1]);
  }
  const statedTotal = (re) => {
    const m = text.match(re);
    return m ? Number(m[1]) : null;
  };
  stated.newTotal = statedTotal(/新增职业(\d+)个/u);
  stated.digitalTotal = statedTotal(/首次标识数字职业(\d+)个/u);
  stated.greenTotal = statedTotal(/本次共标识绿色职业(\d+)个/u);
  return { tables, stated };
}

function splitAtSummary(rest) {
  const at = rest.search(SUMMARY_RE);
  return at < 0 ? [rest, ''] : [rest.slice(0, at), rest.slice(at)];
}

function hasOpenQuote(text) {
  return (text.match(/“/gu) ?? []).length > (text.match(/”/gu) ?? []).length;
}

function splitCancelled(rest) {
  const [name, ...note] = rest.trim().split(/\s+/u);
  return [name ?? '', note.join(' ')];
}

/** "新增职业情况 第二大类新增44个" / "新增职业情况-第一大类【2】" → stated new count per major group. */
function recordHeadingCounts(line, stated) {
  const m = line.match(/新增职业情况\s*-?\s*第([一二三四五六七八])大类(?:新增)?【?(\d+)/u);
  if (m) stated.newByMajor[MAJOR_DIGITS[m[1]]] = Number(m[2]);
}

/** "首次标识数字职业97个。第二大类…中53个" → stated digital/green count per major group. */
function recordStatedCounts(summary, stated) {
  if (summary.kind !== 'digital' && summary.kind !== 'green') return;
  const target = summary.kind === 'digital' ? stated.digitalByMajor : stated.greenByMajor;
  for (const m of summary.text.matchAll(/第([一二三四五六七八])大类[^第]*?中(\d+)个/gu)) {
    target[MAJOR_DIGITS[m[1]]] = Number(m[2]);
  }
}

// ---------------------------------------------------------------------------------------------
// Reconciliation
// ---------------------------------------------------------------------------------------------

const major = (code) => Number(code[0]);
const minorGroup = (code) => code.slice(0, 7);
const compact = (s) => s.replace(/\s+/gu, '');

/**
 * Seed names that are printing variants of a data name, for rows whose name matches no data
 * occupation exactly. Checked by eye; the target must sit at the seed's code or in its minor group.
 */
const SEED_NAME_VARIANTS = {
  数字化出版物编辑: '数字出版编辑',
  进出境检验检疫人员: '进出境动物和植物检验检疫人员',
  轨道列车司机: '轨道交通列车司机',
  土地整治工程技术人员: '土地整治与生态修复工程技术人员',
};

const KIND_LABELS = {
  digital: '首次标识数字职业 (digital) tables',
  green: '绿色职业 (green) tables',
  both: '同时标识 (digital + green) table',
  new: '新增职业情况 (new) tables',
};

function countByMajor(codes) {
  const counts = {};
  for (const code of codes) counts[major(code)] = (counts[major(code)] ?? 0) + 1;
  return counts;
}

/**
 * Find the data occupation a seed row means. The seed comes from a different printing, so its code
 * is trusted only when the names agree; otherwise the name decides (exactly, or via a known variant).
 * Returns { dataCode, how } or null.
 */
function resolveSeedRow(row, occupations) {
  const name = compact(row.name);
  const atCode = occupations.byCode.get(row.code);
  if (atCode && atCode.name === name) return { dataCode: row.code, how: 'code and name agree' };
  const byName = occupations.rows.filter((o) => o.name === name);
  if (byName.length === 1) return { dataCode: byName[0].code, how: 'same name, different code' };
  const variant = SEED_NAME_VARIANTS[name];
  const target = variant && occupations.rows.find((o) => o.name === variant);
  if (target && (target.code === row.code || minorGroup(target.code) === minorGroup(row.code))) {
    const how = target.code === row.code ? 'name variant, same code' : 'name variant, different code';
    return { dataCode: target.code, how };
  }
  return null;
}

/** Resolve every row of a seed table to a data occupation; report rows that cannot be, and duplicates. */
function resolveSeedTable(rows, kind, occupations, problems) {
  const codes = new Set();
  for (const row of rows) {
    const resolved = resolveSeedRow(row, occupations);
    if (!resolved) {
      problems.push(`${kind} table: ${row.code} ${row.name} (seed line ${row.line}) matches no occupation`);
      continue;
    }
    Object.assign(row, resolved);
    if (codes.has(row.dataCode))
      problems.push(`${kind} table: ${row.dataCode} listed twice (seed line ${row.line})`);
    codes.add(row.dataCode);
  }
  return codes;
}

function compareCounts(label, actual, expected, problems) {
  for (const [majorGroup, count] of Object.entries(expected)) {
    if ((actual[majorGroup] ?? 0) !== count) {
      problems.push(
        `${label}: major ${majorGroup} has ${actual[majorGroup] ?? 0} codes, slide says ${count}`,
      );
    }
  }
}

/** Cross-check the flag columns of each table against the other tables. */
function checkSeedFlags(tables, sets, problems) {
  const expectFlag = (rows, label, token, set, setLabel) => {
    for (const row of rows) {
      if (row.flags.includes(token) !== set.has(row.dataCode)) {
        problems.push(
          `${label} ${row.code}: flag ${token}=${row.flags.includes(token)} but ${setLabel} list says ${set.has(row.dataCode)}`,
        );
      }
    }
  };
  expectFlag(tables.new, 'new table', 'SZ', sets.digital, 'digital');
  expectFlag(tables.new, 'new table', 'L', sets.green, 'green');
  expectFlag(tables.digital, 'digital table', 'L', sets.green, 'green');
  expectFlag(tables.digital, 'digital table', '新增', sets.newListed, 'new');
  expectFlag(tables.green, 'green table', '数字', sets.digital, 'digital');
  expectFlag(tables.green, 'green table', '新增', sets.newListed, 'new');
  expectFlag(tables.both, 'both table', '新增', sets.newListed, 'new');
}

/** Seed rows whose code or name differ from the data occupation they resolve to (deduplicated). */
function findSeedDifferences(tables, occupations) {
  const diffs = new Map();
  for (const kind of Object.keys(KIND_LABELS)) {
    for (const row of tables[kind]) {
      const data = occupations.byCode.get(row.dataCode);
      if (!data || (row.code === row.dataCode && compact(row.name) === data.name)) continue;
      const key = `${row.code}|${compact(row.name)}`;
      const entry = diffs.get(key) ?? {
        seedCode: row.code,
        seedName: compact(row.name),
        dataCode: row.dataCode,
        dataName: data.name,
        how: row.how,
        where: [],
      };
      entry.where.push(`${kind} (line ${row.line})`);
      diffs.set(key, entry);
    }
  }
  return [...diffs.values()];
}

/** Why a marker changed, in words, pointing at the seed lines. */
function changeReason(tables, stated, code, table, final) {
  if (!final) {
    const m = major(code);
    const statedCount = (table === 'digital' ? stated.digitalByMajor : stated.greenByMajor)[m];
    return `not in the seed's ${KIND_LABELS[table]} (major group ${m} lists ${statedCount} codes there, the count its slide states)`;
  }
  const row = tables[table].find((r) => r.dataCode === code);
  const asCode = row.code === code ? '' : ` as ${row.code} ${compact(row.name)}`;
  const others = Object.keys(KIND_LABELS)
    .filter((kind) => kind !== table)
    .map((kind) => [kind, tables[kind].find((r) => r.dataCode === code)])
    .filter(([, r]) => r)
    .map(
      ([kind, r]) =>
        `${KIND_LABELS[kind]}${r.flags.length ? ` with flags ${r.flags.join(' ')}` : ''} (line ${r.line})`,
    );
  const also = others.length ? `; also in the ${others.join('; ')}` : '';
  return `listed in the seed's ${KIND_LABELS[table]}${asCode} (line ${row.line})${also}`;
}

/**
 * Build the final digital / green / new_in_2022 sets. The seed's lists win over the data's markers;
 * every disagreement is recorded as a change with its reason. Inconsistencies go to `problems`.
 */
function reconcile(seed, occupations) {
  const { tables, stated } = seed;
  const problems = [];
  const digital = resolveSeedTable(tables.digital, 'digital', occupations, problems);
  const green = resolveSeedTable(tables.green, 'green', occupations, problems);
  const both = resolveSeedTable(tables.both, 'both', occupations, problems);
  const newListed = resolveSeedTable(tables.new, 'new', occupations, problems);
  const usedVariants = new Set(Object.values(tables).flatMap((rows) => rows.map((r) => compact(r.name))));
  for (const name of Object.keys(SEED_NAME_VARIANTS)) {
    if (!usedVariants.has(name)) console.warn(`warning: name variant ${name} is not used by the seed`);
  }

  // Military: the seed lists 7-00-00-00 军人 as split into N occupations; those are major group 7.
  const military = occupations.rows.filter((o) => major(o.code) === 7).map((o) => o.code);
  if (stated.militarySplit !== military.length) {
    problems.push(
      `military: seed says 7-00-00-00 split into ${stated.militarySplit}, data has ${military.length}`,
    );
  }
  const newIn2022 = new Set([...newListed, ...military]);

  const intersection = [...digital].filter((c) => green.has(c)).sort();
  if (JSON.stringify([...both].sort()) !== JSON.stringify(intersection)) {
    problems.push('both table differs from the intersection of the digital and green tables');
  }
  compareCounts('digital tables', countByMajor(digital), stated.digitalByMajor, problems);
  compareCounts('green tables', countByMajor(green), stated.greenByMajor, problems);
  compareCounts('new tables', countByMajor(newListed), stated.newByMajor, problems);
  for (const [label, statedCount, size] of [
    ['new', stated.newTotal, newIn2022.size],
    ['digital', stated.digitalTotal, digital.size],
    ['green', stated.greenTotal, green.size],
  ]) {
    if (statedCount !== size) problems.push(`${label}: slides say ${statedCount}, derived ${size}`);
  }
  checkSeedFlags(tables, { digital, green, newListed }, problems);

  const changes = [];
  for (const o of occupations.rows) {
    for (const [marker, set] of [
      ['digital', digital],
      ['green', green],
    ]) {
      const final = set.has(o.code);
      if (final === o[marker]) continue;
      const reason = changeReason(tables, stated, o.code, marker, final);
      changes.push({ code: o.code, name: o.name, marker, from: o[marker], to: final, reason });
    }
  }
  return {
    digital,
    green,
    newIn2022,
    newListed,
    military,
    changes,
    problems,
    seedDifferences: findSeedDifferences(tables, occupations),
  };
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

function buildTasks(occupations) {
  const rows = [];
  const irregular = [];
  let withTasks = 0;
  for (const o of occupations.rows) {
    const { statements, issues } = splitTasks(o.tasks);
    if (statements.length) withTasks++;
    if (issues.length) irregular.push({ code: o.code, issues });
    statements.forEach((text, k) => {
      rows.push([`${o.code}#${k + 1}`, o.code, k + 1, text]);
    });
  }
  return { rows, irregular, withTasks };
}

function writeFile(outDir, name, content) {
  fs.writeFileSync(path.join(outDir, name), content, 'utf8');
}

function markdownTable(header, rows) {
  const esc = (v) => String(v).replaceAll('|', '\\|').replace(/\r?\n/gu, ' ');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function sourceMarkdown({ originalSource, counts, result, tasks, seed, hierarchy, occupations }) {
  const quoted = originalSource
    .trimEnd()
    .split(/\r?\n/u)
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
  const changeRows = result.changes.map((c) => [
    c.code,
    c.name,
    c.marker,
    `${c.from ? 1 : 0} → ${c.to ? 1 : 0}`,
    c.reason,
  ]);
  const differenceRows = result.seedDifferences.map((d) => {
    const atSeedCode = occupations.byCode.get(d.seedCode);
    return [
      d.seedCode,
      d.seedName,
      atSeedCode
        ? atSeedCode.name
        : hierarchy.byCode.has(d.seedCode)
          ? '(a group, not an occupation)'
          : '(no such code)',
      `${d.dataCode} ${d.dataName}`,
      d.how,
      d.where.join('; '),
    ];
  });
  const cancelledRows = seed.tables.cancelled.map((r) => {
    const now = hierarchy.byCode.get(r.code);
    return [r.code, r.name, r.note, now ? `reused in 2022 for ${now.name}` : 'not in the 2022 data'];
  });
  const irregular = tasks.irregular.length
    ? tasks.irregular.map((i) => `- ${i.code}: ${i.issues.join('; ')}`).join('\n')
    : '- none: in every occupation the statement count equals the highest `N.` number in the text.';
  const countChanges = (marker) => result.changes.filter((c) => c.marker === marker).length;
  const formatStated = (byMajor) =>
    Object.entries(byMajor)
      .map(([m, n]) => `${m}→${n}`)
      .join(', ');
  const holderNames = (codes) => codes.map((c) => `${c} ${occupations.byCode.get(c).name}`).join(', ');
  return `# cn2022 fixtures — 中华人民共和国职业分类大典（2022年版）

Generated by \`packages/core/scripts/derive-cn2022.mjs\`; do not edit by hand. Regenerate from the
repository root with:

\`\`\`sh
${DERIVE_COMMAND}
\`\`\`

The script reads the read-only source data (\`cn2022\` folder documented below) and the seed document
\`000_fc73d3f5c107bbdd.txt\` (slide text of a talk on the 2022 classification). Nothing in the product
reads those at run time; the files in this folder are self-contained.

## Original source notes (verbatim copy of the source folder's SOURCE.md)

${quoted}

## What this folder changes

### Files

| File | Rows | Content |
| --- | --- | --- |
| \`taxonomy.json\` | — | Taxonomy metadata: \`id\` \`cn2022\`, \`version\` \`2022.1\`, names, locale \`zh-CN\`, source. |
| \`hierarchy.csv\` | ${counts.hierarchy} | \`level,code,name,parent_code\`: ${LEVEL_COUNTS[1]} major (level 1), ${LEVEL_COUNTS[2]} middle (2), ${LEVEL_COUNTS[3]} minor (3), ${LEVEL_COUNTS[4]} occupations (4), in source order. \`parent_code\` is empty for major groups. |
| \`occupations.csv\` | ${counts.occupations} | \`code,name,digital,green,new_in_2022,definition\`; the three flags are \`1\`/\`0\`; \`definition\` is empty when the source has none (${counts.noDefinition} occupations). |
| \`tasks.csv\` | ${counts.tasks} | \`id,occupation_code,seq,text\`: one row per task statement (主要工作任务); \`id\` is \`<occupation_code>#<seq>\`, \`seq\` starts at 1. ${counts.withTasks} occupations have tasks; ${counts.occupations - counts.withTasks} have none and get no rows. |
| \`SOURCE.md\` | — | This file. |

CSV format: UTF-8 without BOM, comma-separated, first line is the header, LF line endings, RFC 4180
quoting (a field is wrapped in double quotes when it contains a comma, double quote, CR or LF; inner
quotes are doubled). Names, definitions and task text are whitespace-trimmed; otherwise text is kept
as published (Chinese punctuation untouched). The source's \`level_name\` column (hierarchy) and the
ancestor and \`tasks\` columns (occupations) are not carried over: ancestors derive from
\`hierarchy.csv\`, and tasks are in \`tasks.csv\`.

### How tasks were split

The source \`tasks\` column holds all statements of an occupation in one string, numbered
\`1.… 2.… 3.…\`. The string is split only at the next expected sequence number: after statement
\`N\` the script looks for \`N+1.\` (ASCII or full-width full stop) that is not glued to a preceding
digit (so \`12.\` is not \`2.\`) and not followed by a digit (so \`2.5\` is a number, not a marker).
Markers preceded by whitespace or a separator are preferred; a marker glued to the previous text
(missing space) is accepted only if no clean one follows, and is reported. Numbers inside the text
(\`3D\`, \`5G\`, \`10千伏\`, \`0～3岁\`, \`1:3\`, \`（1）\`) are therefore never split points. The number prefix
is stripped, and trailing whitespace and \`。；;，,\` are removed from each statement (most source
statements end without punctuation; the last one, and a few others, ended with \`。\`).

Check: for every occupation the number of statements must equal the highest \`N.\` number found
anywhere in its text, no statement may be empty, and no text may precede \`1.\`. Irregular splits:
${tasks.irregular.length}.

${irregular}

### Digital / green reconciliation

The seed's slide tables are the authority: the digital marker is set exactly for the occupations
listed in the 首次标识数字职业 tables (${result.digital.size}), the green marker exactly for those in the 绿色职业
tables (${result.green.size}). The seed's tables come from a different printing than the data, so a seed
code is trusted only when its name agrees with the data's name at that code; otherwise the row is
matched by name (exactly, or through a short list of name variants kept in the script), and every
such case is listed below. Before using the seed the script checks that every row resolves to
exactly one occupation, that no occupation is listed twice, that the per-major counts equal the
counts stated on the slides (digital: ${formatStated(seed.stated.digitalByMajor)}; green:
${formatStated(seed.stated.greenByMajor)}), that the 同时标识 table (${seed.tables.both.length} rows) equals the
intersection of the two lists, and that the flag columns of every table (\`SZ\`/\`数字\`, \`L\`, \`新增\`)
agree with the other tables. Any failure stops the script.

Markers changed relative to the source data (${result.changes.length}; digital ${countChanges('digital')},
green ${countChanges('green')}):

${changeRows.length ? markdownTable(['code', 'name', 'marker', 'source → fixture', 'why'], changeRows) : 'None.'}
${
  result.changes.some((c) => !c.to)
    ? `
Markers are also removed where the data sets one the seed does not list: the seed's lists are
internally consistent (per-major counts, totals, cross-table flags), so the rule "the seed wins"
applies both ways. These removals are the least certain changes; they rest on the slides alone.
`
    : ''
}
### new_in_2022

\`new_in_2022\` is \`1\` for the ${result.newListed.size} occupations listed in the seed's 新增职业情况 tables (per
major group: ${formatStated(seed.stated.newByMajor)}, each equal to the count stated in the slide heading)
plus the ${result.military.length} occupations of major group 7 (${holderNames(result.military)}): the seed's
table of cancelled/adjusted occupations says the single 2015 occupation 7-00-00-00 军人 was "细分为
${seed.stated.militarySplit}个职业", and these are not listed by code. Total ${result.newIn2022.size}, matching the
slide's "新增职业${seed.stated.newTotal}个". The seed's new-occupation rows are resolved to data codes
the same way as the digital and green rows.

For reference, the seed's cancelled/adjusted table lists 2015 codes; some are reused by different
2022 occupations, so the script never reads that table as 2022 codes:

${markdownTable(['2015 code', '2015 name', 'note (seed)', '2022 data'], cancelledRows)}

### Seed rows whose code or name differ from the data

${differenceRows.length ? markdownTable(['seed code', 'seed name', 'data at seed code', 'resolved to (data)', 'match', 'seed tables (line)'], differenceRows) : 'None.'}

The fixtures keep the data's codes and names. ${variantNote(seed, occupations)}${occupations.nameMismatches.length ? ` Names differing between the source hierarchy.csv and occupations.csv: ${occupations.nameMismatches.map((m) => `${m.code} ${m.occupations} / ${m.hierarchy}`).join(', ')}.` : ' The source hierarchy.csv and occupations.csv agree on every occupation name.'}

### Final counts (asserted by the script)

| | count |
| --- | --- |
| occupations | ${counts.occupations} |
| digital | ${counts.digital} |
| green | ${counts.green} |
| digital and green | ${counts.both} |
| new_in_2022 | ${counts.newIn2022} |
| task statements | ${counts.tasks} |
| occupations with tasks | ${counts.withTasks} |
`;
}

/** The source notes name 研学旅行指导师 / 研学旅游指导师 as a printing variant; say what we found. */
function variantNote(seed, occupations) {
  const names = ['研学旅行指导师', '研学旅游指导师'];
  const data = occupations.rows.find((o) => names.includes(o.name));
  const seedRow = Object.values(seed.tables)
    .flat()
    .find((r) => names.includes(compact(r.name)));
  const inData = data ? `the data has ${data.code} ${data.name}` : 'the data has neither name';
  const inSeed = seedRow
    ? `the seed lists ${seedRow.code} ${compact(seedRow.name)}`
    : 'the seed lists neither';
  return `The source notes mention 研学旅行指导师 / 研学旅游指导师: ${inData}; ${inSeed}.`;
}

function buildOccupationRows(occupations, result) {
  return occupations.rows.map((o) => [
    o.code,
    o.name,
    result.digital.has(o.code) ? 1 : 0,
    result.green.has(o.code) ? 1 : 0,
    result.newIn2022.has(o.code) ? 1 : 0,
    o.definition,
  ]);
}

function assertOfficialCounts(counts) {
  const checks = [
    ['digital', counts.digital, OFFICIAL.digital],
    ['green', counts.green, OFFICIAL.green],
    ['both', counts.both, OFFICIAL.both],
    ['new_in_2022', counts.newIn2022, OFFICIAL.newIn2022],
    ['occupations', counts.occupations, OFFICIAL.occupations],
  ];
  const wrong = checks.filter(([, actual, expected]) => actual !== expected);
  assert(
    wrong.length === 0,
    `official counts not met: ${wrong.map(([k, a, e]) => `${k}=${a} (expected ${e})`).join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function main(argv) {
  if (argv.length !== 3) {
    console.error(
      'usage: node packages/core/scripts/derive-cn2022.mjs <cn2022-source-dir> <seed-file> <out-dir>',
    );
    return 2;
  }
  const [sourceDir, seedFile, outDir] = argv;
  selfTestCsv();
  const originalSource = fs.readFileSync(path.join(sourceDir, 'SOURCE.md'), 'utf8');
  const hierarchy = loadHierarchy(sourceDir);
  const occupations = loadOccupations(sourceDir, hierarchy);
  const seed = parseSeed(fs.readFileSync(seedFile, 'utf8'));
  const result = reconcile(seed, occupations);
  if (result.problems.length) {
    for (const p of result.problems) console.error(`seed problem: ${p}`);
    fail(`${result.problems.length} problem(s) reconciling the seed with the data`);
  }

  const occupationRows = buildOccupationRows(occupations, result);
  const tasks = buildTasks(occupations);
  const counts = {
    hierarchy: hierarchy.rows.length,
    occupations: occupationRows.length,
    digital: occupationRows.filter((r) => r[2] === 1).length,
    green: occupationRows.filter((r) => r[3] === 1).length,
    both: occupationRows.filter((r) => r[2] === 1 && r[3] === 1).length,
    newIn2022: occupationRows.filter((r) => r[4] === 1).length,
    noDefinition: occupationRows.filter((r) => !r[5]).length,
    tasks: tasks.rows.length,
    withTasks: tasks.withTasks,
  };
  assertOfficialCounts(counts);

  fs.mkdirSync(outDir, { recursive: true });
  writeFile(outDir, 'taxonomy.json', `${JSON.stringify(TAXONOMY, null, 2)}\n`);
  writeFile(
    outDir,
    'hierarchy.csv',
    formatCsv(
      ['level', 'code', 'name', 'parent_code'],
      hierarchy.rows.map((r) => [r.level, r.code, r.name, r.parentCode]),
    ),
  );
  writeFile(
    outDir,
    'occupations.csv',
    formatCsv(['code', 'name', 'digital', 'green', 'new_in_2022', 'definition'], occupationRows),
  );
  writeFile(outDir, 'tasks.csv', formatCsv(['id', 'occupation_code', 'seq', 'text'], tasks.rows));
  writeFile(
    outDir,
    'SOURCE.md',
    sourceMarkdown({ originalSource, counts, result, tasks, seed, hierarchy, occupations }),
  );

  report({ counts, result, tasks, outDir });
  return 0;
}

function report({ counts, result, tasks, outDir }) {
  console.log(`wrote ${outDir}`);
  console.log(
    `hierarchy ${counts.hierarchy} rows; occupations ${counts.occupations}; tasks ${counts.tasks} ` +
      `(${counts.withTasks} occupations with tasks)`,
  );
  console.log(
    `digital ${counts.digital}, green ${counts.green}, both ${counts.both}, new_in_2022 ${counts.newIn2022}`,
  );
  console.log(`irregular task splits: ${tasks.irregular.length}`);
  for (const i of tasks.irregular) console.log(`  ${i.code}: ${i.issues.join('; ')}`);
  console.log(`marker changes: ${result.changes.length}`);
  for (const c of result.changes) {
    console.log(`  ${c.code} ${c.name} ${c.marker} ${c.from ? 1 : 0}->${c.to ? 1 : 0}: ${c.reason}`);
  }
  console.log(`seed rows whose code or name differ from the data: ${result.seedDifferences.length}`);
  for (const d of result.seedDifferences) {
    console.log(
      `  seed ${d.seedCode} ${d.seedName} -> data ${d.dataCode} ${d.dataName} (${d.how}; ${d.where.join(', ')})`,
    );
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof DeriveError)) throw error;
  console.error(`derive-cn2022: ${error.message}`);
  process.exitCode = 1;
}
