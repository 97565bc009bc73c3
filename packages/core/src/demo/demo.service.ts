/** The demo data set's personas: recorded when the demo is loaded, listed for the "enter as" buttons. */

import type { Db } from '../db/database.js';
import { type Clock, systemNow } from '../time/clock.js';

export interface DemoPersona {
  persona: string;
  accountId: string;
  token: string;
}

export async function recordDemoPersona(
  db: Db,
  { persona, accountId, token }: DemoPersona,
  { now = systemNow }: Clock = {},
): Promise<void> {
  await db
    .insertInto('demo_accounts')
    .values({ persona, account_id: accountId, token, created_at: now().toISOString() })
    .execute();
}

/** The demo personas, in the order they were recorded; empty when no demo was loaded. */
export async function listDemoPersonas(db: Db): Promise<DemoPersona[]> {
  const rows = await db
    .selectFrom('demo_accounts')
    .selectAll()
    .orderBy('created_at')
    .orderBy('persona')
    .execute();
  return rows.map((r) => ({ persona: r.persona, accountId: r.account_id, token: r.token }));
}
