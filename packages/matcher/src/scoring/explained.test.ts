import { describe, expect, it } from 'vitest';
import { buildMatcherIndex } from '../build-matcher-index.js';
import { loadNarratives, withSidePieces } from '../eval/datasets.js';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import type { EvidenceInput } from '../types.js';

const matcher = await bundledMatcher();
const taxonomy = await bundledTaxonomy();
const notWeighed = buildMatcherIndex(taxonomy, { scoring: { explained: false } });

// The main activity is pigs (家畜); one clause mentions the farm's wastewater in passing.
const pigFarm: EvidenceInput[] = [
  {
    id: 'p',
    kind: 'work_project',
    title: '养猪场',
    description: '在养猪场喂猪、清粪、打扫猪舍，观察猪的情况，场里的污水要每天排到处理池',
  },
];

describe('how much of the evidence an occupation explains', () => {
  it('ranks the occupation that accounts for most of what was said above one a side word carries', () => {
    const [first, second] = matcher.match(pigFarm, { limit: 5 }).matches;
    expect(first?.code).toBe('5-03-02-01'); // 家畜饲养员
    expect(first?.breakdown.explained?.factor).toBe(1);
    expect(second?.code).toBe('5-03-02-02'); // 家禽饲养员: the farm's words, not the pigs
    expect(second?.breakdown.explained?.factor).toBeLessThan(1);
    // Without the weighing the two stand closer on the same words (they were ranked the other way
    // round before the English words and short forms of match-2026.11-10).
    const [a, b] = notWeighed.match(pigFarm, { limit: 5 }).matches;
    expect(a?.code).toBe('5-03-02-01');
    expect((a?.score ?? 0) - (b?.score ?? 0)).toBeLessThan((first?.score ?? 0) - (second?.score ?? 0));
  });

  it('says the share and the factor in the breakdown, and the gap report gives the same score', () => {
    const matches = matcher.match(pigFarm, { limit: 20 }).matches;
    for (const match of matches.slice(0, 10)) {
      const explained = match.breakdown.explained;
      expect(explained?.share).toBeGreaterThan(0);
      expect(explained?.share).toBeLessThanOrEqual(1);
      expect(matcher.gaps(pigFarm, match.code)?.score).toBe(match.score);
    }
  });

  it('gives the same gap report whether or not the learner was ranked before (a report reuses the ranking)', () => {
    // Two directions (pigs, then a welding course): gaps read the whole learner's ranking.
    const twoDirections: EvidenceInput[] = [
      ...pigFarm,
      {
        id: 'w',
        kind: 'learning',
        title: '焊接实训',
        description: '练习手工电弧焊和二氧化碳保护焊，焊接角焊缝',
      },
    ];
    for (const evidence of [pigFarm, twoDirections]) {
      const codes = matcher.match(evidence, { limit: 5 }).matches.map((m) => m.code);
      for (const code of codes) {
        const alone = matcher.gapsForProfile(matcher.profileVector(evidence), code);
        const ranked = matcher.profileVector(evidence);
        matcher.rankProfile(ranked, { limit: 20 });
        const filtered = matcher.profileVector(evidence);
        matcher.rankProfile(filtered, { limit: 5, digital: true });
        expect(matcher.gapsForProfile(ranked, code)).toEqual(alone);
        expect(matcher.gapsForProfile(filtered, code)).toEqual(alone);
      }
    }
  });

  it('gives learners with several directions the same gap report after a ranking, before one, and after others', async () => {
    // A gap report for a learner of several directions scores the direction the overall ranking
    // took for the occupation (`directionForGaps`): kept from the learner's latest ranking, or the
    // directions ranked again when there is none (before one, or after another learner's), so the
    // report is the same either way, and its score the match list's.
    const whole = buildMatcherIndex(taxonomy, { scoring: { directions: false } });
    const learners = withSidePieces(await loadNarratives(taxonomy)).map(({ evidence }) => evidence);
    // The codes of both rankings' leading occupations and a few beyond (explained or not, listed or not).
    const expected = learners.map((evidence) => {
      const listed = matcher.matchProfile(matcher.profileVector(evidence), { limit: 10 });
      const codes = new Set([
        ...listed.matches.map((m) => m.code),
        ...whole.rankProfile(whole.profileVector(evidence), { limit: 20 }).map((m) => m.code),
      ]);
      // A vector never ranked: the report ranks its directions.
      const before = matcher.profileVector(evidence);
      const reports = [...codes].map((code) => ({ code, report: matcher.gapsForProfile(before, code) }));
      // The occupations read by meaning (the leading ones, `breakdown.explained`): one read only
      // by the first pass (listed after the second reading lowered leading ones) is read by meaning
      // in the report, for one direction as for several.
      for (const { code, score } of listed.matches.filter((m) => m.breakdown.explained))
        expect({ code, score: reports.find((r) => r.code === code)?.report?.score }).toEqual({ code, score });
      return reports;
    });
    let several = 0;
    const ranked = learners.map((evidence, i) => {
      const vector = matcher.profileVector(evidence);
      if ((matcher.matchProfile(vector).directions?.length ?? 0) > 1) several++;
      for (const { code, report } of expected[i] ?? [])
        expect(matcher.gapsForProfile(vector, code)).toEqual(report);
      return vector;
    });
    expect(several).toBeGreaterThan(20);
    learners.forEach((evidence, i) => {
      const again = matcher.profileVector(evidence);
      for (const { code, report } of expected[i] ?? []) {
        expect(matcher.gapsForProfile(ranked[i] as (typeof ranked)[number], code)).toEqual(report);
        expect(matcher.gapsForProfile(again, code)).toEqual(report);
      }
    });
  });

  it('ranks without explanations the same occupations and scores as the full match (one direction and several)', async () => {
    const narratives = await loadNarratives(taxonomy);
    // Limits and filters too: the ranking picks its best among the occupations it reached.
    const options = [{}, { limit: 100 }, { limit: 3, digital: true }, { limit: 20, green: true }];
    for (const { evidence } of [...narratives, ...withSidePieces(narratives)]) {
      const vector = matcher.profileVector(evidence);
      for (const option of options) {
        const full = matcher
          .matchProfile(vector, option)
          .matches.map(({ code, name, score, digital, green }) => ({ code, name, score, digital, green }));
        expect(matcher.rankProfile(vector, option)).toEqual(full);
      }
    }
  });
});
