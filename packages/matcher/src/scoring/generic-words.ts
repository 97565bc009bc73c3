/**
 * Words too general for a person to read as a reason or as what a step is about: every occupation
 * has them (企业, 基于, 技术人员 …). Explanations leave them out, and next steps never name one alone.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  '企业 基于 技术人员 人员 工作 相关 有关 方式 形式 情况 方面 内容 问题 活动 业务 信息 设备 系统 技术 方法 服务 管理 单位 机构 组织 要求 规定 标准'.split(
    ' ',
  ),
);

/** Whether a word is one a person should not read alone (`GENERIC_WORDS`). */
export function isGenericWord(word: string): boolean {
  return GENERIC_WORDS.has(word);
}
