/** Test helper: `skillbank serve` in its own process (from source), its URL, its output, a clean stop. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Process ids of its cluster workers (none for a single process). */
  workerPids(): number[];
  /** SIGTERM, then its exit code (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<number | null>;
}

/**
 * Starts a server (from source, or the built `bin`, a path from the server package); resolves once
 * it says it is ready (at most `timeoutMs`).
 */
export function startServer(
  env: Record<string, string>,
  { timeoutMs = 180_000, bin }: { timeoutMs?: number; bin?: string } = {},
): Promise<ServerProcess> {
  const args = bin ? [bin, 'serve'] : ['--conditions=source', '--import', 'tsx', 'src/bin.ts', 'serve'];
  const child = spawn(process.execPath, args, {
    cwd: SERVER_DIR,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SKILLBANK_RATE_LIMITS: 'off', LANG: 'C', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += String(d);
      // Once ready it says (on stderr) "Skillbank is ready in N ms. Open http://…/".
      const match = /is ready in \d+ ms\. Open (http:\/\/[^/\s]+)\//.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      const more = (d: Buffer) => {
        out += String(d);
      };
      child.stdout?.on('data', more);
      child.stderr?.on('data', more);
      resolve({
        child,
        baseUrl: match[1] as string,
        output: () => out,
        workerPids: () => childPids(child.pid),
        stop: async (graceMs = 20_000) => {
          if (child.exitCode !== null) return child.exitCode;
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          const code = await exited;
          clearTimeout(killer);
          return code;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

/** The cluster workers among a process's children (they run `… serve` too; tsx's esbuild service does not). */
function childPids(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number)
      .filter((child) => {
        try {
          return readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0').includes('serve');
        } catch {
          return false; // it has exited meanwhile
        }
      });
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

/** Polls `check` every 100 ms until it is true (or `timeoutMs` passes); returns its last answer. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
