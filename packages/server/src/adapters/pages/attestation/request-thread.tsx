/** An attestation request as both sides read it: its state, the learner's note, questions, answers, a decline's reason. */
import type { AttestationRequestItem, AttestationRequestState } from '@skillbank/core';
import { formatTime } from '../i18n.js';
import type { PageContext } from '../page-context.js';

const STATE_TONE: Record<AttestationRequestState, string> = {
  requested: 'plain',
  info_requested: 'warn',
  answered: 'plain',
  signed: 'ok',
  declined: 'bad',
  withdrawn: 'plain',
};

export function RequestStateTag({ p, state }: { p: PageContext; state: AttestationRequestState }) {
  return (
    <span class={`tag ${STATE_TONE[state]}`} data-state={state}>
      {p.m.attState[state]}
    </span>
  );
}

/** The thread, oldest first; `side` says who reads it (their own moves are "you"). */
export function RequestThread({
  p,
  request: r,
  side,
}: {
  p: PageContext;
  request: AttestationRequestItem;
  side: 'learner' | 'attester';
}) {
  const { m } = p;
  const learner = r.learner.name;
  const attester = r.attester.organisation
    ? `${r.attester.name} · ${r.attester.organisation}`
    : r.attester.name;
  if (!r.message && r.events.length === 0) return null;
  return (
    <ol class="thread">
      {r.message && (
        <li>
          <span class="muted">{m.attNoteFrom(learner)}</span> {r.message}
        </li>
      )}
      {r.events.map((e) => (
        <li data-event={e.kind}>
          <span class="muted">
            {e.kind === 'asked'
              ? side === 'attester'
                ? m.attYouAsked
                : m.attLearnerAsked(attester)
              : e.kind === 'answered'
                ? m.attAnswer(learner)
                : m.attDeclinedBecause(attester)}
          </span>{' '}
          <span style="white-space:pre-wrap">{e.text}</span>{' '}
          <span class="muted">· {formatTime(e.createdAt)}</span>
          {e.attachments.length > 0 && (
            <ul aria-label={m.attAttachments}>
              {e.attachments.map((a) => (
                <li>
                  {a.url ? (
                    <a href={a.url} rel="nofollow noopener">
                      {a.name ?? a.url}
                    </a>
                  ) : (
                    a.name
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

/** "one link or file name per line" → attachments (`{url}` for http(s) links, else `{name}`). */
export function attachmentsFromLines(text: string): { url?: string; name?: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/^https?:\/\//i.test(line) ? { url: line } : { name: line }));
}
