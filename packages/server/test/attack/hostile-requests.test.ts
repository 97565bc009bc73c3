/**
 * The standing attack suite, part 1: generated hostile requests over every route the OpenAPI
 * document lists (a route added later is picked up by itself), on every dialect. Path and query
 * parameters, bodies and credentials come from fast-check arbitraries: NUL and lone surrogates,
 * huge and odd strings, wrong types, injection strings, other accounts' ids. The property: never
 * a 5xx. `ATTACK_RUNS` (default 30) sets the requests per operation; the totals are printed.
 */
import { createHash } from 'node:crypto';
import { testDatabases } from '@skillbank/core/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, deposit, signUp, type TestAccount } from '../skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from '../test-app.js';

const RUNS = Number(process.env.ATTACK_RUNS ?? 30);

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: 'path' | 'query' }[];
  bodyFields: string[] | null;
}

const hostileString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    'a\ud800b',
    '\udc00',
    '',
    ' ',
    "' or 1=1 --",
    '"; drop table accounts; --',
    '../../etc/passwd',
    '%00',
    '%',
    '<script>alert(1)</script>',
    "=cmd|' /C calc'!A0",
    '\u202e\u0000\ufeff',
    'ev_'.padEnd(120, 'x'),
    '9'.repeat(400),
    '-1',
    '1e309',
    'NaN',
    'null',
    'true',
    '{}',
    '[]',
    'http://127.0.0.1:1/',
    'javascript:alert(1)',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ minLength: 3000, maxLength: 3000 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

function operationsOf(doc: {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>
  >;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? []).filter(
        (p): p is { name: string; in: 'path' | 'query' } => p.in === 'path' || p.in === 'query',
      );
      // The body's field names, from the referenced or inline schema.
      const schema = (
        op.requestBody as { content?: Record<string, { schema?: Record<string, unknown> }> } | undefined
      )?.content?.['application/json']?.schema;
      const ref = typeof schema?.$ref === 'string' ? schema.$ref.split('/').at(-1) : undefined;
      const props =
        (ref ? doc.components?.schemas?.[ref]?.properties : (schema?.properties as object | undefined)) ?? {};
      ops.push({
        method: method.toUpperCase(),
        path,
        params,
        bodyFields: schema ? Object.keys(props) : null,
      });
    }
  }
  return ops;
}

describe.each(testDatabases())('hostile requests over every route on $name', (database) => {
  let t: TestApp;
  let accounts: TestAccount[];
  let realIds: string[];
  beforeAll(async () => {
    t = await openTestApp(database);
    const learner = await signUp(t.app, 'learner');
    const employer = await signUp(t.app, 'employer', '张经理', '某公司');
    const advisor = await signUp(t.app, 'advisor', '王老师', '学院');
    accounts = [learner, employer, advisor];
    const piece = await deposit(t.app, learner);
    const role = await readJson(
      await t.app.request('/api/roles', bearer(employer.token, json({ title: '运维' }))),
    );
    const cohort = await readJson(
      await t.app.request('/api/cohorts', bearer(advisor.token, json({ name: '班' }))),
    );
    realIds = [
      learner.id,
      employer.id,
      advisor.id,
      piece.id,
      role.id,
      cohort.id,
      piece.entry.hash,
      '2-02-38-01',
    ];
  });
  afterAll(() => t.destroy());

  it('never answers 5xx', { timeout: 600_000 }, async () => {
    const doc = await readJson(await t.app.request('/openapi.json'));
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(30);
    const failures: string[] = [];
    let sent = 0;
    const byStatus = new Map<number, number>();
    for (const op of ops) {
      const request = fc.record({
        params: fc.tuple(...op.params.map(() => fc.oneof(hostileString, fc.constantFrom(...realIds)))),
        body: fc.oneof(
          fc.constant(undefined),
          hostileValue,
          fc.record(Object.fromEntries((op.bodyFields ?? ['x']).map((f) => [f, hostileValue])), {
            requiredKeys: [],
          }),
        ),
        raw: fc.oneof(
          fc.constant(null),
          fc.constantFrom('{', '{"a":', '\u0000', '[1,2', 'null', '"\\ud800"'),
        ),
        who: fc.integer({ min: -2, max: accounts.length - 1 }),
        contentType: fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          '',
        ),
      });
      await fc
        .assert(
          fc.asyncProperty(request, async ({ params, body, raw, who, contentType }) => {
            let path = op.path;
            const query = new URLSearchParams();
            op.params.forEach((p, i) => {
              const value = String(params[i]);
              if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value));
              else query.append(p.name, value);
            });
            const headers: Record<string, string> = {};
            if (contentType) headers['content-type'] = contentType;
            if (who >= 0) headers.authorization = `Bearer ${(accounts[who] as TestAccount).token}`;
            if (who === -2)
              headers.authorization = `Bearer sbk_${createHash('sha256').update(path).digest('base64url')}`;
            const withBody = op.method !== 'GET' && op.method !== 'HEAD';
            const text = raw ?? (body === undefined ? undefined : JSON.stringify(body));
            const res = await t.app.request(`${path}${query.size ? `?${query}` : ''}`, {
              method: op.method,
              headers,
              ...(withBody && text !== undefined ? { body: text } : {}),
            });
            sent += 1;
            byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
            if (res.status >= 500)
              failures.push(`${op.method} ${path}?${query} ${text?.slice(0, 120)} → ${res.status}`);
            await res.arrayBuffer();
            return res.status < 500;
          }),
          { numRuns: RUNS, seed: 15, endOnFailure: false },
        )
        .catch(() => {
          // Counted in `failures`; keep going to see every route.
        });
    }
    const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    console.log(
      `[attack] ${database.name}: ${sent} hostile requests over ${ops.length} operations; 5xx: ${failures.length}; statuses ${statuses.join(' ')}`,
    );
    expect(failures).toEqual([]);
  });
});
