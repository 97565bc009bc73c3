/** Chinese, the reference language: the skill profile. */

export const profile = {
  profileTitle: '技能画像',
  profileLead: '每项技能的等级来自你的证据：有人认证的证据、越新的证据分量越重。',
  profileFormula:
    '每项技能的等级是证据的加权平均：评价 1.0、证书 0.9、竞赛 0.85、工作项目 0.8、学习 0.6；有人认证 ×1.0，自述 ×0.4；每过 5 年权重减半。',
  colSkill: '技能',
  colLevel: '等级',
  colConfidence: '可信度',
  colSources: '来自哪些证据',
  weightOf: (w: string) => `权重 ${w}`,
  selfClaimed: '自述',
  noSkills: '还没有技能。记录证据时写上技能和等级。',
  formulaVersion: (v: string, asOf: string) => `公式版本 ${v}，计算日期 ${asOf}`,
};

export type ProfileMessages = typeof profile;
