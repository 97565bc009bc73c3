/** Candidate-pool snapshots on every dialect: parts, the newest complete one, older ones replaced. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  DERIVED_TABLES,
  latestPoolSnapshot,
  type VectorKey,
  writePoolSnapshot,
} from '../src/index.js';
import { testDatabases } from '../src/testing/index.js';

describe.each(testDatabases())('pool snapshots on $name', (database) => {
  let handle: DatabaseHandle;
  const key: VectorKey = { scorerVersion: 'scorer-1/sv1', taxonomyHash: 'hash-a' };
  const at = '2026-11-30T08:00:00.000Z';

  beforeAll(async () => {
    handle = await database.open({ taxonomy: false });
  });
  afterAll(async () => {
    await handle.destroy();
  });

  it('reads back the newest snapshot at or before a position, whole, across parts', async () => {
    expect(await latestPoolSnapshot(handle.db, key, 1000)).toBeNull();
    const first = new Uint8Array(randomBytes(10_001));
    // 20 parts: more than one read.
    await writePoolSnapshot(handle.db, key, { position: 10, day: '2026-11-30', data: first }, at, {
      partBytes: 512,
    });
    const read = await latestPoolSnapshot(handle.db, key, 1000);
    expect(read).toMatchObject({ position: 10, day: '2026-11-30' });
    expect(Buffer.from(read?.data ?? []).equals(Buffer.from(first))).toBe(true);
    expect((read?.data.byteOffset ?? 1) % 8).toBe(0);
    // Not one made after the position asked for; another key sees nothing.
    expect(await latestPoolSnapshot(handle.db, key, 9)).toBeNull();
    expect(await latestPoolSnapshot(handle.db, { ...key, taxonomyHash: 'hash-b' }, 1000)).toBeNull();

    // A newer one replaces it; writing the same position again keeps what is there.
    const second = new Uint8Array(randomBytes(5000));
    await writePoolSnapshot(handle.db, key, { position: 20, day: '2026-12-01', data: second }, at, {
      partBytes: 4096,
    });
    await writePoolSnapshot(handle.db, key, { position: 20, day: '2026-12-01', data: second }, at);
    const newest = await latestPoolSnapshot(handle.db, key, 1000);
    expect(newest).toMatchObject({ position: 20, day: '2026-12-01' });
    expect(Buffer.from(newest?.data ?? []).equals(Buffer.from(second))).toBe(true);
    expect(await latestPoolSnapshot(handle.db, key, 19)).toBeNull();
    expect(DERIVED_TABLES.has('pool_snapshots')).toBe(true);
  });

  it('never reads a snapshot whose parts are not all there', async () => {
    const other: VectorKey = { ...key, taxonomyHash: 'hash-c' };
    await writePoolSnapshot(
      handle.db,
      other,
      { position: 5, day: '2026-11-30', data: new Uint8Array(9000) },
      at,
      {
        partBytes: 4096,
      },
    );
    await handle.db
      .deleteFrom('pool_snapshots')
      .where('taxonomy_hash', '=', 'hash-c')
      .where('part', '=', 1)
      .execute();
    expect(await latestPoolSnapshot(handle.db, other, 100)).toBeNull();
  });
});
