/** English: attestation requests on both sides (the attester's inbox, the learner's piece, invite links). */
import type { AttestationRequestState } from '@skillbank/core';
import type { AttestationsMessages } from '../zh/attestations.js';

export const attestations: AttestationsMessages = {
  inboxTitle: 'Attestation requests',
  inboxLead:
    'Graduates ask you to sign their evidence. You sign its hash with your account’s Ed25519 key; anyone can check it with your public key.',
  fromLearner: (name: string) => `from ${name}`,
  fieldStatement: 'Statement (optional)',
  fieldLevelJudged: 'Level you judge it shows (optional)',
  signSubmit: 'Sign',
  signedDone: 'Signed.',
  noRequests: 'No attestation requests yet.',

  attState: {
    requested: 'Waiting for the attester',
    info_requested: 'The attester asked for more information',
    answered: 'Answered, waiting for the attester',
    signed: 'Signed',
    declined: 'Declined',
    withdrawn: 'No longer open (the evidence was revoked or corrected)',
  } satisfies Record<AttestationRequestState, string>,
  attAsk: 'Ask for more information',
  attAskLead:
    'Before signing or declining, ask the graduate a question. When they answer, the request comes back to you. The evidence itself is not changed.',
  attFieldQuestion: 'Your question',
  attAskSubmit: 'Send question',
  attDecline: 'Decline',
  attDeclineLead:
    'Say why; the graduate will read it. After declining you cannot sign this request; the evidence itself is not changed.',
  attFieldReason: 'Reason for declining',
  attDeclineSubmit: 'Decline to attest',
  attSignTitle: 'Sign',
  attWaitingForYou: 'Waiting for you',
  attWaitingForLearner: 'Waiting for the graduate’s answer',
  attDoneTitle: 'Done',
  attYouAsked: 'You asked:',
  attLearnerAsked: (name: string) => `${name} asked:`,
  attAnswer: (name: string) => `${name} answered:`,
  attDeclinedBecause: (name: string) => `${name} declined, because:`,
  attNoteFrom: (name: string) => `Note from ${name}:`,
  attAttachments: 'Attachments',
  attFieldAnswer: 'Your answer',
  attFieldAttachments: 'Attachment links or file names (one per line, optional)',
  attAnswerSubmit: 'Send answer',
  attAnswerLead: 'Your answer and attachments stay on this request; the evidence itself does not change.',
  attClaimTitle: 'Have an invite code?',
  attClaimLead:
    'Graduates can send you an invite link or code. Enter the code and the request appears below.',
  attFieldCode: 'Invite code',
  attClaimSubmit: 'Accept invite',
  attClaimed: 'Invite accepted; the request is below.',
  attAsked: 'Question sent.',
  attAnswered: 'Answer sent; the request is back with the attester.',
  attDeclinedDone: 'Declined.',
  attInviteMade: 'Invite link made. Send it to the attester.',
  attChooseLead: 'You can choose an advisor of your class, or an attester you asked before.',
  attNoChoices:
    'You are not in a class yet and have not asked anyone before. Join your advisor’s class, or invite anyone with the link below.',
  attCohortAdvisor: 'class advisor',
  attEarlier: 'asked before',
  attInviteTitle: 'Invite an attester by link',
  attInviteLead:
    'Make a single-use link (valid for 14 days) and send it, e.g. to your internship supervisor. When they open it signed in with an employer or school account, they receive the request.',
  attInviteSubmit: 'Make invite link',
  attInvitesTitle: 'Invite links',
  attInviteOpen: (at: string) => `unused · valid until ${at}`,
  attInviteUsed: 'accepted',
  attInviteExpired: 'expired',
  attCopy: 'Copy',
  attPageTitle: 'Attestation invite',
  attPageAsks: (learner: string, title: string) => `${learner} asks you to attest “${title}”.`,
  attPageAccept: 'Accept and open',
  attPageSignInLead: 'Sign in with an employer or school account to accept the invite.',
  attPageGone:
    'This invite link is not valid, was already used, or has expired. Ask the graduate for a new one.',
  attPageNotForYou: 'Only employer and school accounts accept attestation invites.',
};
