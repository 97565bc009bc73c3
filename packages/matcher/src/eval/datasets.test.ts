import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../testing/bundled-matcher.js';
import { DatasetError, loadJobTitles, loadNarratives } from './datasets.js';

const taxonomy = await bundledTaxonomy();

describe('evaluation sets', () => {
  it('load, are large enough, and cover all eight major groups', async () => {
    const narratives = await loadNarratives(taxonomy);
    const titles = await loadJobTitles(taxonomy);
    expect(narratives.length).toBeGreaterThanOrEqual(80);
    expect(titles.length).toBeGreaterThanOrEqual(200);
    expect(new Set(narratives.map((n) => n.code.charAt(0))).size).toBe(8);
  });

  it('fail loudly on an unknown code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval-'));
    await writeFile(
      join(dir, 'job-titles.json'),
      JSON.stringify([{ id: 't1', title: '焊工', code: '6-18-02-99' }]),
    );
    await expect(loadJobTitles(taxonomy, dir)).rejects.toThrow(DatasetError);
    await expect(loadJobTitles(taxonomy, dir)).rejects.toThrow(/6-18-02-99/);
    await writeFile(
      join(dir, 'narratives.json'),
      JSON.stringify([
        { id: 'n1', code: '6-18-02-04', evidence: [{ kind: 'hobby', title: 'x', description: 'y' }] },
      ]),
    );
    await expect(loadNarratives(taxonomy, dir)).rejects.toThrow(/unknown kind/);
  });
});
