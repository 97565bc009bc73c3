/** Chinese, the reference language: showcases: creating, revoking and the public page. */

export const showcases = {
  showcasesTitle: '炫技分享',
  showcasesLead:
    '挑选已认证的证据，生成一个别人猜不到的公开链接，可以随时撤销。打开链接的人会看到现场重新校验的结果。',
  fieldShowcaseTitle: '分享标题',
  pickEntries: '选择要展示的已认证证据',
  noAttested: '还没有已认证的证据。先在账本里请老师或单位认证。',
  createShowcase: '生成分享链接',
  showcaseCreated: '分享链接已生成。',
  showcaseLink: '公开链接',
  revokeLink: '撤销链接',
  linkRevoked: '链接已撤销，别人再也打不开它。',
  revokedOn: (at: string) => `已于 ${at} 撤销`,
  yourShowcases: '我的分享',
  noShowcases: '还没有分享。',
  entriesCount: (n: number) => `${n} 条证据`,
  showcaseBy: (name: string) => `${name} 的技能展示`,
  publicVerified: (n: number) =>
    `已验证：刚刚重新计算了账本的哈希链（${n} 条记录），并用认证方公布的公钥核对了下列每条证据的签名，全部完好。`,
  publicNotVerified: '校验未通过：账本或签名与记录不符，下列内容不可信。',
  publicWithdrawn: (n: number) => `另有 ${n} 条证据已被本人撤回或更正，不再展示。`,
  signatureOk: '签名有效',
  signatureBad: '签名无效',
  verifiedAt: (at: string) => `校验时间 ${at}`,
  anchoredAt: (size: number, at: string) =>
    `平台在 ${at} 签署的透明日志检查点（共 ${size} 条）包含下列每条证据及其认证：任何人都可以用下方的包含证明自行核对。`,
  inclusionProof: (index: number) => `透明日志第 ${index + 1} 条 · 包含证明`,
  showcaseGone: '这个分享链接不存在，或已被撤销。',
};

export type ShowcasesMessages = typeof showcases;
