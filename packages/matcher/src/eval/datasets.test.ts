import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../testing/bundled-matcher.js';
import {
  DatasetError,
  loadCoveragePairs,
  loadEnglishNarratives,
  loadFreshNarratives,
  loadHeldBackNarratives,
  loadJobTitles,
  loadLevelPairNarratives,
  loadNarratives,
  loadSecondHeldBackNarratives,
} from './datasets.js';
import { sampleCoverageTasks } from './sample-coverage.js';
import {
  B4_SEED,
  B4_SIZE,
  B5_SEED,
  B5_SIZE,
  ENGLISH_SEED,
  ENGLISH_SIZE,
  sampleFresh,
} from './sample-fresh.js';
import { PAIR_MIN_SIMILARITY, samplePairs, workLevel } from './sample-pairs.js';

const taxonomy = await bundledTaxonomy();

describe('evaluation sets', () => {
  it('load, are large enough, and cover all eight major groups', async () => {
    const narratives = await loadNarratives(taxonomy);
    const titles = await loadJobTitles(taxonomy);
    expect(narratives.length).toBeGreaterThanOrEqual(80);
    expect(titles.length).toBeGreaterThanOrEqual(200);
    expect(new Set(narratives.map((n) => n.code.charAt(0))).size).toBe(8);
  });

  it('the fresh narratives label exactly the seeded draw of occupations, one item each', async () => {
    const fresh = await loadFreshNarratives(taxonomy);
    expect(fresh.map((n) => n.code)).toEqual(sampleFresh(taxonomy).map((o) => o.code));
    expect(fresh.map((n) => n.id)).toEqual(fresh.map((_, i) => `f${String(i + 1).padStart(3, '0')}`));
  });

  it('the English narratives label exactly their own seeded draw, one item each, in English', async () => {
    const english = await loadEnglishNarratives(taxonomy);
    const drawn = sampleFresh(taxonomy, ENGLISH_SEED, ENGLISH_SIZE);
    expect(english.map((n) => n.code)).toEqual(drawn.map((o) => o.code));
    expect(english.map((n) => n.id)).toEqual(english.map((_, i) => `e${String(i + 1).padStart(3, '0')}`));
    const fresh = new Set(sampleFresh(taxonomy).map((o) => o.code));
    expect(drawn.filter((o) => fresh.has(o.code)).length).toBeLessThan(10);
    for (const n of english) expect(n.evidence[0]?.description).toMatch(/^[\x20-\x7e’]+$/);
  });

  it('the held-back narratives (b4) label exactly their own seeded draw, one item each', async () => {
    const heldBack = await loadHeldBackNarratives(taxonomy);
    const drawn = sampleFresh(taxonomy, B4_SEED, B4_SIZE);
    expect(heldBack.map((n) => n.code)).toEqual(drawn.map((o) => o.code));
    expect(heldBack.map((n) => n.id)).toEqual(heldBack.map((_, i) => `g${String(i + 1).padStart(3, '0')}`));
    // Its own sample: mostly occupations the fresh set (b2) does not cover.
    const fresh = new Set(sampleFresh(taxonomy).map((o) => o.code));
    expect(drawn.filter((o) => fresh.has(o.code)).length).toBeLessThan(20);
  });

  it('the second held-back narratives (b5) label exactly their own seeded draw, one item each', async () => {
    const heldBack = await loadSecondHeldBackNarratives(taxonomy);
    const drawn = sampleFresh(taxonomy, B5_SEED, B5_SIZE);
    expect(heldBack.map((n) => n.code)).toEqual(drawn.map((o) => o.code));
    expect(heldBack.map((n) => n.id)).toEqual(heldBack.map((_, i) => `h${String(i + 1).padStart(3, '0')}`));
    // Its own sample: mostly occupations that (b2) and (b4) do not cover.
    for (const other of [sampleFresh(taxonomy), sampleFresh(taxonomy, B4_SEED, B4_SIZE)]) {
      const codes = new Set(other.map((o) => o.code));
      expect(drawn.filter((o) => codes.has(o.code)).length).toBeLessThan(20);
    }
  });

  // The pairing reads every professional against every worker occupation: seconds, more under load.
  it('the level pairs (b6) label exactly the seeded pairs, professional then worker, two items each', {
    timeout: 120_000,
  }, async () => {
    const items = await loadLevelPairNarratives(taxonomy);
    const pairs = samplePairs(taxonomy);
    expect(pairs).toHaveLength(40);
    expect(items.map((n) => n.code)).toEqual(pairs.flatMap((p) => [p.professional.code, p.worker.code]));
    expect(items.map((n) => n.id)).toEqual(items.map((_, i) => `p${String(i + 1).padStart(3, '0')}`));
    // One line of work at two levels: major group 2 against 4 or 6, close by the taxonomy's text,
    // every label distinct, spread over the professionals' middle groups, the same on every run.
    for (const p of pairs) {
      expect(workLevel(p.professional)).toBe('professional');
      expect(workLevel(p.worker)).toBe('worker');
      expect(p.similarity).toBeGreaterThanOrEqual(PAIR_MIN_SIMILARITY);
    }
    expect(new Set(items.map((n) => n.code)).size).toBe(80);
    expect(new Set(pairs.map((p) => p.professional.middleCode)).size).toBeGreaterThanOrEqual(5);
    expect(samplePairs(taxonomy).map((p) => p.worker.code)).toEqual(pairs.map((p) => p.worker.code));
    expect(samplePairs(taxonomy, 1).map((p) => p.professional.code)).not.toEqual(
      pairs.map((p) => p.professional.code),
    );
  });

  it('the fresh draw is stratified by major group and repeatable', () => {
    const drawn = sampleFresh(taxonomy);
    const perMajor = (list: typeof drawn) => {
      const counts: Record<string, number> = {};
      for (const o of list) counts[o.majorCode] = (counts[o.majorCode] ?? 0) + 1;
      return counts;
    };
    expect(perMajor(drawn)).toEqual({ '1': 2, '2': 45, '3': 3, '4': 33, '5': 5, '6': 62 });
    expect(sampleFresh(taxonomy).map((o) => o.code)).toEqual(drawn.map((o) => o.code));
    expect(sampleFresh(taxonomy, 1).map((o) => o.code)).not.toEqual(drawn.map((o) => o.code));
    expect(drawn.every((o) => o.tasks.length > 0)).toBe(true);
  });

  it('the coverage set judges exactly the seeded draw of task statements, with all three labels', async () => {
    const pairs = await loadCoveragePairs(taxonomy);
    const drawn = pairs.filter((p) => p.source === 'draw');
    expect(new Set(drawn.map((p) => p.task))).toEqual(
      new Set(sampleCoverageTasks(taxonomy).map((t) => t.id)),
    );
    for (const label of ['covered', 'partly', 'not'] as const)
      expect(pairs.filter((p) => p.label === label).length).toBeGreaterThanOrEqual(50);
    expect(pairs.filter((p) => p.source === 'requirement').every((p) => p.task === undefined)).toBe(true);
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
