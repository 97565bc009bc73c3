/**
 * The home page's example: one piece of evidence (its Chinese text, from the catalogue) matched by
 * the served matcher, so a visitor sees a real result — computed, never written by hand. The result
 * is kept per matcher (same input, same output), so the home page costs one match per served index.
 */
import type { EvidenceInput, MatcherIndex, MatchResult } from '@skillbank/matcher';
import { catalogue } from '../../messages/index.js';

const text = catalogue('zh').firstSteps;

export const HOME_EXAMPLE: EvidenceInput = {
  id: 'example',
  kind: 'work_project',
  title: text.homeExampleTitleText,
  description: text.homeExampleText,
  // No 新八级 level: 数据分析 and Python are a professional's skills, which the ladder does not grade
  // (the evidence form would refuse the level the example used to show, 数据分析（3 中级工）).
  skills: [{ name: '数据分析' }, { name: 'Python' }],
  steps: ['明确任务', '制订计划', '实施计划', '检查控制', '评估反馈'],
};

const results = new WeakMap<MatcherIndex, MatchResult>();

/** The example's three best matches on this matcher. */
export function homeExampleMatch(matcher: MatcherIndex): MatchResult {
  let result = results.get(matcher);
  if (!result) {
    result = matcher.match([HOME_EXAMPLE], { limit: 3 });
    results.set(matcher, result);
  }
  return result;
}
