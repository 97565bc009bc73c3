/** Reading a taxonomy folder: CSV quirks, line numbers, and the bundled data's known gaps. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_TAXONOMY_DIR,
  loadTaxonomySource,
  parseTaxonomySource,
  readTaxonomySource,
} from '../src/index.js';

describe('taxonomy source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-source-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the line a record starts on, even after quoted fields spanning lines', async () => {
    writeFileSync(
      join(dir, 'taxonomy.json'),
      JSON.stringify({ id: 'tiny', version: '1', name: '小', locale: 'zh-CN', source: 's' }),
    );
    writeFileSync(
      join(dir, 'hierarchy.csv'),
      'level,code,name,parent_code\n1,9,大类,\n2,9-01,中类,9\n3,9-01-01,小类,9-01\n4,9-01-01-01,甲,9-01-01\n4,9-01-01-02,乙,9-01-01\n',
    );
    writeFileSync(
      join(dir, 'occupations.csv'),
      'code,name,digital,green,new_in_2022,definition\n9-01-01-01,甲,0,0,0,"第一行\n第二行, 含逗号和""引号"""\n9-01-01-02,乙,2,0,0,\n',
    );
    writeFileSync(join(dir, 'tasks.csv'), 'id,occupation_code,seq,text\n');
    const source = await readTaxonomySource(dir);
    expect(source.occupations.map((r) => r.line)).toEqual([2, 4]);
    expect(source.occupations[0]?.data.definition).toBe('第一行\n第二行, 含逗号和"引号"');
    const parsed = parseTaxonomySource(source);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems).toEqual([
        { file: 'occupations.csv', line: 4, field: 'digital', message: 'must be 0 or 1' },
      ]);
  });

  it('rejects unknown columns instead of dropping them', async () => {
    const source = await readTaxonomySource(dir);
    source.tasks = [
      {
        line: 2,
        data: { id: '9-01-01-01#1', occupation_code: '9-01-01-01', seq: '1', text: 't', extra: 'x' },
      },
    ];
    const parsed = parseTaxonomySource(source);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems).toContainEqual(expect.objectContaining({ file: 'tasks.csv', line: 2 }));
  });

  it('loads the bundled classification and notes its known gaps', async () => {
    const result = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notes).toEqual(['12 occupations have no definition', '19 occupations have no tasks']);
    const byCode = new Map(result.data.occupations.map((o) => [o.code, o]));
    // The seed document's digital list wins over the data where they disagree (see SOURCE.md).
    expect(byCode.get('4-04-05-10')).toMatchObject({
      name: '数字孪生应用技术员',
      digital: true,
      isNew: true,
    });
    expect(byCode.get('5-05-01-03')?.tasks[2]?.id).toBe('5-05-01-03#3');
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
