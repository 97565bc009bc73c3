/** The CLI: import reports per-row problems and writes nothing; a good folder imports once. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_TAXONOMY_DIR } from '@skillbank/core';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/adapters/cli/cli.js';
import { jsonLogger, prettyLogger } from '../src/logger.js';

describe('skillbank CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-cli-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}` };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    return { out, err };
  }

  it('rejects a folder with a bad row, naming file, line and field, and imports nothing', async () => {
    const bad = join(dir, 'bad');
    cpSync(BUNDLED_TAXONOMY_DIR, bad, { recursive: true });
    const file = join(bad, 'occupations.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    // Line 11 of the file (the 10th occupation): make its digital flag invalid.
    lines[10] = (lines[10] as string).replace(/^([^,]+,[^,]+,)[01],/, '$1maybe,');
    writeFileSync(file, lines.join('\n'));
    const io = capture();
    expect(await main(['import', bad], env)).toBe(1);
    expect(io.err.join('\n')).toMatch(/occupations\.csv:11 \[digital\] must be 0 or 1/);
    expect(io.err.join('\n')).toContain('nothing was written');

    const again = capture();
    expect(await main(['import', BUNDLED_TAXONOMY_DIR], env)).toBe(0);
    expect(again.out[0]).toMatch(/^imported: cn2022@2022\.1 — 537 groups, 1639 occupations, 10536 tasks/);
  });

  it('a second import of the same folder changes nothing', async () => {
    const io = capture();
    expect(await main(['import', BUNDLED_TAXONOMY_DIR], env)).toBe(0);
    expect(io.out[0]).toMatch(/^unchanged: cn2022/);
  });

  it('prints usage for unknown commands and a missing folder', async () => {
    capture();
    expect(await main(['frobnicate'], env)).toBe(2);
    expect(await main(['import'], env)).toBe(2);
    const io = capture();
    expect(await main(['import', join(dir, 'does-not-exist')], env)).toBe(1);
    expect(io.err.join('\n')).toMatch(/ENOENT/);
  });
});

describe('skillbank serve: starting up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  function captureStderr() {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    return lines;
  }

  it('says it is starting at once, then that the port is busy, in one JSON line each (no stack trace)', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const lines = captureStderr();
    const code = await main(['serve'], {
      DATABASE_URL: `sqlite:${join(dir, 'busy.db')}`,
      PORT: String(port),
      LANG: 'en_US.UTF-8',
      SKILLBANK_WORKERS: '1',
    });
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    expect(code).toBe(1);
    const events = lines
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events[0]).toMatchObject({
      level: 'info',
      message: expect.stringMatching(/^Skillbank is starting/),
    });
    expect(events.at(-1)).toMatchObject({
      level: 'error',
      message: `Port ${port} on 127.0.0.1 is already in use — perhaps another Skillbank or another program. Stop it, or start on another port: PORT=${port + 1} npm start`,
    });
    expect(lines.join('')).not.toMatch(/EADDRINUSE|\n\s+at /);
  });

  it('names an unwritable database path and how to choose another, in Chinese for a Chinese locale', async () => {
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const lines = captureStderr();
    const code = await main(['serve'], {
      DATABASE_URL: `sqlite:${join(dir, 'a-file', 'data', 'nope.db')}`,
      PORT: '0',
      LANG: 'zh_CN.UTF-8',
      SKILLBANK_WORKERS: '1',
    });
    expect(code).toBe(1);
    const last = JSON.parse(lines.join('').trim().split('\n').at(-1) as string);
    expect(last.level).toBe('error');
    expect(last.message).toContain(
      `无法写入数据库 ${join(dir, 'a-file', 'data', 'nope.db')}（${join(dir, 'a-file')} is a file, not a folder）。请改一个可写的位置`,
    );
  });
});

describe('log format', () => {
  it('is key=value lines on a terminal and JSON lines otherwise', () => {
    const pretty: string[] = [];
    prettyLogger(
      (l) => pretty.push(l),
      () => new Date(2026, 0, 2, 9, 5, 7),
    ).info('index built', { occupations: 1639, took: '2 s' });
    expect(pretty).toEqual(['09:05:07  index built  occupations=1639  took="2 s"']);
    const json: string[] = [];
    jsonLogger((l) => json.push(l)).error('boom', { code: 7 });
    expect(JSON.parse(json[0] as string)).toMatchObject({ level: 'error', message: 'boom', code: 7 });
  });
});
