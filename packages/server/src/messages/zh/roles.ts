/** Chinese, the reference language: employers' roles, requirements and candidates. */

export const roles = {
  rolesTitle: '我的岗位',
  rolesLead: '从职业的主要工作任务出发写岗位要求，查看同意被找到的毕业生的排名和理由。',
  newRole: '发布岗位',
  noRoles: '还没有岗位。',
  roleNewTitle: '发布一个岗位',
  roleNewLead:
    '先写岗位名称，系统会建议对应的职业；选一个职业，要求就从它的主要工作任务开始，发布后可以再改。',
  fieldRoleTitle: '岗位名称',
  fieldRoleDescription: '岗位描述（选填）',
  fieldOccupationSearch: '按关键词搜索职业（选填）',
  findOccupation: '查找对应职业',
  suggestedOccupations: '系统建议（按岗位名称和描述判断）',
  searchedOccupations: '搜索到的职业',
  fieldOccupation: '对应职业',
  noOccupation: '不对应具体职业，我自己写要求',
  fieldFreeRequirements: '岗位要求（每行一条；不选职业时必填）',
  postRole: '发布岗位',
  requirementsTitle: '岗位要求',
  requirementsLead: '标为“必须”的要求没满足的人，排在满足全部必须项的人之后。',
  reqText: (n: number) => `要求 ${n}`,
  reqEssential: '必须',
  reqMinLevel: (n: number) => `要求 ${n} 的最低等级`,
  reqRemove: '删除',
  reqNew: (n: number) => `新增要求 ${n}`,
  saveRequirements: '保存要求',
  viewCandidates: '查看候选人',
  candidatesTitle: (title: string) => `${title}：候选人`,
  candidatesLead:
    '只列出当前同意被用人单位找到的毕业生；撤回同意的人会立即从名单中消失。每个排名都说明依据。',
  metRequirements: '已满足的要求',
  missingRequirements: '未满足的要求',
  essentialCount: (met: number, total: number) => `必须项 ${met}/${total}`,
  optionalCount: (met: number, total: number) => `其他项 ${met}/${total}`,
  allEssentialMet: '满足全部必须项',
  notAllEssentialMet: '有必须项未满足',
  /** In place of “满足全部必须项 · 必须项 0/0” for a role that marks no requirement essential. */
  noEssential: '没有标为必须的要求',
  noCandidates: '还没有同意被找到、且与这个岗位相关的毕业生。',
  attestedEvidence: '有认证',
  requirementSays: '岗位要求',
  candidateWrote: '候选人写的',
  roleOccupation: '对应职业',
};

export type RolesMessages = typeof roles;
