/**
 * Who may see or move an attestation request: its learner and its attester, each only on their own
 * turn's moves (the state machine says which side makes which move); the administrator may read.
 * Anyone else learns nothing (hide, 404).
 */

import type { AccessDecision } from '../access/access.policy.js';
import type { Actor } from '../accounts/accounts.types.js';
import { ATTESTATION_REQUEST_MOVES, type AttestationRequestMove } from './attestation-request.state.js';

export function decideOnAttestationRequest(
  actor: Actor,
  action: AttestationRequestMove | 'read',
  request: { learnerId: string; attesterId: string },
): AccessDecision {
  const side =
    actor.id === request.attesterId ? 'attester' : actor.id === request.learnerId ? 'learner' : null;
  if (action === 'read') {
    return side !== null || actor.role === 'admin'
      ? { effect: 'allow' }
      : { effect: 'hide', status: 404, reason: 'not visible to this account' };
  }
  if (side === null) {
    return actor.role === 'admin'
      ? { effect: 'deny', status: 403, reason: 'the administrator reads requests but takes no part in them' }
      : { effect: 'hide', status: 404, reason: 'not visible to this account' };
  }
  const by = ATTESTATION_REQUEST_MOVES[action].by;
  return side === by
    ? { effect: 'allow' }
    : {
        effect: 'deny',
        status: 403,
        reason: by === 'attester' ? 'only the attester asked does this' : 'only the learner answers',
      };
}
