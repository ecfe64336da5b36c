/**
 * How two block texts are joined when blocks are merged: with no separator (Chinese), or with one
 * space when both sides of the junction are Latin — a Latin letter, an ASCII digit or ASCII
 * punctuation — and neither side already has whitespace there.
 */
const LATIN = /^[\p{Script=Latin}\x21-\x7E]$/u;
const WS = /^\s$/u;

function lastChar(s: string): string {
  return Array.from(s.slice(-2)).pop() ?? '';
}

function firstChar(s: string): string {
  return Array.from(s.slice(0, 2))[0] ?? '';
}

export function joinTexts(a: string, b: string): string {
  const l = lastChar(a);
  const f = firstChar(b);
  if (l === '' || f === '' || WS.test(l) || WS.test(f)) return a + b;
  return LATIN.test(l) && LATIN.test(f) ? `${a} ${b}` : a + b;
}

/** The smallest line range covering both (either may be missing). */
export function unionLines(a?: [number, number], b?: [number, number]): [number, number] | undefined {
  if (!a) return b ? [b[0], b[1]] : undefined;
  if (!b) return [a[0], a[1]];
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}
