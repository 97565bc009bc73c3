/** Server configuration, parsed once from the environment with zod and frozen. */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { BUNDLED_TAXONOMY_DIR, BUNDLED_TAXONOMY_ID, dialectOf } from '@skillbank/core';
import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/skillbank.db')
    .refine((url) => dialectOf(url) !== null, 'must start with sqlite: or postgres://'),
  /** A PostgreSQL streaming replica for reports, candidate-pool loads and public reads (see README, Deployment). */
  DATABASE_REPLICA_URL: z
    .string()
    .refine((url) => dialectOf(url) === 'postgres', 'must be a postgres:// URL (a streaming replica)')
    .optional(),
  /** Bearer token of the built-in admin account; admin is disabled when unset. */
  SKILLBANK_ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Which stored taxonomy the API serves. */
  SKILLBANK_TAXONOMY: z.string().default(BUNDLED_TAXONOMY_ID),
  /** The folder imported on first start when that taxonomy is not yet stored. */
  SKILLBANK_TAXONOMY_DIR: z.string().default(BUNDLED_TAXONOMY_DIR),
  /** How often (seconds) to look for a re-imported taxonomy and rebuild the matcher index; 0 = every request. */
  SKILLBANK_TAXONOMY_REFRESH_SECONDS: z.coerce.number().min(0).max(86_400).default(30),
  /** Largest accepted request body, in bytes. */
  SKILLBANK_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
  /** The platform's issuer key file (created on first start, mode 0600); default: beside the SQLite file. */
  SKILLBANK_KEY_FILE: z.string().min(1).optional(),
  /** The public base URL of this server: credentials link to it (status lists, alignments). */
  SKILLBANK_PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .optional()
    .transform((url) => url?.replace(/\/+$/, '')),
  /** Load the clearly labelled demo data set at start (once). */
  SKILLBANK_DEMO: z
    .enum(['0', '1', 'true', 'false', ''], { message: 'must be 1 or 0' })
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** Longest age (seconds) of the latest transparency checkpoint while the log grows; 0 = sign on every growth. */
  SKILLBANK_CHECKPOINT_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Behind a TLS-terminating proxy: take the scheme, host and client address from X-Forwarded-*. */
  SKILLBANK_TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false', ''], { message: 'must be 1 or 0' })
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** Server processes behind the one port (node:cluster); default: the number of cores. 1 = no cluster. */
  SKILLBANK_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  /** Report worker threads per process; 0 = on the event loop. Default: the number of cores (one report uses the machine). */
  SKILLBANK_REPORT_THREADS: z.coerce.number().int().min(0).max(64).optional(),
  /** Keep every cohort learner who shares with advisors assessed for today in the background (on by default; see README). */
  SKILLBANK_PREASSESS: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  /** Learners pre-assessed per UTC day at most. */
  SKILLBANK_PREASSESS_CAP: z.coerce.number().int().min(0).max(10_000_000).default(200_000),
  /** Report threads the pre-assessor uses (while it runs). */
  SKILLBANK_PREASSESS_THREADS: z.coerce.number().int().min(1).max(64).default(1),
  /** Rate limits on sign-up, sign-in and cohort joins (on by default; `off` for load tests). */
  SKILLBANK_RATE_LIMITS: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** A streaming replica of `databaseUrl` (`DATABASE_REPLICA_URL`), or null. */
  databaseReplicaUrl: string | null;
  adminToken: string | null;
  taxonomyId: string;
  taxonomyDir: string;
  taxonomyRefreshSeconds: number;
  maxBodyBytes: number;
  /** Where the platform's issuer key is kept, outside the database. */
  keyFile: string;
  /** Public base URL, no trailing slash (default `http://HOST:PORT`). */
  publicUrl: string;
  /** Load the demo data set at start (`SKILLBANK_DEMO=1`). */
  demo: boolean;
  /** Longest age of the latest checkpoint while the log grows (`SKILLBANK_CHECKPOINT_SECONDS`). */
  checkpointSeconds: number;
  /** Trust X-Forwarded-Proto/Host/For from a reverse proxy (`SKILLBANK_TRUST_PROXY=1`). */
  trustProxy: boolean;
  /** Enforce the rate limits (`SKILLBANK_RATE_LIMITS`, default on). */
  rateLimits: boolean;
  /** Server processes behind the one port (`SKILLBANK_WORKERS`, default: the number of cores). */
  workers: number;
  /**
   * Threads each process assesses cohort-report learners in (`SKILLBANK_REPORT_THREADS`, default:
   * the number of cores, so one report uses the whole machine; 0: on the event loop). They start
   * with the first report and sit idle between reports.
   */
  reportThreads: number;
  /**
   * Pre-assessment (`SKILLBANK_PREASSESS`, `…_CAP`, `…_THREADS`): off, or how many learners a day at
   * most, in how many threads. (`SKILLBANK_PREASSESS_DAYS` is retired: every reportable learner is
   * kept assessed, the most recently reported first.)
   */
  preassess: { enabled: boolean; cap: number; threads: number };
}

/** The key file sits beside the SQLite file; for PostgreSQL or an in-memory database, in `./data`. */
function defaultKeyFile(databaseUrl: string): string {
  const path = databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : '';
  const dir = path && path !== ':memory:' ? dirname(path) : './data';
  return join(dir, 'platform-key.json');
}

/** Parses the configuration; throws one error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.DATABASE_REPLICA_URL && dialectOf(c.DATABASE_URL) !== 'postgres')
    throw new Error(
      'invalid configuration:\n  DATABASE_REPLICA_URL: needs a postgres:// DATABASE_URL (its primary)',
    );
  const workers = c.SKILLBANK_WORKERS ?? availableParallelism();
  return Object.freeze({
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    databaseReplicaUrl: c.DATABASE_REPLICA_URL ?? null,
    adminToken: c.SKILLBANK_ADMIN_TOKEN ?? null,
    taxonomyId: c.SKILLBANK_TAXONOMY,
    taxonomyDir: c.SKILLBANK_TAXONOMY_DIR,
    taxonomyRefreshSeconds: c.SKILLBANK_TAXONOMY_REFRESH_SECONDS,
    maxBodyBytes: c.SKILLBANK_MAX_BODY_BYTES,
    keyFile: c.SKILLBANK_KEY_FILE ?? defaultKeyFile(c.DATABASE_URL),
    publicUrl: c.SKILLBANK_PUBLIC_URL ?? `http://${c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST}:${c.PORT}`,
    demo: c.SKILLBANK_DEMO,
    checkpointSeconds: c.SKILLBANK_CHECKPOINT_SECONDS,
    trustProxy: c.SKILLBANK_TRUST_PROXY,
    rateLimits: c.SKILLBANK_RATE_LIMITS === 'on',
    workers,
    reportThreads: c.SKILLBANK_REPORT_THREADS ?? availableParallelism(),
    preassess: Object.freeze({
      enabled: c.SKILLBANK_PREASSESS === 'on',
      cap: c.SKILLBANK_PREASSESS_CAP,
      threads: c.SKILLBANK_PREASSESS_THREADS,
    }),
  });
}
