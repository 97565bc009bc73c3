/** The attestation request state machine and its access policy, through the package's exports. */
import { describe, expect, it } from 'vitest';
import {
  ATTESTATION_REQUEST_STATES,
  type AttestationRequestMove,
  awaiting,
  canMove,
  decideOnAttestationRequest,
  requestState,
} from '../src/index.js';

const live = { signed: false, evidenceActive: true };

describe('attestation request state', () => {
  it('follows the events, and signing or withdrawal end it', () => {
    expect(requestState([], live)).toBe('requested');
    expect(requestState([{ kind: 'asked' }], live)).toBe('info_requested');
    expect(requestState([{ kind: 'asked' }, { kind: 'answered' }], live)).toBe('answered');
    expect(requestState([{ kind: 'asked' }, { kind: 'answered' }, { kind: 'asked' }], live)).toBe(
      'info_requested',
    );
    expect(requestState([{ kind: 'declined' }], live)).toBe('declined');
    expect(requestState([{ kind: 'asked' }], { signed: true, evidenceActive: true })).toBe('signed');
    expect(requestState([], { signed: false, evidenceActive: false })).toBe('withdrawn');
    // A decline stays a decline when the piece is withdrawn afterwards.
    expect(requestState([{ kind: 'declined' }], { signed: false, evidenceActive: false })).toBe('declined');
  });

  it('allows each move only from its states; final states allow none', () => {
    const table: Record<AttestationRequestMove, string[]> = {
      ask: ['requested', 'answered'],
      answer: ['info_requested'],
      decline: ['requested', 'info_requested', 'answered'],
      sign: ['requested', 'info_requested', 'answered'],
    };
    for (const state of ATTESTATION_REQUEST_STATES)
      for (const [move, from] of Object.entries(table))
        expect(canMove(state, move as AttestationRequestMove).ok, `${move} from ${state}`).toBe(
          from.includes(state),
        );
    expect(awaiting('requested')).toBe('attester');
    expect(awaiting('info_requested')).toBe('learner');
    expect(awaiting('declined')).toBeNull();
  });

  it('lets the attester ask, decline and sign, the learner answer, the admin read, others nothing', () => {
    const req = { learnerId: 'ac_l', attesterId: 'ac_a' };
    const learner = { id: 'ac_l', role: 'learner' as const };
    const attester = { id: 'ac_a', role: 'employer' as const };
    const stranger = { id: 'ac_x', role: 'employer' as const };
    const admin = { id: 'admin', role: 'admin' as const };
    expect(decideOnAttestationRequest(attester, 'ask', req).effect).toBe('allow');
    expect(decideOnAttestationRequest(attester, 'decline', req).effect).toBe('allow');
    expect(decideOnAttestationRequest(attester, 'answer', req).effect).toBe('deny');
    expect(decideOnAttestationRequest(learner, 'answer', req).effect).toBe('allow');
    expect(decideOnAttestationRequest(learner, 'decline', req).effect).toBe('deny');
    expect(decideOnAttestationRequest(stranger, 'read', req).effect).toBe('hide');
    expect(decideOnAttestationRequest(stranger, 'ask', req).effect).toBe('hide');
    expect(decideOnAttestationRequest(admin, 'read', req).effect).toBe('allow');
    expect(decideOnAttestationRequest(admin, 'decline', req).effect).toBe('deny');
  });
});
