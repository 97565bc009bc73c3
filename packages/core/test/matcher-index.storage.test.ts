/** Stored matcher indexes: bytes round-trip on every dialect, keyed exactly, the newest few kept, never backed up. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  findStoredMatcherIndex,
  hasStoredMatcherIndex,
  type MatcherIndexKey,
  storeMatcherIndex,
  tablesInOrder,
} from '../src/index.js';
import { testDatabases } from '../src/testing/index.js';

const key = (contentHash: string, buildId = 'b1'): MatcherIndexKey => ({
  taxonomyId: 'cn2022',
  contentHash,
  buildId,
});

describe.each(testDatabases())('stored matcher indexes on $name', ({ name, open }) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await open({ taxonomy: false });
  });
  afterEach(() => handle.destroy());

  it('returns the stored bytes for their exact key, null for any other', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) & 0xff);
    await storeMatcherIndex(handle.db, key('h1'), bytes);
    const back = await findStoredMatcherIndex(handle.db, key('h1'));
    expect(back && Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    expect(await hasStoredMatcherIndex(handle.db, key('h1'))).toBe(true);
    expect(await findStoredMatcherIndex(handle.db, key('h2'))).toBeNull();
    expect(await findStoredMatcherIndex(handle.db, key('h1', 'b2'))).toBeNull();
    expect(await hasStoredMatcherIndex(handle.db, key('h1', 'b2'))).toBe(false);
  });

  it('keeps the first bytes when another process stores the same key again', async () => {
    await storeMatcherIndex(handle.db, key('h1'), new Uint8Array([1, 2, 3]));
    await storeMatcherIndex(handle.db, key('h1'), new Uint8Array([9, 9]));
    expect([...((await findStoredMatcherIndex(handle.db, key('h1'))) ?? [])]).toEqual([1, 2, 3]);
  });

  it('keeps the four newest indexes of a taxonomy', async () => {
    for (let i = 0; i < 6; i++)
      await storeMatcherIndex(
        handle.db,
        key(`h${i}`),
        new Uint8Array([i]),
        new Date(Date.UTC(2026, 0, 1 + i)),
      );
    const present = [];
    for (let i = 0; i < 6; i++) present.push(await hasStoredMatcherIndex(handle.db, key(`h${i}`)));
    expect(present).toEqual([false, false, true, true, true, true]);
  });

  it('is derived data: backups leave the table out', async () => {
    expect(await tablesInOrder(handle.db, name)).not.toContain('matcher_indexes');
  });
});
