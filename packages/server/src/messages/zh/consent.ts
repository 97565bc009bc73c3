/** Chinese, the reference language: consent settings and the account export. */

export const consent = {
  consentTitle: '授权设置',
  consentLead: '默认不向任何人公开。每次修改都记入账本，立即生效，随时可以收回。',
  consentDiscoverable: '允许用人单位找到我，查看我的证据和技能画像',
  consentAdvisors: '允许我所在班级的就业指导老师查看我的证据',
  consentSave: '保存授权',
  consentHistory: '变更记录',
  consentNoHistory: '还没有改过：目前不向任何人公开。',
  exportTitle: '导出账户',
  exportLead:
    '整个账户（证据、认证和认证方公钥、技能画像、授权记录、账本）导出为一个 JSON 文件，离开 Skillbank 也能自行校验。',
  exportDownload: '下载 JSON',
};

export type ConsentMessages = typeof consent;
