/** The occupation browser: search with filters, a page of results, next-page links. */
import type { OccupationSummary, TaxonomyGroup, TaxonomyScheme } from '@skillbank/core';
import type { Lang } from '../i18n.js';
import { messages } from '../i18n.js';
import { Layout, type Viewer } from '../layout/layout.js';
import { OccupationTags } from './occupation-tags.js';

export interface OccupationListProps {
  lang: Lang;
  path: string;
  viewer?: Viewer | null;
  query: { q: string; digital: boolean; green: boolean; group: string };
  /** The top-level groups offered as a filter, named by the scheme (大类 in CN-2022). */
  majors: TaxonomyGroup[];
  scheme: TaxonomyScheme;
  items: OccupationSummary[];
  nextHref: string | null;
  isFirstPage: boolean;
}

export function OccupationListPage({
  lang,
  path,
  viewer,
  query,
  majors,
  scheme,
  items,
  nextHref,
  isFirstPage,
}: OccupationListProps) {
  const m = messages(lang);
  const groupLevel = scheme.levelName(1, lang);
  return (
    <Layout lang={lang} title={m.navOccupations} path={path} viewer={viewer}>
      <h1>{m.navOccupations}</h1>
      <form class="search" method="get" action="/occupations" aria-label={m.search}>
        <div class="field grow">
          <label for="q">{m.searchLabel}</label>
          <input
            id="q"
            name="q"
            type="search"
            value={query.q}
            placeholder={m.searchPlaceholder}
            maxlength={200}
          />
        </div>
        <div class="field">
          <label for="group">{`${groupLevel.charAt(0).toUpperCase()}${groupLevel.slice(1)}`}</label>
          <select id="group" name="group">
            <option value="">{m.allGroups(scheme.levelName(1, lang, { plural: true }))}</option>
            {majors.map((g) => (
              <option value={g.code} selected={g.code === query.group}>
                {`${g.code} ${g.name}`}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="field" style="border:0;padding:0;margin:0">
          {/* Only the markers the classification has (CN-2022: both). */}
          {scheme.spec.markers.digital !== null && (
            <label class="check">
              <input type="checkbox" name="digital" value="true" checked={query.digital} /> {m.filterDigital}
            </label>
          )}
          {scheme.spec.markers.green !== null && (
            <label class="check">
              <input type="checkbox" name="green" value="true" checked={query.green} /> {m.filterGreen}
            </label>
          )}
        </fieldset>
        <button type="submit">{m.search}</button>
      </form>
      <h2 id="results">{m.results}</h2>
      {items.length === 0 ? (
        <p>{m.noResults}</p>
      ) : (
        <ul class="cards" aria-labelledby="results">
          {items.map((o) => (
            <li>
              <a href={`/occupations/${o.code}`}>{o.name}</a> <span class="code">{o.code}</span>
              <OccupationTags lang={lang} occupation={o} />
            </li>
          ))}
        </ul>
      )}
      <div class="pager">
        {!isFirstPage && <a href={firstPageHref(path)}>{m.firstPage}</a>}
        {nextHref && (
          <a href={nextHref} rel="next">
            {m.nextPage}
          </a>
        )}
      </div>
    </Layout>
  );
}

function firstPageHref(path: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.delete('cursor');
  return `${url.pathname}${url.search}`;
}
