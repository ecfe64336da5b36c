/**
 * Per-character normaliser for Chinese source text and zh terms. Every UTF-16 code unit maps to
 * exactly one code unit, so offsets in the normalised string are offsets in the original string.
 *
 * - Traditional → Simplified (opencc-js tw/hk/t → cn, one character at a time; a character whose
 *   conversion is not exactly one code unit keeps its identity).
 * - Full-width ASCII (U+FF01–U+FF5E) → ASCII, ideographic space U+3000 → space.
 * - ASCII letters → lower case (so 5G = 5g = ５Ｇ).
 */
import * as OpenCC from 'opencc-js';

let table: Uint16Array | null = null;

const CJK_RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const half = c - 0xfee0;
    t[c] = half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
  }
  t[0x3000] = 0x20;
  const chars: string[] = [];
  for (const [lo, hi] of CJK_RANGES) for (let c = lo; c <= hi; c++) chars.push(String.fromCharCode(c));
  const joined = chars.join('\n');
  // Later converters only fill characters the earlier ones left unchanged.
  for (const from of ['tw', 'hk', 't'] as const) {
    const convert = OpenCC.Converter({ from, to: 'cn' });
    const out = convert(joined).split('\n');
    if (out.length !== chars.length) continue; // defensive: never trust a misaligned result
    for (let i = 0; i < chars.length; i++) {
      const src = chars[i]!;
      const dst = out[i]!;
      const code = src.charCodeAt(0);
      if (dst.length === 1 && dst !== src && t[code] === code) t[code] = dst.charCodeAt(0);
    }
  }
  return t;
}

/** The code-unit normalisation table (built once, ~0.1 s, on first use). */
export function zhNormTable(): Uint16Array {
  if (!table) table = buildTable();
  return table;
}

/** Normalises one UTF-16 code unit. */
export function normalizeZhCode(code: number): number {
  return zhNormTable()[code] ?? code;
}

/** Normalises a string; the result has exactly the same length as the input. */
export function normalizeZh(text: string): string {
  const t = zhNormTable();
  const n = text.length;
  let i = 0;
  while (i < n && t[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === n) return text; // already normal: no allocation
  const codes = new Uint16Array(n);
  for (let k = 0; k < n; k++) codes[k] = t[text.charCodeAt(k)]!;
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode(...codes.subarray(k, k + 8192));
  return out;
}
