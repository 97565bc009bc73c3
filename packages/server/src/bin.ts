#!/usr/bin/env node
/**
 * Entry point of the `skillbank` command. `serve` with several workers makes this process the
 * cluster primary, which forks its workers before it loads anything else (they start at once);
 * every other command, and each worker, loads the CLI.
 */
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { clusterSize } from './processes/cluster-size.js';

const argv = process.argv.slice(2);
const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
const workers = cluster.isPrimary && positionals[0] === 'serve' ? clusterSize(process.env) : 1;
const code =
  workers > 1
    ? await (await import('./processes/cluster.js')).servePrimary(workers, process.env)
    : await (await import('./adapters/cli/cli.js')).main(argv);
if (code !== 0) process.exitCode = code;
