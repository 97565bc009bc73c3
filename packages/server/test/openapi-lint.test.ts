/**
 * The OpenAPI document passes Spectral's OAS ruleset (`spectral:oas`, as `spectral lint` applies it)
 * with no error, warning or hint: every operation has an `operationId` (so generated clients get
 * real method names), a description and declared tags.
 */

import { testDatabases } from '@skillbank/core/testing';
import { Document, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, readJson, type TestApp } from './test-app.js';

const [sqlite] = testDatabases();

/** Spectral's findings on a document, as `severity rule path: message` lines. */
async function lint(document: unknown): Promise<string[]> {
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [[oas as never, 'recommended']] });
  const results = await spectral.run(new Document(JSON.stringify(document), Json, '/openapi.json'));
  const SEVERITY = ['error', 'warning', 'info', 'hint'];
  return results.map((r) => `${SEVERITY[r.severity]} ${r.code} ${r.path.join('.')}: ${r.message}`);
}

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(sqlite as NonNullable<typeof sqlite>);
  });
  afterAll(() => t.destroy());

  it('passes the Spectral OAS ruleset with no finding', async () => {
    const doc = await readJson(await t.app.request('/openapi.json'));
    expect(await lint(doc)).toEqual([]);
  });

  it('names every operation uniquely', async () => {
    const doc = await readJson(await t.app.request('/openapi.json'));
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
      (methods) => Object.values(methods).map((op) => op.operationId),
    );
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is linted for real: a broken document gets findings', async () => {
    const findings = await lint({
      openapi: '3.1.0',
      info: { title: 'x', version: '1' },
      paths: { '/a': { get: {} } },
    });
    expect(findings.some((f) => f.includes('operation-operationId'))).toBe(true);
  });
});
