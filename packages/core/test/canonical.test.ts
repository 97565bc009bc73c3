/** Canonical JSON: the bytes every hash and signature is computed over. */
import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson, sha256Hex } from '../src/ledger/canonical.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: true, c: null }], e: undefined })).toBe(
      '{"a":[{"c":null,"d":true}],"b":1}',
    );
  });

  it('is the same whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: { p: 'a', q: 'b' } })).toBe(
      canonicalJson({ y: { q: 'b', p: 'a' }, x: 1 }),
    );
  });

  it('sorts by UTF-16 code units (as RFC 8785 does) and keeps Chinese text as is', () => {
    expect(canonicalJson({ 技能: '数字技能', Z: 1, a: 2 })).toBe('{"Z":1,"a":2,"技能":"数字技能"}');
    expect(canonicalJson('引号"和\\反斜杠\n')).toBe('"引号\\"和\\\\反斜杠\\n"');
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 60], [new Date(0)], [() => 1], [10n]])(
    'refuses %s',
    (value) => {
      expect(() => canonicalJson({ value })).toThrow(TypeError);
    },
  );

  it('hashes with SHA-256 as hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(canonicalHash({ b: 2, a: 1 })).toBe(sha256Hex('{"a":1,"b":2}'));
  });
});
