#!/usr/bin/env node
/**
 * Entry point of the `skillbank` command. `serve` with several workers makes this process the
 * cluster primary, which forks its workers before it loads anything else (they start at once);
 * every other command, and each worker, loads the CLI. (No top-level await: the bundle is a
 * CommonJS script, see `scripts/bundle.mjs`.)
 */
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { clusterSize } from './processes/cluster-size.js';

async function run(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const workers = cluster.isPrimary && positionals[0] === 'serve' ? clusterSize(process.env) : 1;
  if (workers > 1) return (await import('./processes/cluster.js')).servePrimary(workers, process.env);
  return (await import('./adapters/cli/cli.js')).main(argv);
}

void run(process.argv.slice(2)).then((code) => {
  if (code !== 0) process.exitCode = code;
});
