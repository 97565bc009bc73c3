/**
 * Security headers on every response (Hono's secure-headers) with a strict Content-Security-Policy:
 * no script or stylesheet runs unless it is one of the few inline blocks the app itself ships,
 * named by their SHA-256 hashes; style attributes are allowed (they cannot run code). Nothing
 * may frame the app, and forms post only to it.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { REPORT_CSS as REPORT_STYLE } from '../../reports/renderers/html.renderer.js';
import { COPY_SCRIPT } from '../pages/auth/auth.page.js';
import { FORM_SCRIPT } from '../pages/forms/form-script.js';
import { STYLES } from '../pages/layout/styles.js';
import { PRINT_SCRIPT } from '../pages/showcase/public-showcase.page.js';
import { TIME_ZONE_SCRIPT } from '../pages/time-zone.js';
import { DOCS_STYLE } from './docs-page.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP every response carries. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: [hash(COPY_SCRIPT), hash(FORM_SCRIPT), hash(TIME_ZONE_SCRIPT), hash(PRINT_SCRIPT)],
  styleSrc: [hash(STYLES), hash(DOCS_STYLE), hash(REPORT_STYLE)],
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
};

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    // A header a route set on purpose (e.g. the showcase's no-referrer) is kept.
    overwrite: false,
  });
}
