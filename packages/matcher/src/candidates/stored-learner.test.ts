import { describe, expect, it } from 'vitest';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import type { EvidenceInput } from '../types.js';
import { removeFromPool } from './candidate-pool.js';
import { SegmentBuilder } from './learner-segment.js';
import {
  decodeStoredLearner,
  encodeStoredLearner,
  readRankingFacts,
  STORED_VECTOR_VERSION,
  writeRankingFacts,
} from './stored-learner.js';

const matcher = await bundledMatcher();
const taxonomy = await bundledTaxonomy();

describe('stored learners and segments', () => {
  const tasks = taxonomy.occupations.flatMap((o) => o.tasks.map((t) => t.text));
  const kinds = ['work_project', 'learning', 'assessment', 'competition', 'credential'] as const;
  const evidenceOf = (i: number): EvidenceInput[] =>
    Array.from({ length: i % 4 }, (_, k) => ({
      id: `ev-${i}-${k}`,
      kind: kinds[(i + k) % kinds.length] ?? 'learning',
      title: k === 0 ? '项目' : '',
      description: `${tasks[(i * 131 + k * 977) % tasks.length]}，${tasks[(i * 17 + k * 3001) % tasks.length]}`,
      attested: (i + k) % 4 === 0,
      ...((i + k) % 5 === 0 ? {} : { occurredOn: `20${15 + (i % 10)}-0${1 + (k % 9)}-15` }),
      skills: (i + k) % 3 === 0 ? [] : [{ name: '技能', level: 1 + ((i * 7 + k) % 8) }],
    }));
  const learners = Array.from({ length: 400 }, (_, i) => ({
    id: `s${String(i).padStart(4, '0')}`,
    evidence: evidenceOf(i),
  }));
  const role = matcher.requirementSet(
    (taxonomy.occupations.find((o) => o.code === '6-31-07-03')?.tasks ?? []).slice(0, 6).map((t, i) => ({
      id: `r${i}`,
      text: t.text,
      essential: i < 2,
      ...(i === 1 ? { minLevel: 3 } : {}),
    })),
  );

  it('round-trips through the binary form, even from an unaligned buffer', () => {
    for (const { evidence } of learners.slice(0, 20)) {
      const stored = matcher.analyseLearner(evidence);
      const bytes = encodeStoredLearner(stored);
      const shifted = new Uint8Array(bytes.length + 3);
      shifted.set(bytes, 3);
      const back = decodeStoredLearner(shifted.subarray(3));
      expect(back.evidenceIds).toEqual(stored.evidenceIds);
      expect([...back.terms]).toEqual([...stored.terms]);
      expect([...back.weights]).toEqual([...stored.weights]);
      expect([...back.baseWeight]).toEqual([...stored.baseWeight]);
      expect([...back.day, ...back.level, ...back.attested]).toEqual([
        ...stored.day,
        ...stored.level,
        ...stored.attested,
      ]);
    }
    expect(() => decodeStoredLearner(new Uint8Array(10))).toThrow('not a stored learner vector');
  });

  it('ranks a pool of stored learners exactly as a pool of learner vectors of the same day', () => {
    for (const asOf of ['2026-11-30', '2031-06-01']) {
      const builder = new SegmentBuilder(asOf);
      for (const l of learners)
        builder.addStored(l.id, decodeStoredLearner(encodeStoredLearner(matcher.analyseLearner(l.evidence))));
      const stored = matcher.segmentPool(builder.build());
      const vectors = learners.map((l) => matcher.profileVector(l.evidence, { asOf, id: l.id }));
      for (const limit of [1, 10, 500]) {
        expect(JSON.stringify(matcher.scoreCandidates(role, stored, { limit }))).toBe(
          JSON.stringify(matcher.scoreCandidates(role, vectors, { limit, meaning: false })),
        );
      }
    }
  });

  it('ranks a segment scanned as it is exactly as its pool (a delta needs no index)', () => {
    const builder = new SegmentBuilder('2026-11-30');
    for (const l of learners) builder.addStored(l.id, matcher.analyseLearner(l.evidence));
    const segment = builder.build();
    const pool = matcher.segmentPool(segment);
    for (const limit of [1, 7, 400]) {
      expect(JSON.stringify(matcher.scoreCandidates(role, segment, { limit }))).toBe(
        JSON.stringify(matcher.scoreCandidates(role, pool, { limit })),
      );
    }
  });

  it('restores a whole pool from one blob, tombstones included, with the same ranking', () => {
    const builder = new SegmentBuilder('2026-11-30');
    for (const l of learners) builder.addStored(l.id, matcher.analyseLearner(l.evidence));
    const pool = matcher.segmentPool(builder.build());
    removeFromPool(pool, matcher.scoreCandidates(role, pool, { limit: 1 })[0]?.index as number);
    const bytes = matcher.encodePool(pool);
    const shifted = new Uint8Array(bytes.length + 5);
    shifted.set(bytes, 5);
    const restored = matcher.restorePool(shifted.subarray(5));
    expect(restored.segment.learnerIds).toEqual(pool.segment.learnerIds);
    expect(restored.segment.evidenceIds).toEqual(pool.segment.evidenceIds);
    for (const limit of [1, 10, 400])
      expect(JSON.stringify(matcher.scoreCandidates(role, restored, { limit }))).toBe(
        JSON.stringify(matcher.scoreCandidates(role, pool, { limit })),
      );
    expect(() => matcher.restorePool(bytes.subarray(0, bytes.length - 1))).toThrow('wrong length');
    expect(() => matcher.restorePool(new Uint8Array(80))).toThrow('not a pool snapshot');
    const empty = matcher.restorePool(
      matcher.encodePool(matcher.segmentPool(new SegmentBuilder('2026-11-30').build())),
    );
    expect(matcher.scoreCandidates(role, empty)).toEqual([]);
  });

  it('carries a segment to another day exactly as stored learners built for that day', () => {
    const today = new SegmentBuilder('2026-11-30');
    const later = new SegmentBuilder('2029-03-01');
    for (const l of learners) {
      const stored = matcher.analyseLearner(l.evidence);
      today.addStored(l.id, stored);
      later.addStored(l.id, stored);
    }
    const segment = today.build();
    const carried = new SegmentBuilder('2029-03-01');
    for (let l = 0; l < segment.count; l++) carried.addFrom(segment, l);
    expect(
      JSON.stringify(matcher.scoreCandidates(role, matcher.segmentPool(carried.build()), { limit: 50 })),
    ).toBe(JSON.stringify(matcher.scoreCandidates(role, matcher.segmentPool(later.build()), { limit: 50 })));
  });

  it('never ranks a removed learner; a copy into a new segment keeps the rest', () => {
    const builder = new SegmentBuilder('2026-11-30');
    for (const l of learners) builder.addStored(l.id, matcher.analyseLearner(l.evidence));
    const segment = builder.build();
    const pool = matcher.segmentPool(segment);
    const before = matcher.scoreCandidates(role, pool, { limit: 5 });
    const top = before[0]?.index as number;
    removeFromPool(pool, top);
    const after = matcher.scoreCandidates(role, pool, { limit: 4 });
    expect(after.map((c) => c.learnerId)).toEqual(before.slice(1).map((c) => c.learnerId));
    const compacted = new SegmentBuilder('2026-11-30');
    for (let l = 0; l < segment.count; l++) if (l !== top) compacted.addFrom(segment, l);
    const rebuilt = matcher.scoreCandidates(role, matcher.segmentPool(compacted.build()), { limit: 4 });
    expect(JSON.stringify(rebuilt.map(({ index: _, ...c }) => c))).toBe(
      JSON.stringify(after.map(({ index: _, ...c }) => c)),
    );
  });

  it('keeps the role each title names: a match from the stored vector reads it, not the title again', () => {
    const evidence: EvidenceInput[] = [
      { id: 'w', kind: 'work_project', title: '焊工', description: '在车间焊接钢结构', skills: [] },
      { id: 'n', kind: 'learning', title: '', description: '学习安全生产知识', skills: [] },
    ];
    const stored = matcher.analyseLearner(evidence);
    const facts = readRankingFacts(stored.ranking);
    const [titled, untitled] = facts.items;
    if (!titled?.role) throw new Error('the title names no role');
    expect(titled.role[0].length).toBeGreaterThan(0);
    expect(Math.max(...titled.role[1])).toBe(1);
    expect(untitled?.role).toBeNull();
    // The stored reading is the one a match uses: with it removed from the stored form, the title
    // (still there) is not read again and no occupation gets a role score.
    const roleScores = (s: typeof stored) =>
      matcher
        .matchProfile(matcher.storedProfileVector(s, { asOf: '2026-11-30' }), { limit: 10 })
        .matches.map((m) => m.breakdown.roleScore ?? 0);
    expect(Math.max(...roleScores(stored))).toBeGreaterThan(0);
    titled.role = null;
    const without = { ...stored, ranking: writeRankingFacts(facts) };
    expect(Math.max(...roleScores(without))).toBe(0);
  });

  it('gives the learner vector profileVector makes: the same matches, explanations, ranks and gaps', () => {
    const codes = taxonomy.occupations.map((o) => o.code);
    const steps = ['制订计划', '实施计划', '检查控制', '获取信息'];
    // Items with work-process steps, declared occupations and several directions, beside plain ones.
    const varied = learners.slice(0, 60).map((l, i) => ({
      ...l,
      evidence: l.evidence.map((item, k) => ({
        ...item,
        ...(i % 3 === 0 ? { steps: steps.slice(k % 2, 2 + (i % 3)) } : {}),
        ...(i % 4 === 1 ? { occupationCodes: [codes[(i * 37 + k) % codes.length] as string] } : {}),
        title: k === 1 ? '焊接实训' : item.title,
      })),
    }));
    let directions = 0;
    for (const asOf of ['2026-11-30', '2031-06-01']) {
      for (const l of varied) {
        const text = matcher.profileVector(l.evidence, { asOf, id: l.id });
        const bytes = encodeStoredLearner(matcher.analyseLearner(l.evidence));
        const stored = matcher.storedProfileVector(decodeStoredLearner(bytes), { asOf, id: l.id });
        const explained = matcher.matchProfile(stored, { limit: 10 });
        expect(JSON.stringify(explained)).toBe(JSON.stringify(matcher.matchProfile(text, { limit: 10 })));
        expect(matcher.rankProfile(stored, { limit: 10, digital: true })).toEqual(
          matcher.rankProfile(text, { limit: 10, digital: true }),
        );
        const best = explained.matches[0]?.code;
        if (best) expect(matcher.gapsForProfile(stored, best)).toEqual(matcher.gapsForProfile(text, best));
        if ((explained.directions?.length ?? 0) > 1) directions++;
      }
    }
    expect(directions).toBeGreaterThan(0);
    expect(STORED_VECTOR_VERSION).toMatch(/\/sv4$/);
  });

  it('keeps the ranking facts in binary form and reads back exactly what was written, any text', () => {
    const odd: EvidenceInput[] = [
      // A byte-order mark first, an empty title, a text of several clauses, steps and codes.
      {
        id: 'a',
        kind: 'work_project',
        title: '\ufeff焊工',
        description: '在车间焊接钢结构；维修设备',
        skills: [],
      },
      {
        id: 'b',
        kind: 'learning',
        title: '',
        description: '学习安全生产知识',
        steps: ['制订计划'],
        skills: [],
      },
      {
        id: 'c',
        kind: 'credential',
        title: '数据分析 😀 项目',
        description: '',
        occupationCodes: ['2-02-38-01'],
      },
    ];
    for (const evidence of [odd, ...learners.slice(0, 40).map((l) => l.evidence)]) {
      const stored = matcher.analyseLearner(evidence);
      expect(stored.ranking[0]).not.toBe(0x7b);
      const facts = readRankingFacts(stored.ranking);
      expect(facts.items.length).toBe(evidence.length);
      expect(readRankingFacts(writeRankingFacts(facts))).toEqual(facts);
      // Read from any offset (a view into a larger buffer), as written.
      const shifted = new Uint8Array(stored.ranking.length + 3);
      shifted.set(stored.ranking, 3);
      expect(readRankingFacts(shifted.subarray(3))).toEqual(facts);
    }
    const facts = readRankingFacts(matcher.analyseLearner(odd).ranking);
    expect(facts.items[0]?.title).toBe('\ufeff焊工');
    expect(facts.items[2]?.title).toBe('数据分析 😀 项目');
    // A text UTF-8 cannot carry (an unpaired surrogate) keeps the facts as JSON, read back exactly.
    const lone = {
      ...facts,
      items: facts.items.map((item, k) => (k === 1 ? { ...item, title: 'x\ud800y' } : item)),
    };
    const written = writeRankingFacts(lone);
    expect(written[0]).toBe(0x7b);
    expect(readRankingFacts(written)).toEqual(lone);
    expect(() => readRankingFacts(written.subarray(1))).toThrow();
    expect(() => readRankingFacts(stored(odd).subarray(0, 40))).toThrow();
  });
});

function stored(evidence: EvidenceInput[]): Uint8Array {
  return matcher.analyseLearner(evidence).ranking;
}
