/** Routes of the occupation browser pages. */
import { getGroups, getOccupation, OCCUPATION_CODE_PATTERN } from '@skillbank/core';
import { Hono } from 'hono';
import { searchOccupationPage } from '../../../matching/occupation-search.js';
import type { AppEnv } from '../../http/env.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { ErrorPage } from '../error.page.js';
import { pageContext } from '../page-context.js';
import { OccupationDetailPage } from './occupation-detail.page.js';
import { OccupationListPage } from './occupation-list.page.js';

const PAGE_SIZE = 25;
const MAJOR_CODES = ['1', '2', '3', '4', '5', '6', '7', '8'];

export const occupationPages = new Hono<AppEnv>()
  .get('/occupations', async (c) => {
    const { lang, path, viewer } = await pageContext(c);
    const deps = c.var.deps;
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const group = c.req.query('group') ?? '';
    const digital = c.req.query('digital') === 'true';
    const green = c.req.query('green') === 'true';
    const offset = decodeCursor(c.req.query('cursor') ?? '') ?? 0;
    const validGroup = /^\d(?:-\d{2}){0,2}$/.test(group) ? group : undefined;
    const page = await searchOccupationPage(deps, {
      q,
      group: validGroup,
      digital: digital || undefined,
      green: green || undefined,
      limit: PAGE_SIZE,
      offset,
    });
    const majors = await getGroups(deps.db, deps.served.current.taxonomy.id, MAJOR_CODES);
    let nextHref: string | null = null;
    if (page.hasMore) {
      const next = new URL(path, 'http://x');
      next.searchParams.set('cursor', encodeCursor(offset + PAGE_SIZE));
      nextHref = `${next.pathname}${next.search}`;
    }
    return c.html(
      <OccupationListPage
        lang={lang}
        path={path}
        viewer={viewer}
        query={{ q, digital, green, group }}
        majors={majors}
        items={page.items}
        nextHref={nextHref}
        isFirstPage={offset === 0}
      />,
    );
  })
  .get('/occupations/:code', async (c) => {
    const { lang, path, viewer } = await pageContext(c);
    const code = c.req.param('code');
    const found = OCCUPATION_CODE_PATTERN.test(code)
      ? await getOccupation(c.var.deps.db, c.var.deps.served.current.taxonomy.id, code)
      : null;
    if (!found) return c.html(<ErrorPage lang={lang} path={path} status={404} viewer={viewer} />, 404);
    const related = c.var.deps.served.current.matcher.related(code, { limit: 8 });
    return c.html(
      <OccupationDetailPage
        lang={lang}
        path={path}
        occupation={found.occupation}
        trail={found.path}
        viewer={viewer}
        related={
          related?.related.map((r) => ({
            code: r.code,
            name: r.name,
            // A shared task says more than shared terms; fall back to the terms.
            why:
              r.sharedTasks.length > 0
                ? r.sharedTasks.slice(0, 1).map((t) => t.relatedText)
                : r.sharedTerms.slice(0, 6),
          })) ?? null
        }
      />,
    );
  });
