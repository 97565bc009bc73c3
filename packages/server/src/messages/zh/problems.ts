/** Chinese, the reference language: the titles of the API's problem types (RFC 9457 `title`). */

export const problems = {
  bad_request: '请求有误',
  validation: '请求内容无效',
  unauthorized: '需要登录',
  forbidden: '请求被拒绝',
  not_found: '不存在',
  conflict: '与当前状态冲突',
  payload_too_large: '提交的内容太大',
  unsupported_media_type: '不支持的内容类型',
  not_acceptable: '无法提供所要的格式',
  too_many_requests: '请求过于频繁',
  starting: '正在启动',
  internal: '服务器内部错误',
};

/** One title per problem type; the keys are the problem codes of the API. */
export type ProblemMessages = typeof problems;
