/** Chinese, the reference language: Open Badges 3.0 credentials — downloads and the verify page. */

type P = Record<string, string>;

export const credentials = {
  navVerify: '核验证书',
  verifyTitle: '核验数字证书',
  verifyLead:
    '粘贴或上传一份开放徽章 3.0（Open Badges 3.0）证书，JSON-LD 或 VC-JWT 均可。核验完全在本服务器离线完成，不会保存你提交的内容。',
  verifyPaste: '粘贴证书',
  verifyUpload: '或上传文件',
  verifyButton: '核验',
  verifyAllOk: '全部检查通过：这份证书真实有效。',
  verifyNotOk: '有检查未通过或无法完成，详见下表。',
  verifyMalformed: '这不是一份可以核验的证书：',
  verifyIssuer: (name: string) => `颁发者：${name}`,
  verifyFormat: (format: string) => `格式：${format}`,
  checkColumn: '检查项',
  resultColumn: '结果',
  whatColumn: '说明',
  checkNames: {
    signature: '签名',
    issuer: '颁发者',
    dates: '有效期',
    status: '撤销状态',
    alignment: '职业分类对应',
  },
  outcomes: {
    passed: '通过',
    failed: '未通过',
    not_checked: '未检查',
    not_applicable: '不适用',
  },
  checkCodes: {
    proof_matches: (p: P) => `签名与内容一致，由 ${p.signer} 签署。`,
    proof_mismatch: (_p: P) => '签名与内容不符：证书在签署后被改动过，或签名是伪造的。',
    proof_unsupported: (p: P) => `未检查签名：证明类型 ${p.kind} 本服务器不支持（只核验 eddsa-rdfc-2022）。`,
    key_unresolvable: (p: P) =>
      `未检查签名：颁发者的密钥 ${p.key} 需要联网获取（did:web 或 https），本服务器不联网，只离线核验 did:key。`,
    jwt_matches: (p: P) => `JWT 签名一致，由 ${p.signer} 签署。`,
    jwt_mismatch: (_p: P) => 'JWT 签名与内容不符。',
    jwt_unsupported: (p: P) =>
      `未检查签名：JWT 使用 ${p.alg} 算法、密钥 ${p.key}，本服务器只核验 EdDSA 与 did:key。`,
    jwt_issuer_mismatch: (p: P) => `JWT 声称的颁发者 ${p.iss} 不是签名者 ${p.signer}。`,
    issuer_matches: (p: P) => `由颁发者 ${p.issuer} 本人签署。`,
    issuer_mismatch: (p: P) => `签名者 ${p.signer} 不是证书写明的颁发者 ${p.issuer}。`,
    issuer_unconfirmed: (p: P) => `无法确认颁发者 ${p.issuer}：签名未核验或不一致。`,
    dates_valid: (p: P) =>
      `在有效期内（自 ${p.from || '—'} 起${p.until ? `，至 ${p.until}` : '，长期有效'}）。`,
    not_yet_valid: (p: P) => `尚未生效：${p.from} 起才有效。`,
    expired: (p: P) => `已过期：有效期至 ${p.until}。`,
    no_status: (_p: P) => '证书没有撤销状态，颁发者无法撤销它。',
    status_unsupported: (p: P) => `未检查：撤销状态类型 ${p.type} 本服务器不读取。`,
    status_list_elsewhere: (p: P) => `未检查：撤销列表 ${p.url} 在别的服务器上，本服务器不联网获取。`,
    status_list_invalid: (p: P) => `撤销列表 ${p.url} 的签名无效。`,
    status_index_outside: (p: P) => `证书在撤销列表 ${p.url} 中的位置 ${p.index} 超出范围。`,
    revoked: (p: P) => `已撤销（撤销列表 ${p.url} 第 ${p.index} 位）。`,
    not_revoked: (p: P) => `未撤销（撤销列表 ${p.url} 第 ${p.index} 位）。`,
    no_alignment: (_p: P) => '证书没有对应任何职业或工作任务。',
    alignment_unchecked: (p: P) => `职业代码未查核；另有 ${p.foreign} 项对应其他框架。`,
    alignment_unknown: (p: P) => `职业分类里没有这些代码：${p.codes}（另有 ${p.foreign} 项对应其他框架）。`,
    alignment_foreign: (p: P) => `没有对应本职业分类的内容；${p.foreign} 项对应其他框架，按原样保留。`,
    alignment_found: (p: P) =>
      `对应职业分类中的 ${p.count} 项职业或工作任务（另有 ${p.foreign} 项对应其他框架）。`,
  },
  downloadBadge: '下载开放徽章（JSON-LD）',
  downloadBadgeJwt: 'VC-JWT',
  downloadAllBadges: '下载全部开放徽章（一个可验证展示）',
  badgeNote: '已认证的证据会同时生成一份开放徽章 3.0 数字证书，可放进数字钱包，别人无需本平台也能离线核验。',
};

export type CredentialsMessages = typeof credentials;
