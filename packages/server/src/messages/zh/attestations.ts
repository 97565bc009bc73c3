/** Chinese, the reference language: the attester's inbox. */

export const attestations = {
  inboxTitle: '认证请求',
  inboxLead:
    '毕业生请你为他们的证据签名。签名使用你账户的 Ed25519 钥匙，签在证据的哈希上，任何人都能用你的公钥核对。',
  fromLearner: (name: string) => `来自 ${name}`,
  fieldStatement: '认证说明（选填）',
  fieldLevelJudged: '你判断的等级（选填）',
  signSubmit: '签名认证',
  signedDone: '已签名认证。',
  noRequests: '还没有认证请求。',
};

export type AttestationsMessages = typeof attestations;
