/**
 * A large cohort report is written to the response as it is produced (a stream, in several
 * chunks) and arrives complete and correct in every format; bad input still gets problem+json,
 * since everything that can refuse a request is decided before the first byte.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDENT_CSV_COLUMNS } from '../src/reports/renderers/students-csv.renderer.js';
import { generatedCohort } from './generated-cohort.fixtures.js';
import { bearer, signUp, type TestAccount } from './skills-account.fixtures.js';
import { openTestApp, type TestApp } from './test-app.js';

/** Members who share their evidence (assessed) and who do not (listed, counted). */
const SHARING = 12;
const NOT_SHARING = 900;

/** Reads a response body chunk by chunk, as a client does. */
async function readChunks(res: Response): Promise<{ text: string; chunks: number }> {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  // The byte-order mark is part of the CSV text: keep it.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks += 1;
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), chunks };
}

describe.each(testDatabases())('a large cohort report streamed on $name', (database) => {
  let t: TestApp;
  let advisor: TestAccount;
  let cohort: { id: string; name: string };
  let ids: string[];
  const report = (query: string, who: { token: string } = advisor, id = cohort.id) =>
    t.app.request(`/api/cohorts/${id}/report${query}`, bearer(who.token));

  beforeAll(async () => {
    t = await openTestApp(database);
    advisor = await signUp(t.app, 'advisor', '流式顾问');
    const made = await generatedCohort(t, {
      name: '大班',
      advisor,
      groups: [
        { count: SHARING, seed: 3 },
        { count: NOT_SHARING, seed: 4, sharing: false },
      ],
    });
    cohort = made.cohort;
    ids = [...made.ids].sort();
  }, 180_000);
  afterAll(() => t?.destroy());

  it('writes the HTML report in several chunks, every learner once, the document whole', {
    timeout: 120_000,
  }, async () => {
    const res = await report('?format=html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const { text, chunks } = await readChunks(res);
    expect(chunks).toBeGreaterThan(1);
    expect(text.startsWith('<!doctype html><html')).toBe(true);
    expect(text.endsWith('</html>\n')).toBe(true);
    expect(text.match(/<th scope="row">/g)?.length).toBe(SHARING + NOT_SHARING);
    expect(text).not.toContain('skillbank:learner-rows');
    // The table closes once, after the last learner, and the method follows it.
    const rows = text.lastIndexOf('<th scope="row">');
    expect(text.indexOf('</tbody>', rows)).toBeGreaterThan(rows);
    expect(text.indexOf('<footer', rows)).toBeGreaterThan(rows);
  });

  it('writes both CSV forms and the JSON complete, with every learner once', {
    timeout: 120_000,
  }, async () => {
    const json = await readChunks(await report('?format=json'));
    expect(json.chunks).toBeGreaterThan(1);
    const model = JSON.parse(json.text);
    // Exactly what JSON.stringify writes for the model (the learners were written a batch at a time).
    expect(json.text).toBe(`${JSON.stringify(model, null, 2)}\n`);
    expect(model.learners.map((l: { learnerId: string }) => l.learnerId).sort()).toEqual(ids);
    expect(model.population).toMatchObject({ members: SHARING + NOT_SHARING, notShared: NOT_SHARING });

    const long = await readChunks(await report('?format=csv'));
    expect(long.chunks).toBeGreaterThan(1);
    expect(long.text.startsWith('\uFEFFsection,key,')).toBe(true);
    expect(long.text.endsWith('\r\n')).toBe(true);
    const lines = long.text.slice(1, -2).split('\r\n');
    const learnerIds = lines.filter((l) => l.startsWith('learner,')).map((l) => l.split(',')[1]);
    expect(learnerIds.sort()).toEqual(ids);
    // The sections after the learners are there too.
    expect(lines.some((l) => l.startsWith('distribution,'))).toBe(true);

    const students = await readChunks(await report('?format=students-csv'));
    expect(students.chunks).toBeGreaterThan(1);
    const [header, ...rows] = students.text.slice(1, -2).split('\r\n');
    expect(header).toBe(STUDENT_CSV_COLUMNS.join(','));
    expect(rows.map((r) => r.split(',')[0]).sort()).toEqual(ids);
    expect(rows.every((r) => r.split(',').length >= STUDENT_CSV_COLUMNS.length)).toBe(true);
  });

  it('answers bad requests with problem+json before streaming anything', async () => {
    const anonymousTable = await report('?format=students-csv&anonymised=true');
    expect(anonymousTable.status).toBe(400);
    expect(anonymousTable.headers.get('content-type')).toContain('application/problem+json');
    expect((await anonymousTable.json()).errors[0].path).toBe('format');
    const unknown = await report('?format=html', advisor, 'co_nosuchcohort000000');
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect([404, 400]).toContain(unknown.status);
    const learner = await signUp(t.app, 'learner', '旁观者');
    const forbidden = await report('?format=html', learner);
    expect([403, 404]).toContain(forbidden.status);
    expect(forbidden.headers.get('content-type')).toContain('application/problem+json');
    const badFormat = await report('?format=pdf');
    expect(badFormat.status).toBe(400);
    expect(badFormat.headers.get('content-type')).toContain('application/problem+json');
  });
});
