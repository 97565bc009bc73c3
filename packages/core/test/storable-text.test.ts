/** The edge rule for text: which strings are refused, and how each is named. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  refuseUnstorableText,
  storableString,
  unstorableReason,
  unstorableText,
} from '../src/text/storable-text.js';

describe('storable text', () => {
  it('refuses NUL and unpaired surrogates, keeps everything else', () => {
    expect(unstorableReason('a\u0000b')).toBe('nul_character');
    expect(unstorableReason('a\ud800b')).toBe('lone_surrogate');
    expect(unstorableReason('\udc00')).toBe('lone_surrogate');
    expect(unstorableReason('a\ud800')).toBe('lone_surrogate');
    for (const fine of ['', '李华', '\u{1F600}', 'tab\tnew\nline', '\u0001\u007f', '\ufffd'])
      expect(unstorableReason(fine)).toBeNull();
  });

  it('names every bad string in a value by its dotted path', () => {
    expect(
      unstorableText({ name: 'ok', skills: [{ name: 'x\u0000' }, { name: 'fine' }], tags: ['\ud801'] }),
    ).toEqual([
      { path: 'skills.0.name', code: 'nul_character', params: {} },
      { path: 'tags.0', code: 'lone_surrogate', params: {} },
    ]);
    expect(unstorableText({ 'bad\u0000key': 1 })).toEqual([
      { path: '(value)', code: 'field_name_unstorable', params: {} },
    ]);
  });

  it('works as a zod string and as a refinement', () => {
    const schema = z.object({ name: storableString().trim().min(1) });
    const result = schema.safeParse({ name: ' a\u0000 ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['name']);
    expect(schema.parse({ name: ' 李华 ' })).toEqual({ name: '李华' });
    const loose = z.record(z.string(), z.string()).superRefine(refuseUnstorableText);
    expect(loose.safeParse({ a: 'x\ud800' }).error?.issues[0]?.path).toEqual(['a']);
  });
});
