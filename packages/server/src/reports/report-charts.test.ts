/** Chart labels are laid out to fit: wrapped between words (English) or characters (Chinese), cut with "…" past two lines. */
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './report-charts.js';

describe('wrapText', () => {
  it('keeps a label that fits on one line as it is', () => {
    expect(wrapText('人工智能训练师', 200, 14)).toEqual(['人工智能训练师']);
  });

  it('breaks English between words and Chinese between characters, every line within the width', () => {
    const en = wrapText('Design and develop artificial intelligence system solutions', 320, 14);
    expect(en.length).toBe(2);
    expect(en.join(' ')).toBe('Design and develop artificial intelligence system solutions');
    for (const line of en) expect(textWidth(line, 14)).toBeLessThanOrEqual(320);
    expect(en.every((line) => !line.startsWith(' ') && !line.endsWith(' '))).toBe(true);
    const zh = wrapText('识读太阳能光热或光伏利用系统施工图，核算建造、安装系统所需用料', 320, 14);
    expect(zh.join('')).toBe('识读太阳能光热或光伏利用系统施工图，核算建造、安装系统所需用料');
    for (const line of zh) expect(textWidth(line, 14)).toBeLessThanOrEqual(320);
  });

  it('ends the last line in "…" when the text needs more lines than allowed', () => {
    const text = '监控数据指标，识别、分析业务问题与发展机会，提出解决策略，并跟踪落实效果和持续改进方案';
    const lines = wrapText(text, 150, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
    // A word longer than a line is cut rather than spilling out.
    const [long] = wrapText('Supercalifragilisticexpialidocious', 100, 14, 1);
    expect(long?.endsWith('…')).toBe(true);
    expect(textWidth(long ?? '', 14)).toBeLessThanOrEqual(100);
  });
});
