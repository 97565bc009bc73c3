/** Benchmarks of whole server processes run the built server (`dist/`), built first when stale. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The built `skillbank` command: the bundle `npm start` runs (`scripts/bundle.mjs`). */
export const BUILT_BIN = join(ROOT, 'packages', 'server', 'dist', 'bundle', 'skillbank.js');

function newest(dir: string): number {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    latest = Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }
  return latest;
}

/** Builds every package (`pnpm run build`) unless each `dist/` and the bundle are newer than its `src/`. */
export function ensureBuilt(): void {
  const stale = ['core', 'matcher', 'server'].some((p) => {
    const dir = join(ROOT, 'packages', p);
    const built = [join(dir, 'dist', 'index.js'), BUILT_BIN];
    const changed = newest(join(dir, 'src'));
    return built.some((file) => !existsSync(file) || changed > statSync(file).mtimeMs);
  });
  if (!stale) return;
  process.stderr.write('building the server (pnpm run build)…\n');
  const result = spawnSync('pnpm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('pnpm run build failed');
}
