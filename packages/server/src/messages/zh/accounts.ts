/** Chinese, the reference language: sign-up, the access key, sign-in. */

export const accounts = {
  signUpTitle: '注册账户',
  signUpLead: '不用设密码：注册后你会得到一把访问密钥，以后用它登录。',
  fieldRole: '我是',
  roleLearnerLong: '毕业生 / 学习者：记录技能证据、看匹配的职业',
  roleEmployerLong: '用人单位：发布岗位、查看候选人、为证据签名认证',
  roleAdvisorLong: '学校就业指导老师：管理班级、出报告、为证据签名认证',
  roleProviderLong: '培训机构、职业技能等级认定机构或竞赛组织方：发布课程与竞赛，记录并签名成绩',
  fieldName: '姓名或称呼',
  fieldOrganisation: '学校、单位或机构（选填）',
  signUpSubmit: '注册',
  keyTitle: '请保存你的访问密钥',
  keyWarning:
    '访问密钥和恢复码只在这里显示（15 分钟内刷新本页仍能看到）。Skillbank 只保存它们的摘要，无法替你找回。请现在复制或下载，存进密码管理器或安全的地方。',
  keyLabel: '访问密钥',
  copy: '复制',
  copied: '已复制',
  keyContinue: '我已保存，进入我的账户',
  keyDownload: '下载为文件',
  keyFileName: 'skillbank-访问密钥.txt',
  keyFileText: (name: string, role: string, key: string, recovery: string | null) =>
    `Skillbank 数字化技能银行\n账户：${name}（${role}）\n\n访问密钥（登录用）：\n${key}\n` +
    (recovery ? `\n恢复码（丢了访问密钥时换新密钥用，只能用一次）：\n${recovery}\n` : '') +
    `\n请把这个文件存在安全的地方，不要发给别人。\n`,
  recoveryLabel: '恢复码',
  recoveryHint:
    '丢了访问密钥时，在登录页用恢复码换一把新的。每个恢复码只能用一次，用后会给你新的。请和访问密钥分开保存。',
  keyNewTitle: '这是你的新访问密钥',
  keyNewLead: '旧密钥已失效，其他设备上的登录也已退出。',
  recoveryNewShown: '这是你的新恢复码，旧恢复码已失效。',
  keyGoneTitle: '访问密钥与恢复码',
  keyGoneBody:
    '为了安全，新密钥只在生成后的 15 分钟内显示，现在已不再显示。如果你没有保存好，可以在这里生成一把新的：旧密钥会立即失效。',
  keyGoneSignedOut:
    '新密钥只在生成后的 15 分钟内、在生成它的浏览器里显示。已保存的话请登录；丢了的话请用恢复码换一把新的。',
  keyManageLead: '访问密钥丢了或可能泄露时，在这里换一把新的；恢复码用来在登录不了时找回账户。',
  regenerateTitle: '生成新的访问密钥',
  regenerateLead: '旧密钥立即失效，所有设备都要用新密钥重新登录（本浏览器会自动登录）。',
  regenerateAttester: '你的签名钥匙会改用新密钥加密保存，已做的认证仍然有效。',
  regenerateSubmit: '生成新密钥',
  recoveryNewTitle: '生成新的恢复码',
  recoveryNewLead: '没有恢复码、或者旧恢复码可能泄露时使用：旧恢复码立即失效。',
  recoveryNewSubmit: '生成新恢复码',
  demoNoKeyChange: '演示账户的密钥是公开的，不能更换，也没有恢复码。',
  recoverTitle: '用恢复码找回账户',
  recoverLead:
    '输入注册时得到的恢复码（大小写、空格和短横线都无所谓）。你会得到一把新的访问密钥和一个新的恢复码，旧密钥随即失效。',
  fieldRecovery: '恢复码',
  recoverSubmit: '换一把新的访问密钥',
  recoverBad: '这个恢复码无效或已经用过。请检查是否完整输入。',
  signInLost: '丢了访问密钥？',
  signInTitle: '登录',
  signInLead: '粘贴注册时得到的访问密钥。',
  signInNoAccount: '还没有账户？',
  fieldKey: '访问密钥',
  signInSubmit: '登录',
  signInBad: '这把密钥打不开任何账户，请检查是否完整复制。',
  navKey: '访问密钥',
};

export type AccountsMessages = typeof accounts;
