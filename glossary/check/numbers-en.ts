/**
 * Numbers in an English target: digits (30,000 / 57.5 / 2.5), with an optional scale word
 * (120 million, 1.2bn, 30 thousand) or ordinal suffix (14th); number words zero–ninety-nine with
 * an optional scale (eleven, thirty-five, two million); ordinal words first–twentieth; month names
 * (April, Apr.) and numeric dates (2020-04-14, 4/14) for months.
 */

export interface TargetNumber {
  start: number;
  end: number;
  value: number;
  /** Written with digits (only those are reported as extra numbers). */
  digits: boolean;
}

export interface TargetNumbers {
  values: TargetNumber[];
  months: Set<number>;
}

export const SMALL_NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
/** Letters allowed right after digits (units, ordinals, decades); other letters make a code (5G, 4K). */
const SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 's', 'km', 'm', 'mm', 'cm', 'kg', 't', 'h', 'mn', 'bn', 'ha']);

const DIGITS = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\p{L}+)?/gu;
const SCALE_AFTER = /^[\s-]*(hundred|thousand|million|billion|trillion)\b/i;
const WORDS = new RegExp(
  `\\b(${[...SMALL_NUMBER_WORDS, ...Object.keys(TENS)].join('|')})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\\b(?:[\\s-]+(hundred|thousand|million|billion)\\b)?`,
  'gi',
);
const A_SCALE = /\ban? (hundred|thousand|million|billion)\b/gi;
const ORDINAL_WORDS = new RegExp(`\\b(${ORDINALS.join('|')})\\b`, 'gi');
const MONTH_WORDS = new RegExp(
  `\\b(${MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b`,
  'g',
);
const NUMERIC_DATE = /\b(?:\d{4}-(\d{1,2})-\d{1,2}|(\d{1,2})\/\d{1,2}(?:\/\d{2,4})?)\b/g;

export function extractTargetNumbers(target: string): TargetNumbers {
  const values: TargetNumber[] = [];
  const months = new Set<number>();

  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(target); m; m = DIGITS.exec(target)) {
    const suffix = m[3]?.toLowerCase();
    if (suffix !== undefined && !SUFFIXES.has(suffix)) continue;
    let value = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    let end = m.index + m[0].length;
    if (suffix === 'mn' || suffix === 'bn') value *= SCALE[suffix]!;
    else if (suffix === undefined) {
      const scale = SCALE_AFTER.exec(target.slice(end));
      if (scale) {
        value *= SCALE[scale[1]!.toLowerCase()]!;
        end += scale[0].length;
      }
    }
    values.push({ start: m.index, end, value, digits: true });
  }

  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(target); m; m = WORDS.exec(target)) {
    const w = m[1]!.toLowerCase();
    let value = TENS[w] ?? SMALL_NUMBER_WORDS.indexOf(w);
    if (m[2] && TENS[w] !== undefined) value += SMALL_NUMBER_WORDS.indexOf(m[2].toLowerCase());
    if (m[3]) value *= SCALE[m[3].toLowerCase()]!;
    values.push({ start: m.index, end: m.index + m[0].length, value, digits: false });
  }

  A_SCALE.lastIndex = 0;
  for (let m = A_SCALE.exec(target); m; m = A_SCALE.exec(target)) {
    values.push({ start: m.index, end: m.index + m[0].length, value: SCALE[m[1]!.toLowerCase()]!, digits: false });
  }

  ORDINAL_WORDS.lastIndex = 0;
  for (let m = ORDINAL_WORDS.exec(target); m; m = ORDINAL_WORDS.exec(target)) {
    values.push({ start: m.index, end: m.index + m[0].length, value: ORDINALS.indexOf(m[1]!.toLowerCase()) + 1, digits: false });
  }

  MONTH_WORDS.lastIndex = 0;
  for (let m = MONTH_WORDS.exec(target); m; m = MONTH_WORDS.exec(target)) {
    months.add(MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1);
  }
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(target); m; m = NUMERIC_DATE.exec(target)) {
    const month = Number(m[1] ?? m[2]);
    if (month >= 1 && month <= 12) months.add(month);
  }
  values.sort((a, b) => a.start - b.start || a.end - b.end);
  return { values, months };
}

/** Equality with a relative tolerance (57.50 = 57.5, 1.2 × 10⁸ = 120,000,000). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
