/** Request and response schemas of the transparency log: checkpoints and RFC 9162 proofs. */
import { z } from '@hono/zod-openapi';
import { storableString } from '@skillbank/core';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const size = (description: string) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(2 ** 31 - 1, 'is too large')
    .openapi({ description, type: 'integer' });

export const checkpointSchema = z
  .object({
    treeSize: z.number().int(),
    rootHash: hex64.openapi({ description: 'RFC 9162 root hash (SHA-256, hex).' }),
    timestamp: z.string(),
    signature: z.string().openapi({
      description:
        'Ed25519 signature (base64url) of the UTF-8 text `skillbank-checkpoint/v1\\n<treeSize>\\n<rootHash>\\n<timestamp>\\n`.',
    }),
    keyId: z.string().openapi({ description: 'The platform key, `did:key:z6Mk…#z6Mk…`.' }),
  })
  .openapi('Checkpoint');

export const inclusionQuery = z.object({
  entry: storableString()
    .regex(/^[0-9a-f]{64}$/, 'must be an entry hash: 64 lower-case hex digits')
    .openapi({ description: 'The ledger entry hash (or attester key record hash).' }),
  treeSize: size('Size of the tree to prove inclusion in (default: the latest checkpoint).').optional(),
});

export const inclusionSchema = z
  .object({
    entryHash: hex64,
    leafIndex: z.number().int(),
    treeSize: z.number().int(),
    leafData: z.string().openapi({ description: 'The leaf data; `H(0x00 || leafData)` is `leafHash`.' }),
    leafHash: hex64,
    path: z.array(hex64).openapi({ description: 'RFC 9162 inclusion path, bottom up.' }),
  })
  .openapi('InclusionProof');

export const consistencyQuery = z.object({
  from: size('The earlier tree size.'),
  to: size('The later tree size (default: the latest checkpoint).').optional(),
});

export const consistencySchema = z
  .object({ from: z.number().int(), to: z.number().int(), path: z.array(hex64) })
  .openapi('ConsistencyProof');
