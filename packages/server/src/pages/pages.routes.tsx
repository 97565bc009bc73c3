/** All web pages, server-rendered with Hono JSX. */
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { HomePage } from './home.page.js';
import { pageLang } from './i18n.js';
import { occupationPages } from './occupations/occupation.pages.js';

export const pageRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.html(<HomePage lang={pageLang(c)} path={c.req.path} />))
  .route('/', occupationPages);
