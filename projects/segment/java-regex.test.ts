import { describe, expect, it } from 'vitest';
import { compileJavaRegex, javaRegexToJs } from './java-regex';
import { SegmentationError } from './segmentation-error';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof SegmentationError) return e.code;
    throw e;
  }
  return undefined;
}

describe('javaRegexToJs', () => {
  it('keeps ordinary patterns, with the u flag only where needed', () => {
    expect(javaRegexToJs('[.?!]+\\s')).toEqual({ source: '[.?!]+\\s', flags: '' });
    expect(javaRegexToJs('😀|\\x{1F600}').flags).toBe('u');
    expect(javaRegexToJs('\\p{Lu}\\.')).toEqual({ source: '\\p{Lu}\\.', flags: 'u' });
  });

  it('maps Java property names to JavaScript ones', () => {
    expect(compileJavaRegex('\\p{IsHan}').test('中')).toBe(true);
    expect(compileJavaRegex('\\p{IsHan}').test('a')).toBe(false);
    expect(compileJavaRegex('\\p{IsLatin}+').test('abc')).toBe(true);
    expect(compileJavaRegex('^\\p{javaLowerCase}$').test('a')).toBe(true);
    expect(compileJavaRegex('^\\p{Lower}$').test('é')).toBe(false); // POSIX classes are ASCII in Java
    expect(compileJavaRegex('^[\\p{Upper}\\d]+$').test('AB12')).toBe(true);
    expect(compileJavaRegex('^\\p{InCJKUnifiedIdeographs}$').test('字')).toBe(true);
    expect(compileJavaRegex('^\\P{InCJKUnifiedIdeographs}$').test('字')).toBe(false);
    expect(compileJavaRegex('^\\pL$').test('x')).toBe(true);
    expect(compileJavaRegex('^\\p{sc=Han}$').test('字')).toBe(true);
  });

  it('drops escapes that Java allows but JavaScript u-mode rejects', () => {
    expect(compileJavaRegex('\\"\\,\\:').test('",:')).toBe(true);
    expect(compileJavaRegex('[\\-x]').test('-')).toBe(true);
  });

  it('converts \\h, \\A, \\z, \\x{…} and a leading (?i)', () => {
    expect(compileJavaRegex('a\\hb').test('a\u3000b')).toBe(true);
    expect(compileJavaRegex('\\Aab\\z').test('ab')).toBe(true);
    expect(compileJavaRegex('\\x{4E2D}').test('中')).toBe(true);
    const r = javaRegexToJs('(?i)mr\\.');
    expect(r.flags).toBe('i');
    expect(new RegExp(r.source, r.flags).test('MR.')).toBe(true);
  });

  it('escapes lone braces and brackets that Java reads literally', () => {
    expect(compileJavaRegex('a{b').test('a{b')).toBe(true);
    expect(compileJavaRegex('x}').test('x}')).toBe(true);
    expect(compileJavaRegex('[]a]').test(']')).toBe(true);
  });

  it('accepts lazy quantifiers, lookaround and named groups', () => {
    expect(compileJavaRegex('a+?b{1,2}?(?<=a)(?!c)(?<n>d)\\k<n>').test('abdd')).toBe(false);
    expect(compileJavaRegex('a+?b{1,2}?(?!c)(?<n>d)\\k<n>').test('abdd')).toBe(true);
  });

  it.each([
    ['a++', 'possessive'],
    ['a*+b', 'possessive'],
    ['a?+', 'possessive'],
    ['a{2,3}+', 'possessive'],
    ['\\Q.*\\E', '\\Q'],
    ['(?>ab)', 'atomic group'],
    ['a(?i)b', 'inline flags'],
    ['(?i:ab)', 'inline flags'],
    ['[a-z&&[^aeiou]]', 'class intersection'],
    ['[a[b]]', 'nested'],
    ['\\Gx', '\\G'],
    ['\\p{InGreek}', 'InGreek'],
  ])('rejects %s as unsupported', (pattern) => {
    expect(code(() => javaRegexToJs(pattern))).toBe('unsupported-regex');
  });

  it('does not mistake escaped or class plus signs for possessive quantifiers', () => {
    expect(compileJavaRegex('\\++').test('++')).toBe(true);
    expect(compileJavaRegex('[+]+').test('+')).toBe(true);
  });

  it('reports patterns JavaScript cannot compile as bad-regex', () => {
    expect(code(() => javaRegexToJs('(ab'))).toBe('bad-regex');
    expect(code(() => javaRegexToJs('[ab'))).toBe('bad-regex');
    expect(code(() => javaRegexToJs('ab\\'))).toBe('bad-regex');
    expect(code(() => javaRegexToJs('\\p{NoSuchProperty}'))).toBe('bad-regex');
  });
});
