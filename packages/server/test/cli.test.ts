/** The CLI: import reports per-row problems and writes nothing; a good folder imports once. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_TAXONOMY_DIR } from '@skillbank/core';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/adapters/cli/cli.js';

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
