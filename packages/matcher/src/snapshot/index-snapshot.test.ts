import { describe, expect, it } from 'vitest';
import { indexStateOf } from '../build-matcher-index.js';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import type { EvidenceInput } from '../types.js';
import { restoreMatcherIndex, SnapshotError, serializeMatcherIndex } from './index-snapshot.js';
import { matcherBuildId } from './matcher-build-id.js';

const built = await bundledMatcher();
const { info } = await bundledTaxonomy();
const bytes = serializeMatcherIndex(built);
const restored = restoreMatcherIndex(bytes, info.scheme);

const evidence: EvidenceInput[] = [
  {
    id: 'e1',
    kind: 'work_project',
    title: '合作社数字农业',
    description: '在合作社装了土壤传感器，教农户用手机看数据，按数据浇水施肥',
    occurredOn: '2026-05-01',
  },
  {
    id: 'e2',
    kind: 'credential',
    title: '焊工证',
    description: '考了焊工证，会电焊和氩弧焊，在车间焊接钢结构',
    occurredOn: '2025-06-01',
    attested: true,
    skills: [{ name: '焊接', level: 3 }],
  },
  { id: 'e3', kind: 'competition', title: '直播带货比赛', description: '策划直播脚本，在抖音帮乡亲们卖苹果' },
];

describe('a stored matcher index', () => {
  it('answers every operation exactly as the index it was made from', () => {
    const asOf = '2026-11-30';
    expect(restored.taxonomy).toEqual(built.taxonomy);
    expect(restored.match(evidence, { asOf, limit: 20 })).toEqual(built.match(evidence, { asOf, limit: 20 }));
    const code = built.match(evidence, { asOf }).matches[0]?.code ?? '';
    expect(restored.gaps(evidence, code, { asOf })).toEqual(built.gaps(evidence, code, { asOf }));
    // Missing terms ranked by how much each is a trade's word (kept in the snapshot, not recounted).
    expect(restored.gaps([], '4-07-02-05')).toEqual(built.gaps([], '4-07-02-05'));
    expect(indexStateOf(restored)?.tradeShares).toEqual(indexStateOf(built)?.tradeShares);
    expect(indexStateOf(restored)?.tradeShares.get('机会')).toBeLessThan(0.1);
    expect(restored.related(code)).toEqual(built.related(code));
    expect(restored.occupation(code)).toEqual(built.occupation(code));
    for (const title of ['电焊工', '抖音主播 带货', '软件开发工程师'])
      expect(restored.classify({ title })).toEqual(built.classify({ title }));
    expect(restored.search('传感器 安装')).toEqual(built.search('传感器 安装'));
    const requirements = [
      { id: 'r1', text: '焊接钢结构', essential: true },
      { id: 'r2', text: '直播带货', essential: false },
    ];
    const learners = [
      built.profileVector(evidence, { asOf, id: 'a' }),
      built.profileVector(evidence.slice(1), { asOf, id: 'b' }),
    ];
    const relearners = [
      restored.profileVector(evidence, { asOf, id: 'a' }),
      restored.profileVector(evidence.slice(1), { asOf, id: 'b' }),
    ];
    expect(relearners).toEqual(learners);
    expect(restored.scoreCandidates(restored.requirementSet(requirements), relearners)).toEqual(
      built.scoreCandidates(built.requirementSet(requirements), learners),
    );
  });

  it('is compact', () => {
    expect(bytes.length).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses bytes that are not a snapshot, with a SnapshotError', () => {
    expect(() => restoreMatcherIndex(new Uint8Array([1, 2, 3]), info.scheme)).toThrow(SnapshotError);
    const truncated = bytes.subarray(0, bytes.length >> 1);
    expect(() => restoreMatcherIndex(truncated, info.scheme)).toThrow(SnapshotError);
  });

  it('names the matcher that built it by a stable id', () => {
    expect(matcherBuildId()).toMatch(/^[0-9a-f]{32}$/);
    expect(matcherBuildId()).toBe(matcherBuildId());
  });
});
