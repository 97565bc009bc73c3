/** Routes of the occupation browser pages. */
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { pageContext } from '../page-context.js';
import { errorPage } from '../page-errors.js';
import { OccupationDetailPage } from './occupation-detail.page.js';
import { OccupationListPage } from './occupation-list.page.js';

const PAGE_SIZE = 25;

export const occupationPages = new Hono<AppEnv>()
  .get('/occupations', async (c) => {
    const p = await pageContext(c);
    const { lang, path, viewer } = p;
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const group = c.req.query('group') ?? '';
    const digital = c.req.query('digital') === 'true';
    const green = c.req.query('green') === 'true';
    const isNew = c.req.query('new') === 'true';
    const offset = decodeCursor(c.req.query('cursor') ?? '') ?? 0;
    const { scheme } = c.var.deps.served.current.taxonomy;
    const validGroup = scheme.isGroupCode(group) ? group : undefined;
    const { occupations } = c.var.useCases;
    const [page, majors] = await Promise.all([
      occupations.search({
        q,
        group: validGroup,
        digital: digital || undefined,
        green: green || undefined,
        isNew: isNew || undefined,
        limit: PAGE_SIZE,
        offset,
      }),
      occupations.majorGroups(),
    ]);
    if (!page.ok) return errorPage(c, p, page.error);
    if (!majors.ok) return errorPage(c, p, majors.error);
    // The bare list opens on entry points (and the groups), not on the first codes of the classification.
    const landing =
      !q && !validGroup && !digital && !green && !isNew && offset === 0 && c.req.query('all') !== 'true';
    const entries = landing ? await occupations.entryPoints({ limit: 5 }) : null;
    if (entries && !entries.ok) return errorPage(c, p, entries.error);
    let nextHref: string | null = null;
    if (page.value.hasMore) {
      const next = new URL(path, 'http://x');
      next.searchParams.set('cursor', encodeCursor(offset + PAGE_SIZE));
      nextHref = `${next.pathname}${next.search}`;
    }
    return c.html(
      <OccupationListPage
        lang={lang}
        path={path}
        viewer={viewer}
        query={{ q, digital, green, isNew, group }}
        entryPoints={entries?.ok ? entries.value : null}
        occupationCount={p.occupationCount}
        majors={majors.value}
        scheme={scheme}
        items={page.value.items}
        nextHref={nextHref}
        isFirstPage={offset === 0}
      />,
    );
  })
  .get('/occupations/:code', async (c) => {
    const p = await pageContext(c);
    const code = c.req.param('code');
    const found = await c.var.useCases.occupations.get(code, { lookup: true });
    if (!found.ok) return errorPage(c, p, found.error);
    const related = await c.var.useCases.matching.related(code, { limit: 8 });
    return c.html(
      <OccupationDetailPage
        lang={p.lang}
        path={p.path}
        occupation={found.value.occupation}
        trail={found.value.path}
        viewer={p.viewer}
        related={
          related.ok
            ? related.value.related.map((r) => ({
                code: r.code,
                name: r.name,
                // A shared task says more than shared terms; fall back to the terms.
                why:
                  r.sharedTasks.length > 0
                    ? r.sharedTasks.slice(0, 1).map((t) => t.relatedText)
                    : r.sharedTerms.slice(0, 6),
              }))
            : null
        }
      />,
    );
  });
