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
    '这把密钥只显示这一次。Skillbank 只保存它的摘要，丢了就找不回来；用人单位和学校丢了密钥，也就无法再用原来的签名钥匙认证。请现在复制，存进密码管理器或安全的地方。',
  keyLabel: '访问密钥',
  copy: '复制',
  copied: '已复制',
  keyContinue: '我已保存，进入我的账户',
  signInTitle: '登录',
  signInLead: '粘贴注册时得到的访问密钥。',
  signInNoAccount: '还没有账户？',
  fieldKey: '访问密钥',
  signInSubmit: '登录',
  signInBad: '这把密钥打不开任何账户，请检查是否完整复制。',
};

export type AccountsMessages = typeof accounts;
