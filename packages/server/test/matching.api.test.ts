/** Matching through app.request on every dialect: stateless match, classify, related, search, learner matches and gaps. */

import { testDatabases } from '@skillbank/core/testing';
import { type NextStepCode, type NextStepParams, SCORER_VERSION } from '@skillbank/matcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStepSentence } from './next-step-sentences.js';
import { bearer, deposit, signUp } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

const welding = {
  kind: 'credential',
  title: '焊工证',
  description: '考了焊工证，会电焊和氩弧焊，在车间焊接钢结构',
  occurredOn: '2026-06-01',
  skills: [{ name: '焊接', level: 3 }],
};

describe.each(testDatabases())('matching API on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.destroy());

  const post = (path: string, body: unknown) => t.app.request(path, json(body));
  const codes = (items: { code: string }[]) => items.map((i) => i.code);

  describe('POST /api/match', () => {
    it('ranks occupations for posted evidence, with versions, breakdown and per-task explanation', async () => {
      const res = await post('/api/match', { evidence: [welding], limit: 3 });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      const body = await readJson(res);
      expect(body.scorer).toEqual({ version: SCORER_VERSION });
      expect(body.taxonomy).toEqual({ id: 'cn2022', version: '2022.1' });
      expect(body.matches).toHaveLength(3);
      const [first] = body.matches;
      expect(first.code).toBe('6-18-02-04');
      expect(first.breakdown).toMatchObject({ weights: { profile: 0.4, coverage: 0.6 } });
      for (const task of first.coveredTasks) expect(task.evidenceIds).toEqual(['e1']);
      expect(body.evidence[0]).toMatchObject({ id: 'e1' });
    });

    it('echoes client ids and is deterministic', async () => {
      const body = { evidence: [{ ...welding, id: 'mine' }], limit: 5 };
      const a = await readJson(await post('/api/match', body));
      const b = await readJson(await post('/api/match', body));
      expect(a).toEqual(b);
      expect(a.evidence[0].id).toBe('mine');
    });

    it('answers meaningless evidence with no matches, not noise', async () => {
      const res = await post('/api/match', {
        evidence: [{ kind: 'learning', title: 'asdf', description: '今天很开心' }],
      });
      expect(res.status).toBe(200);
      expect((await readJson(res)).matches).toEqual([]);
    });

    it.each([
      ['an unknown field', { evidence: [{ ...welding, mood: 'good' }] }, 'evidence.0.mood'],
      ['an unknown top-level field', { evidence: [welding], user: 'x' }, 'user'],
      ['no evidence', { evidence: [] }, 'evidence'],
      ['too many items', { evidence: Array.from({ length: 51 }, () => welding) }, 'evidence'],
      ['a title too long', { evidence: [{ ...welding, title: 'x'.repeat(201) }] }, 'evidence.0.title'],
      ['a bad kind', { evidence: [{ ...welding, kind: 'hobby' }] }, 'evidence.0.kind'],
      [
        'an impossible date',
        { evidence: [{ ...welding, occurredOn: '2026-02-30' }] },
        'evidence.0.occurredOn',
      ],
      [
        'a level above 8',
        { evidence: [{ ...welding, skills: [{ name: 'x', level: 9 }] }] },
        'evidence.0.skills.0.level',
      ],
      [
        'duplicate ids',
        {
          evidence: [
            { ...welding, id: 'a' },
            { ...welding, id: 'a' },
          ],
        },
        'evidence.1.id',
      ],
      ['a limit above 100', { evidence: [welding], limit: 101 }, 'limit'],
    ])('rejects %s with a 400 problem naming the field', async (_, body, path) => {
      const res = await post('/api/match', body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = await readJson(res);
      expect(problem.errors.map((e: { path: string }) => e.path).join(' ')).toContain(path);
    });

    it('rejects a body that is not JSON', async () => {
      const res = await post('/api/match', '{not json');
      expect(res.status).toBe(400);
    });
  });

  describe('POST /api/classify', () => {
    it('codes a noisy posting title', async () => {
      const res = await post('/api/classify', { title: '急招 焊工 氩弧焊 月薪8k-12k 包吃住' });
      expect(res.status).toBe(200);
      const body = await readJson(res);
      expect(body.scorer.version).toBe(SCORER_VERSION);
      expect(body.candidates[0].code).toBe('6-18-02-04');
    });

    it('lists occupations only and names a shared group separately', async () => {
      const body = await readJson(await post('/api/classify', { title: '招聘保安 包吃住', limit: 5 }));
      expect(body.candidates[0].code).toBe('4-07-05-01');
      for (const c of codes(body.candidates)) expect(c).toMatch(/^\d-\d{2}-\d{2}-\d{2}$/);
      const grouped = await readJson(await post('/api/classify', { title: '护理主管', limit: 5 }));
      expect(grouped.group).toMatchObject({ level: 'minor', code: '2-05-08' });
      expect(grouped.candidates[0].code.startsWith('2-05-08-')).toBe(true);
    });

    it('rejects unknown fields and empty titles', async () => {
      expect((await post('/api/classify', { title: '焊工', salary: 1 })).status).toBe(400);
      expect((await post('/api/classify', { title: '  ' })).status).toBe(400);
    });
  });

  describe('GET /api/occupations/{code}/related', () => {
    it('lists close occupations with shared terms and tasks', async () => {
      const res = await t.app.request('/api/occupations/2-05-08-01/related?limit=3');
      expect(res.status).toBe(200);
      const body = await readJson(res);
      expect(body.occupation).toEqual({ code: '2-05-08-01', name: '内科护士' });
      expect(body.related).toHaveLength(3);
      expect(codes(body.related)).not.toContain('2-05-08-01');
      expect(body.related[0].sharedTerms.length).toBeGreaterThan(0);
    });

    it('answers 404 for an unknown code and 400 for a malformed one or a bad limit', async () => {
      expect((await t.app.request('/api/occupations/9-99-99-99/related')).status).toBe(404);
      expect((await t.app.request('/api/occupations/abc/related')).status).toBe(400);
      expect((await t.app.request('/api/occupations/2-05-08-01/related?limit=0')).status).toBe(400);
    });
  });

  describe('GET /api/occupations?q= (matcher ranking)', () => {
    const search = async (query: string) => {
      const res = await t.app.request(`/api/occupations?${query}`);
      expect(res.status).toBe(200);
      return readJson(res);
    };

    it('finds official names from everyday words, exact names first', async () => {
      expect(codes((await search(`q=${encodeURIComponent('送外卖')}&limit=3`)).items)).toContain(
        '4-10-08-01',
      );
      expect((await search(`q=${encodeURIComponent('焊工')}&limit=1`)).items[0].code).toBe('6-18-02-04');
    });

    it('keeps filters and pagination', async () => {
      const q = `q=${encodeURIComponent('数据')}`;
      const all = await search(`${q}&digital=true&limit=100`);
      for (const item of all.items) expect(item.digital).toBe(true);
      const first = await search(`${q}&digital=true&limit=5`);
      expect(codes(first.items)).toEqual(codes(all.items.slice(0, 5)));
      const second = await search(`${q}&digital=true&limit=5&cursor=${first.nextCursor}`);
      expect(codes(second.items)).toEqual(codes(all.items.slice(5, 10)));
      const grouped = await search(`${q}&group=4-04&limit=100`);
      for (const item of grouped.items) expect(item.code.startsWith('4-04-')).toBe(true);
      const last = await search(`${q}&group=4-04&limit=100`);
      expect(last.nextCursor).toBeNull();
    });
  });

  describe('learner matches and gaps', () => {
    it("match a learner's active evidence and report gaps; others see nothing", async () => {
      const learner = await signUp(t.app, 'learner', '焊接同学');
      const stranger = await signUp(t.app, 'learner', '路人');
      await deposit(t.app, learner, {
        ...welding,
        occupationCodes: ['6-18-02-04'],
        endedOn: undefined,
        artifacts: undefined,
        steps: undefined,
      });
      const matches = await t.app.request(
        `/api/learners/${learner.id}/matches?limit=3`,
        bearer(learner.token),
      );
      expect(matches.status).toBe(200);
      const body = await readJson(matches);
      expect(body.matches[0].code).toBe('6-18-02-04');
      expect(body.matches[0].breakdown.declaredBonus).toBeGreaterThan(0);

      const gaps = await t.app.request(
        `/api/learners/${learner.id}/gaps?occupation=6-18-02-04`,
        bearer(learner.token),
      );
      expect(gaps.status).toBe(200);
      const report = await readJson(gaps);
      expect(report.occupation.code).toBe('6-18-02-04');
      expect(report.gaps.length).toBeGreaterThan(0);
      for (const gap of report.gaps) {
        // The task, and what to do about what in its words (read from the statement).
        expect(gap.nextStep.params.task).toBe(gap.text);
        expect(gap.text).toContain(gap.nextStep.params.topic ?? '');
        expectStepSentence('zh', gap.nextStep, gap.nextStep.text);
      }

      // The same steps, by code, in the language asked for (?lang= or Accept-Language).
      for (const init of [
        { path: '&lang=en', headers: {} },
        { path: '', headers: { 'accept-language': 'en-GB,en;q=0.9' } },
      ]) {
        const english = await readJson(
          await t.app.request(
            `/api/learners/${learner.id}/gaps?occupation=6-18-02-04${init.path}`,
            bearer(learner.token, { headers: init.headers }),
          ),
        );
        expect(english.gaps.map((g: { nextStep: { code: string } }) => g.nextStep.code)).toEqual(
          report.gaps.map((g: { nextStep: { code: string } }) => g.nextStep.code),
        );
        for (const gap of english.gaps) expectStepSentence('en', gap.nextStep, gap.nextStep.text);
      }
      const badLang = await t.app.request(
        `/api/learners/${learner.id}/gaps?occupation=6-18-02-04&lang=fr`,
        bearer(learner.token),
      );
      expect(badLang.status).toBe(400);

      expect(
        (await t.app.request(`/api/learners/${learner.id}/matches`, bearer(stranger.token))).status,
      ).toBe(404);
      expect((await t.app.request(`/api/learners/${learner.id}/matches`)).status).toBe(401);
      expect(
        (await t.app.request(`/api/learners/${learner.id}/gaps?occupation=9-99-99-99`, bearer(learner.token)))
          .status,
      ).toBe(404);
      expect((await t.app.request(`/api/learners/${learner.id}/gaps`, bearer(learner.token))).status).toBe(
        400,
      );
    });

    it('words the next step of every gap of many occupations as a sentence of what to do about what', async () => {
      const learner = await signUp(t.app, 'learner', '下一步同学');
      await deposit(t.app, learner, {
        ...welding,
        endedOn: undefined,
        artifacts: undefined,
        steps: undefined,
      });
      // Occupations of every kind of work: the first hits of a few searches.
      const found = new Set<string>();
      for (const q of ['设备', '数据', '服务', '设计', '种植', '安全', '教学', '维修'])
        for (const item of (
          await readJson(await t.app.request(`/api/occupations?q=${encodeURIComponent(q)}&limit=4`))
        ).items)
          found.add(item.code);
      expect(found.size).toBeGreaterThanOrEqual(20);
      let steps = 0;
      let read = 0;
      for (const code of found) {
        const url = `/api/learners/${learner.id}/gaps?occupation=${code}`;
        const zh = await readJson(await t.app.request(url, bearer(learner.token)));
        const en = await readJson(await t.app.request(`${url}&lang=en`, bearer(learner.token)));
        expect(en.gaps.map((g: { nextStep: object }) => g.nextStep)).toEqual(
          zh.gaps.map((g: { nextStep: { text: string } }) => ({ ...g.nextStep, text: expect.any(String) })),
        );
        zh.gaps.forEach((gap: { text: string; nextStep: Step }, i: number) => {
          expect(gap.nextStep.params.task).toBe(gap.text);
          expectStepSentence('zh', gap.nextStep, gap.nextStep.text);
          expectStepSentence('en', en.gaps[i].nextStep, en.gaps[i].nextStep.text);
          steps++;
          if (gap.nextStep.params.doing !== undefined) read++;
        });
      }
      expect(steps).toBeGreaterThan(100);
      expect(read / steps).toBeGreaterThan(0.95);
    });
  });
});

type Step = { code: NextStepCode; params: NextStepParams; text: string };
