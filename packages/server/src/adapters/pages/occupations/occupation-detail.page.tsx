/** One occupation: its place in the hierarchy, definition, numbered tasks and related occupations. */
import type { Occupation, PathStep } from '@skillbank/core';
import { type Lang, messages } from '../i18n.js';
import { Layout, type Viewer } from '../layout/layout.js';
import { OccupationTags } from './occupation-tags.js';

export interface RelatedItem {
  code: string;
  name: string;
  why: string[];
}

export interface OccupationDetailProps {
  lang: Lang;
  path: string;
  viewer?: Viewer | null;
  occupation: Occupation;
  trail: PathStep[];
  related: RelatedItem[] | null;
}

export function OccupationDetailPage({
  lang,
  path,
  viewer,
  occupation: o,
  trail,
  related,
}: OccupationDetailProps) {
  const m = messages(lang);
  return (
    <Layout lang={lang} title={o.name} path={path} viewer={viewer}>
      <nav class="crumbs" aria-label={m.classificationPath}>
        <ol>
          {trail.slice(0, -1).map((step) => (
            <li>
              <a href={`/occupations?group=${step.code}`}>{step.name}</a>
            </li>
          ))}
        </ol>
      </nav>
      <h1>
        {o.name} <span class="code">{o.code}</span>
        <OccupationTags lang={lang} occupation={o} />
      </h1>
      <h2>{m.definition}</h2>
      <p>{o.definition ?? <span class="muted">{m.noDefinition}</span>}</p>
      <h2>{m.tasks}</h2>
      {o.tasks.length > 0 ? (
        <ol class="tasks">
          {o.tasks.map((t) => (
            <li id={`task-${t.seq}`}>{t.text}</li>
          ))}
        </ol>
      ) : (
        <p class="muted">{m.noTasks}</p>
      )}
      {related && related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{m.related}</h2>
          <p class="muted">{m.relatedLead}</p>
          <ul class="cards">
            {related.map((r) => (
              <li>
                <a href={`/occupations/${r.code}`}>{r.name}</a> <span class="code">{r.code}</span>
                {r.why.length > 0 && <div class="muted">{r.why.join(m.sep)}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
