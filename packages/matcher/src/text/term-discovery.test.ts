import { describe, expect, it } from 'vitest';
import { discoverTerms } from './term-discovery.js';

// A toy segmenter that splits every character apart except the listed words.
const known = ['设备', '安装', '调试', '维护', '数据', '采集', '平台', '系统', '使用'];
function segment(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const word = known.find((w) => text.startsWith(w, i));
    out.push(word ?? text.charAt(i));
    i += word?.length ?? 1;
  }
  return out;
}

describe('discoverTerms', () => {
  it('finds a recurring, cohesive term that the segmenter breaks apart', () => {
    const texts = ['安装物联网设备', '维护物联网平台', '使用物联网系统采集数据', '调试物联网设备'];
    expect(discoverTerms(texts, segment, { minCount: 3 })).toContain('物联网');
  });

  it('ignores candidates glued to stop characters or seen too rarely', () => {
    const texts = ['安装的设备', '调试的设备', '维护的设备', '区块链平台'];
    const terms = discoverTerms(texts, segment, { minCount: 3 });
    expect(terms.some((t) => t.includes('的'))).toBe(false);
    expect(terms).not.toContain('区块链');
  });
});
