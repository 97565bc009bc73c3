/** Chinese, the reference language: what a domain error means for the reader, by its code. */
import type { DomainErrorCode, DomainErrorParams } from '@skillbank/core';

/** One wording per domain error code, from its params. */
export type ErrorMessages = { [C in DomainErrorCode]: (p: DomainErrorParams[C]) => string };

export const errors: ErrorMessages = {
  'validation.failed': () => '有些内容需要修改。',
  // The policy's reasons are English sentences, not codes: the reader gets the refusal in their language.
  'access.denied': () => '你的账户不能执行这个操作。',
  'access.hidden': () => '没有找到，或你的账户看不到它。',
  'learner.not_found': ({ learnerId }) => `找不到学习者 ${learnerId}。`,
  'ledger.not_found': ({ learnerId }) => `学习者 ${learnerId} 还没有账本。`,
  'evidence.not_found': ({ evidenceId }) => `找不到证据 ${evidenceId}。`,
  'evidence.withdrawn': ({ evidenceId, status, supersededBy }) =>
    `证据 ${evidenceId} 已${status === 'revoked' ? '撤回' : '被更正'}，不能再更改${
      supersededBy ? `；请改用更正后的记录 ${supersededBy}` : ''
    }。`,
  'attestation.already_asked': ({ evidenceId, attesterId }) =>
    `已经请 ${attesterId} 认证过证据 ${evidenceId}。`,
  'attestation.not_asked': ({ evidenceId, attesterId }) =>
    `${attesterId} 没有收到证据 ${evidenceId} 的认证请求。`,
  'attestation.already_attested': ({ evidenceId, attesterId }) =>
    `${attesterId} 已经认证过证据 ${evidenceId}。`,
  'attestation.no_signing_key': ({ attesterId }) => `账户 ${attesterId} 没有这把访问密钥能打开的签名钥匙。`,
  'attestation_request.not_found': ({ requestId }) => `找不到认证请求 ${requestId}。`,
  'attestation_request.wrong_state': ({ move }) =>
    move === 'answer'
      ? '认证方现在没有待回答的问题。'
      : move === 'sign'
        ? '这条请求已婉拒，不能再签名。'
        : '这条请求已经处理完，或正在等待毕业生补充。',
  'role.not_found': ({ roleId }) => `找不到岗位 ${roleId}。`,
  'cohort.not_found': ({ cohortId }) => `找不到班级 ${cohortId}。`,
  'cohort.member_not_found': ({ cohortId, learnerId }) => `学习者 ${learnerId} 不是班级 ${cohortId} 的成员。`,
  'showcase.not_found': ({ showcaseId }) => `找不到分享 ${showcaseId}。`,
  'occupation.not_found': ({ code }) => `找不到职业 ${code}。`,
  'transparency.entry_not_found': ({ entryHash }) => `透明日志中没有哈希为 ${entryHash} 的条目。`,
  'credential.not_found': ({ evidenceId }) => `证据 ${evidenceId} 没有数字证书：它还没有被认证。`,
  'status_list.not_found': ({ statusListId }) => `找不到撤销列表 ${statusListId}。`,
  'credential.already_imported': ({ evidenceId }) => `这份证书已经在账本里了（证据 ${evidenceId}）。`,
  'offering.not_found': ({ offeringId }) => `找不到项目 ${offeringId}。`,
  'offering.withdrawn': ({ offeringId }) => `项目 ${offeringId} 已下架，不再接受报名。`,
  'enrolment.not_found': ({ enrolmentId }) => `找不到报名 ${enrolmentId}。`,
  'enrolment.exists': ({ offeringId }) => `你已经报名了项目 ${offeringId}。`,
  'enrolment.withdrawn': ({ enrolmentId }) => `报名 ${enrolmentId} 已被学员退出。`,
  'result.not_found': ({ resultId }) => `找不到成绩 ${resultId}。`,
  'result.standing': ({ enrolmentId, resultId }) =>
    `报名 ${enrolmentId} 已有有效成绩 ${resultId}；要重新记录，请先撤销它。`,
  'result.wrong_status': ({ resultId, status }) => `成绩 ${resultId} 当前状态为 ${status}，不能这样操作。`,
  'role.closed': ({ roleId }) => `岗位 ${roleId} 已关闭（或已过截止日期），不能再修改、表达意向或邀请。`,
  'role.not_draft': () => '只能删除草稿；这个岗位已经发布过，如仍开放请改为关闭它。',
  'role.not_published': () => '草稿从未发布过，不能关闭；可以直接删除。',
  'employer.not_found': ({ employerId }) => `找不到用人单位 ${employerId}。`,
};
