/** Server configuration, parsed once from the environment with zod and frozen. */
import { BUNDLED_TAXONOMY_DIR, BUNDLED_TAXONOMY_ID, dialectOf } from '@skillbank/core';
import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/skillbank.db')
    .refine((url) => dialectOf(url) !== null, 'must start with sqlite: or postgres://'),
  /** Bearer token of the built-in admin account; admin is disabled when unset. */
  SKILLBANK_ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Which stored taxonomy the API serves. */
  SKILLBANK_TAXONOMY: z.string().default(BUNDLED_TAXONOMY_ID),
  /** The folder imported on first start when that taxonomy is not yet stored. */
  SKILLBANK_TAXONOMY_DIR: z.string().default(BUNDLED_TAXONOMY_DIR),
  /** Largest accepted request body, in bytes. */
  SKILLBANK_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  adminToken: string | null;
  taxonomyId: string;
  taxonomyDir: string;
  maxBodyBytes: number;
}

/** Parses the configuration; throws one error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return Object.freeze({
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    adminToken: c.SKILLBANK_ADMIN_TOKEN ?? null,
    taxonomyId: c.SKILLBANK_TAXONOMY,
    taxonomyDir: c.SKILLBANK_TAXONOMY_DIR,
    maxBodyBytes: c.SKILLBANK_MAX_BODY_BYTES,
  });
}
