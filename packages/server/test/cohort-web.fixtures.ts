/** Page-test helper: an advisor makes a class and the graduate joins it by its code, through the pages. */
import { expect } from 'vitest';
import type { WebClient } from './web-client.js';

/** The advisor (`school`) creates a cohort and an invitation; the graduate (`web`) joins with the code. */
export async function joinClassOf(school: WebClient, web: WebClient, name = '测试班'): Promise<string> {
  const made = await school.post('/cohorts', { name }, { csrfFrom: '/cohorts' });
  expect(made.status).toBe(303);
  const cohort = (made.headers.get('location') as string).split('?')[0] as string;
  const invited = await school.post(`${cohort}/invitations`, {}, { csrfFrom: cohort });
  expect(invited.status).toBe(303);
  const shown = await school.get((invited.headers.get('location') as string).split('#')[0] as string);
  const code = (await shown.text()).match(/[2-9A-Z]{5}-[2-9A-Z]{5}/)?.[0];
  expect(code).toBeDefined();
  const joined = await web.post('/me/cohorts/join', { code: code as string }, { csrfFrom: '/me/cohorts' });
  expect(joined.status).toBe(303);
  return cohort.split('/').at(-1) as string;
}
