/** The occupation browser: search with filters, a page of results, next-page links. */
import type { OccupationSummary, TaxonomyGroup, TaxonomyScheme } from '@skillbank/core';
import type { Lang } from '../i18n.js';
import { messages } from '../i18n.js';
import { Layout, type Viewer } from '../layout/layout.js';
import { OccupationTags } from './occupation-tags.js';

/** Where to start browsing (the bare list's landing). */
export interface EntryPoints {
  digital: { count: number; items: OccupationSummary[] } | null;
  green: { count: number; items: OccupationSummary[] } | null;
  isNew: { count: number; items: OccupationSummary[] } | null;
  popular: { occupation: OccupationSummary; lookups: number }[];
}

export interface OccupationListProps {
  lang: Lang;
  path: string;
  viewer?: Viewer | null;
  query: { q: string; digital: boolean; green: boolean; isNew: boolean; group: string };
  /** On the bare list: entry points instead of the first page of codes. */
  entryPoints: EntryPoints | null;
  /** All occupations, formatted (`1,639`). */
  occupationCount: string;
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
  entryPoints,
  occupationCount,
}: OccupationListProps) {
  const m = messages(lang);
  const groupLevel = scheme.levelName(1, lang);
  return (
    <Layout lang={lang} title={m.navOccupations} path={path} viewer={viewer}>
      <h1>{m.navOccupations}</h1>
      {entryPoints && <EntryPointCards lang={lang} entries={entryPoints} />}
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
          {scheme.spec.markers.isNew !== null && (
            <label class="check">
              <input type="checkbox" name="new" value="true" checked={query.isNew} /> {m.entryNew}
            </label>
          )}
        </fieldset>
        <button type="submit">{m.search}</button>
      </form>
      {entryPoints ? (
        <section aria-labelledby="groups">
          <h2 id="groups">{m.entryAll}</h2>
          <ul class="group-list">
            {majors.map((g) => (
              <li>
                <a href={`/occupations?group=${encodeURIComponent(g.code)}#results`}>{g.name}</a>{' '}
                <span class="code">{g.code}</span>
              </li>
            ))}
          </ul>
          <p>
            <a href="/occupations?all=true#results">{m.entryMore(occupationCount)}</a>
          </p>
        </section>
      ) : (
        <ResultList lang={lang} items={items} />
      )}
      {!entryPoints && (
        <div class="pager">
          {!isFirstPage && <a href={firstPageHref(path)}>{m.firstPage}</a>}
          {nextHref && (
            <a href={nextHref} rel="next">
              {m.nextPage}
            </a>
          )}
        </div>
      )}
    </Layout>
  );
}

function ResultList({ lang, items }: { lang: Lang; items: OccupationSummary[] }) {
  const m = messages(lang);
  return (
    <>
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
    </>
  );
}

/** Curated ways in: digital, green, new in this edition (markers), and the most looked-up. */
function EntryPointCards({ lang, entries }: { lang: Lang; entries: EntryPoints }) {
  const m = messages(lang);
  const count = (n: number) => n.toLocaleString('en-US');
  const cards = [
    entries.digital && {
      id: 'entry-digital',
      title: m.entryDigital,
      href: '/occupations?digital=true#results',
      ...entries.digital,
    },
    entries.green && {
      id: 'entry-green',
      title: m.entryGreen,
      href: '/occupations?green=true#results',
      ...entries.green,
    },
    entries.isNew && {
      id: 'entry-new',
      title: m.entryNew,
      href: '/occupations?new=true#results',
      ...entries.isNew,
    },
  ].filter((c) => c !== null);
  return (
    <section aria-labelledby="entry-points">
      <h2 id="entry-points">{m.entryTitle}</h2>
      <div class="entry-points">
        {cards.map((card) => (
          <div class="entry">
            <h3 id={card.id}>
              <a href={card.href}>{card.title}</a> <span class="muted">({count(card.count)})</span>
            </h3>
            <ul>
              {card.items.map((o) => (
                <li>
                  <a href={`/occupations/${o.code}`}>{o.name}</a>
                </li>
              ))}
            </ul>
            <a href={card.href}>{m.entryMore(count(card.count))}</a>
          </div>
        ))}
        <div class="entry">
          <h3 id="entry-popular">{m.entryPopular}</h3>
          {entries.popular.length === 0 ? (
            <p class="muted">{m.entryPopularNone}</p>
          ) : (
            <ul>
              {entries.popular.map(({ occupation, lookups }) => (
                <li>
                  <a href={`/occupations/${occupation.code}`}>{occupation.name}</a>{' '}
                  <span class="muted">· {m.views(lookups)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function firstPageHref(path: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.delete('cursor');
  return `${url.pathname}${url.search}`;
}
