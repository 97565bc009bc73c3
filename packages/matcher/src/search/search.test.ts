import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';

const matcher = await bundledMatcher();

describe('search', () => {
  it('puts an exact name first and names containing the query next', () => {
    const { items, total } = matcher.search('焊工');
    expect(items[0]?.code).toBe('6-18-02-04');
    expect(total).toBeGreaterThan(2);
  });

  it('finds official names from everyday words', () => {
    expect(
      matcher
        .search('送外卖')
        .items.slice(0, 3)
        .map((i) => i.code),
    ).toContain('4-10-08-01');
    expect(
      matcher
        .search('nurse')
        .items.slice(0, 10)
        .map((i) => i.code),
    ).toContain('2-05-08-01');
  });

  it('paginates and filters without changing the order', () => {
    const all = matcher.search('数据', { limit: 100 });
    const page = matcher.search('数据', { limit: 5, offset: 5 });
    expect(page.items).toEqual(all.items.slice(5, 10));
    expect(page.total).toBe(all.total);
    const digital = matcher.search('数据', { filter: (code) => code.startsWith('4-') });
    for (const item of digital.items) expect(item.code.startsWith('4-')).toBe(true);
  });

  it('returns nothing for blank or meaningless queries', () => {
    expect(matcher.search('   ')).toEqual({ items: [], total: 0 });
    expect(matcher.search('zzzqqq').total).toBe(0);
  });
});
