/** "Who saw me": each employer that saw the graduate (list places, opened cards) and their interests, with a one-click withdrawal. */
import type { Disclosure, Exclusion, Interest } from '@skillbank/core';
import { Csrf } from '../forms/fields.js';
import { formatTime, percent } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';

interface EmployerGroup {
  employer: { id: string; name: string; organisation: string | null };
  disclosures: Disclosure[];
  interests: Interest[];
}

/** Disclosures and interests grouped by employer, the most recent first. */
export function groupByEmployer(
  disclosures: readonly Disclosure[],
  interests: readonly Interest[],
): EmployerGroup[] {
  const groups = new Map<string, EmployerGroup>();
  const groupOf = (employer: EmployerGroup['employer']) => {
    let group = groups.get(employer.id);
    if (!group) {
      group = { employer, disclosures: [], interests: [] };
      groups.set(employer.id, group);
    }
    return group;
  };
  for (const d of disclosures) groupOf(d.employer).disclosures.push(d);
  for (const i of interests) groupOf(i.employer).interests.push(i);
  return [...groups.values()];
}

export function WhoSawMePage({
  p,
  groups,
  withdrawals,
}: {
  p: PageContext;
  groups: EmployerGroup[];
  withdrawals: Exclusion[];
}) {
  const { m } = p;
  const withdrawn = new Set(withdrawals.map((w) => w.employer.id));
  const name = (e: EmployerGroup['employer']) => (e.organisation ? `${e.name} · ${e.organisation}` : e.name);
  return (
    <Layout {...frame(p, m.whoSawMeTitle)}>
      <h1>{m.whoSawMeTitle}</h1>
      <p class="lead">{m.whoSawMeLead}</p>
      {groups.length === 0 ? (
        <p class="panel">{m.noDisclosures}</p>
      ) : (
        <ul class="cards who-saw-me">
          {groups.map((g) => (
            <li data-employer={g.employer.id}>
              <h2 style="margin:.2rem 0;font-size:1.1rem">{name(g.employer)}</h2>
              {g.interests.length > 0 && (
                <ul>
                  {g.interests.map((i) => (
                    <li>
                      <a href={`/me/roles/${i.roleId}`}>{i.roleTitle}</a> —{' '}
                      {i.active ? (
                        <span class="tag ok">{m.interestStanding}</span>
                      ) : (
                        <span class="muted">
                          {m.interestWithdrawnAt(formatTime(i.withdrawnAt ?? i.expressedAt))}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {g.disclosures.length > 0 && (
                <ul class="muted">
                  {g.disclosures.slice(0, 20).map((d) => (
                    <li>
                      {d.role.title} · {d.rank === null ? m.openedCard : m.shownInList(d.rank)} ·{' '}
                      {percent(d.score)} · {formatTime(d.shownAt)}
                    </li>
                  ))}
                </ul>
              )}
              {!withdrawn.has(g.employer.id) && (
                <form method="post" action="/me/disclosures/withdraw" class="stack">
                  <Csrf token={p.csrf} />
                  <input type="hidden" name="employerId" value={g.employer.id} />
                  <p class="hint">{m.withdrawExplain}</p>
                  <div>
                    <button type="submit" class="secondary">
                      {m.withdrawFromEmployer}
                    </button>
                  </div>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {withdrawals.length > 0 && (
        <section>
          <h2>{m.withdrawnFrom}</h2>
          <ul class="cards">
            {withdrawals.map((w) => (
              <li>
                {name(w.employer)} <span class="muted">· {formatTime(w.excludedAt)}</span>
                <form method="post" action="/me/disclosures/allow" class="actions">
                  <Csrf token={p.csrf} />
                  <input type="hidden" name="employerId" value={w.employer.id} />
                  <button type="submit" class="secondary">
                    {m.allowAgain}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
