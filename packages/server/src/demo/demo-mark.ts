/** How demo data is marked: every demo account's name and organisation carry this label. */
export const DEMO_MARK = '（演示）';

/** Whether an account belongs to the demo data set. */
export function isDemoAccount(account: { name: string; organisation: string | null }): boolean {
  return account.name.includes(DEMO_MARK) || (account.organisation ?? '').includes(DEMO_MARK);
}
