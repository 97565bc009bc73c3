import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';

const matcher = await bundledMatcher();

describe('related', () => {
  it('returns null for an unknown code', () => {
    expect(matcher.related('1-99-99-99')).toBeNull();
  });

  it('lists close occupations with the terms and tasks they share, never itself', () => {
    const result = matcher.related('2-05-08-01', { limit: 5 });
    expect(result?.occupation.name).toBe('内科护士');
    const related = result?.related ?? [];
    expect(related).toHaveLength(5);
    expect(related.map((r) => r.code)).not.toContain('2-05-08-01');
    expect(related.some((r) => r.name.includes('护士'))).toBe(true);
    for (const r of related) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.sharedTerms.length).toBeGreaterThan(0);
    }
    expect(related.some((r) => r.sharedTasks.length > 0)).toBe(true);
  });

  it('works for occupations without tasks', () => {
    expect(matcher.related('4-04-05-10', { limit: 3 })?.related.length).toBe(3);
  });
});
