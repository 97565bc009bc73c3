/** The skill profile: per skill its level, confidence, and the evidence (with weights) it comes from. */
import type { Evidence, Profile } from '@skillbank/core';
import { levelLabel, percent } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { TechDetails } from '../layout/tech-details.js';
import { frame, type PageContext } from '../page-context.js';
import { Meter, titlesOf } from './evidence-bits.js';

export function ProfilePage({
  p,
  profile,
  evidence,
}: {
  p: PageContext;
  profile: Profile;
  evidence: Evidence[];
}) {
  const { m, lang } = p;
  const titles = titlesOf(evidence);
  return (
    <Layout {...frame(p, m.profileTitle)}>
      <h1>{m.profileTitle}</h1>
      <p class="lead">{m.profileLead}</p>
      {profile.skills.length === 0 ? (
        <p>
          {m.noSkills} <a href="/me/evidence/new">{m.navEvidenceNew}</a>
        </p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{m.colSkill}</th>
                <th scope="col">{m.colLevel}</th>
                <th scope="col">{m.colConfidence}</th>
                <th scope="col">{m.colSources}</th>
              </tr>
            </thead>
            <tbody>
              {profile.skills.map((s) => (
                <tr>
                  <th scope="row">{s.name}</th>
                  <td>{levelLabel(lang, s.level)}</td>
                  <td>
                    <Meter value={s.confidence} label={m.colConfidence} /> {percent(s.confidence)}
                  </td>
                  <td>
                    <ul style="margin:0;padding-left:1rem">
                      {s.contributions.map((c) => (
                        <li>
                          <a href={`/me/evidence/${c.evidenceId}`}>
                            {titles.get(c.evidenceId) ?? c.evidenceId}
                          </a>
                          <span class="muted">
                            {' '}
                            · {c.level !== null ? levelLabel(lang, c.level) : '—'} ·{' '}
                            {m.weightOf(c.weight.toFixed(2))} ·{' '}
                            {c.attested ? m.statusAttested : m.selfClaimed}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary>{m.profileHowTitle}</summary>
        <p>{m.profileFormula}</p>
      </details>
      <TechDetails lang={lang}>{m.formulaVersion(profile.formula.version, profile.asOf)}</TechDetails>
    </Layout>
  );
}
