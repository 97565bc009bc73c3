/**
 * End-to-end harness: a real server on a loopback port over a fresh SQLite file, and Debian's
 * headless Chromium driven by playwright-core. Suites skip, saying why, where Chromium is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { boot } from '../src/boot.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Whether this machine can run the browser tests; prints why not, once. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  console.warn(
    `[skillbank] browser tests SKIPPED: ${CHROMIUM} not found (.ci/browser installs Debian's chromium).`,
  );
  return false;
}

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Boots the real app (migrations, taxonomy import) on a temporary SQLite file and listens on a free port. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-e2e-'));
  // Reports on the event loop: from source, a report thread first loads the code through tsx (many
  // seconds on a loaded machine); the threads have their own tests (test/report-threads.test.ts).
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}`,
    PORT: '0',
    SKILLBANK_REPORT_THREADS: '0',
    ...env,
  });
  const booted = await boot(config, { logger: silentLogger });
  // A fresh database builds its matcher index in a worker thread: the pages need it.
  await booted.deps.served.whenReady();
  const server = serve({ fetch: booted.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await booted.handle.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot as e2e/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Whether Chinese text renders as real glyphs. Without a CJK font every character falls back to
 * the same "tofu" box, so two different characters drawn in the page's font give identical pixels.
 */
export function cjkRendersAsGlyphs(page: Page, sample = '技能'): Promise<boolean> {
  return page.evaluate((text) => {
    const font = getComputedStyle(document.body).font;
    const draw = (ch: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.font = font.replace(/\d+(\.\d+)?px/, '32px');
      ctx.fillText(ch, 4, 36);
      return canvas.toDataURL();
    };
    const [a, b] = [...text].map(draw);
    const missing = draw('\u{10FFFD}');
    return a !== b && a !== missing && b !== missing;
  }, sample);
}

/**
 * A real server and a browser for one suite: started before its tests, closed after them.
 * @example const e2e = useServerAndBrowser({ SKILLBANK_DEMO: '1' }); await e2e.browser.newPage();
 */
export function useServerAndBrowser(env: Record<string, string> = {}): {
  readonly server: RunningServer;
  readonly browser: Browser;
} {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(env), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet (use it inside a test)`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
