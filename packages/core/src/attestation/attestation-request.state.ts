/**
 * The life of an attestation request, as a pure state machine: who may make which move from which
 * state. Storage keeps the moves (events); the state is always recomputed from them, from whether
 * the attester signed (the ledger), and from whether the piece still counts.
 *
 *   requested ──ask──▶ info_requested ──answer──▶ answered ──ask──▶ info_requested …
 *       │                    │                       │
 *       └──── sign / decline ┴───────────────────────┘──▶ signed | declined (final)
 *
 * A request whose piece was revoked or corrected before a decision is `withdrawn`. None of these
 * moves touches the evidence: a question, an answer or a decline lives on the request alone.
 */

export const ATTESTATION_REQUEST_STATES = [
  'requested',
  'info_requested',
  'answered',
  'signed',
  'declined',
  'withdrawn',
] as const;
export type AttestationRequestState = (typeof ATTESTATION_REQUEST_STATES)[number];

/** What the attester or the learner does to a request. `sign` is the attestation itself (ledger). */
export type AttestationRequestMove = 'ask' | 'answer' | 'decline' | 'sign';

/** The kinds of stored event: the moves other than signing (which is a ledger entry). */
export type AttestationRequestEventKind = 'asked' | 'answered' | 'declined';

export const ATTESTATION_REQUEST_MOVES: Readonly<
  Record<
    AttestationRequestMove,
    { by: 'attester' | 'learner'; from: readonly AttestationRequestState[]; to: AttestationRequestState }
  >
> = {
  ask: { by: 'attester', from: ['requested', 'answered'], to: 'info_requested' },
  answer: { by: 'learner', from: ['info_requested'], to: 'answered' },
  decline: { by: 'attester', from: ['requested', 'info_requested', 'answered'], to: 'declined' },
  // The attester may sign while a question is open: the answer is then simply not needed.
  sign: { by: 'attester', from: ['requested', 'info_requested', 'answered'], to: 'signed' },
};

const EVENT_STATE: Record<AttestationRequestEventKind, AttestationRequestState> = {
  asked: 'info_requested',
  answered: 'answered',
  declined: 'declined',
};

/**
 * The state of a request from its events (oldest first), whether the attester signed the piece,
 * and whether the piece still counts.
 * @example requestState([{ kind: 'asked' }], { signed: false, evidenceActive: true }) // 'info_requested'
 */
export function requestState(
  events: readonly { kind: AttestationRequestEventKind }[],
  { signed, evidenceActive }: { signed: boolean; evidenceActive: boolean },
): AttestationRequestState {
  if (signed) return 'signed';
  let state: AttestationRequestState = 'requested';
  for (const e of events) state = EVENT_STATE[e.kind];
  if (state === 'declined') return state;
  return evidenceActive ? state : 'withdrawn';
}

/** Whether `move` may be made now, and by which side; the state it leads to. */
export function canMove(
  state: AttestationRequestState,
  move: AttestationRequestMove,
): { ok: true; to: AttestationRequestState } | { ok: false } {
  const rule = ATTESTATION_REQUEST_MOVES[move];
  return rule.from.includes(state) ? { ok: true, to: rule.to } : { ok: false };
}

/** Whose turn it is: the attester's (to sign, decline or ask), the learner's (to answer), or nobody's. */
export function awaiting(state: AttestationRequestState): 'attester' | 'learner' | null {
  if (state === 'requested' || state === 'answered') return 'attester';
  if (state === 'info_requested') return 'learner';
  return null;
}
