/**
 * The site icon: a small SVG (a blue tile with a ledger's lines and a tick), served at
 * `/favicon.svg` and linked from every page; `/favicon.ico`, which browsers and tools ask for on
 * their own, redirects to it, so neither is a 404.
 */
import { Hono } from 'hono';

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5cad"/><path d="M8 10h16M8 16h9M8 22h6" stroke="#fff" stroke-width="3" stroke-linecap="round"/><path d="M18 22l3 3 5-7" fill="none" stroke="#7ee2a8" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export const faviconRoutes = new Hono()
  .get('/favicon.svg', (c) =>
    c.body(FAVICON_SVG, 200, {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': 'public, max-age=86400',
    }),
  )
  .get('/favicon.ico', (c) => c.redirect('/favicon.svg', 301));
