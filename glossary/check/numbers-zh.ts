/**
 * Numbers in a Chinese source: Arabic numbers (with thousands separators, decimals, full-width
 * digits), Chinese numerals (三十五, 二〇二〇, 两千), mixed forms (3万, 1.2亿, 2万5千) and months
 * (4月 → April). A Chinese numeral counts as a number only in a numeric context (a measure word or
 * unit after it, 第 or 百分之 before it, an inner 十/百/千/万/亿, or a digit-by-digit year), so
 * that words like 四川, 一些, 十分, 万州 are not read as numbers. A lone 一 is never required
 * (it is usually the article "a").
 */
import { normalizeZh } from '../match/normalize-zh';

export interface SourceNumber {
  start: number;
  end: number;
  value: number;
  /** `month`: N月 with N in 1..12 (must appear as a month name or a numeric date in the target). */
  kind: 'number' | 'month';
}

export interface SourceNumbers {
  /** Numbers the target must contain. */
  required: SourceNumber[];
  /** Every numeric value seen in the source, required or not (for the extra-number check). */
  allValues: number[];
}

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
/** Characters that, right after a Chinese numeral, make it a quantity. */
const MEASURE = new Set(
  '个名位人次年月日号天岁条项家座所台辆架艘只头件种类批组套份张本部篇场届期轮季周时分秒点米里公吨斤元块倍成层楼栋户村镇县区市省标段线路车道联处起例股支队代级章节册卷页列排亩平度克升遍回小多余来几%'.split(''),
);
/** Words containing numerals that are not numbers. */
const NOT_NUMBERS = [
  '十分', '万一', '千万', '万众', '百姓', '千方百计', '四面八方', '五湖四海', '千家万户', '两岸', '两手', '两侧',
  '两边', '两者', '一心一意', '三番五次', '七上八下', '乱七八糟', '十足', '万分', '九州', '一五一十', '三心二意',
  '十全十美', '一举两得', '独一无二', '第一时间', '一会儿', '一点儿', '一时', '一些', '一起', '一直', '一定', '一般',
  '一样', '统一', '唯一', '一致', '一流', '一体', '一线', '一系列', '一道', '一同', '一并', '进一步', '一切', '一旦',
  '一方面', '四川', '三峡', '万州', '九龙', '十堰', '三亚', '六盘水', '五指山', '万盛',
];

const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[a-z]/.test(c);
const isZhNumeral = (c: string | undefined): boolean => c !== undefined && (c in DIGIT || c in UNIT);

interface Piece {
  kind: 'num' | 'unit';
  value: number;
  start: number;
  end: number;
  arabic: boolean;
}

/** Reads an Arabic number at `i` (1,234.5 / 57.50); returns its end or -1. */
function readArabic(s: string, i: number): { end: number; value: number } | null {
  let j = i;
  while (isAsciiDigit(s[j])) j++;
  // thousands groups
  while (s[j] === ',' && isAsciiDigit(s[j + 1]) && isAsciiDigit(s[j + 2]) && isAsciiDigit(s[j + 3]) && !isAsciiDigit(s[j + 4])) j += 4;
  if (s[j] === '.' && isAsciiDigit(s[j + 1])) {
    j++;
    while (isAsciiDigit(s[j])) j++;
  }
  const value = Number(s.slice(i, j).replace(/,/g, ''));
  return Number.isFinite(value) ? { end: j, value } : null;
}

function evaluate(pieces: Piece[]): number {
  let result = 0;
  let section = 0;
  let number = 0;
  let pending = false;
  for (const p of pieces) {
    if (p.kind === 'num') {
      number = p.value;
      pending = true;
    } else if (p.value === 1e8) {
      result = (result + section + number) * 1e8;
      section = 0;
      number = 0;
      pending = false;
    } else if (p.value === 1e4) {
      result += (section + number) * 1e4;
      section = 0;
      number = 0;
      pending = false;
    } else {
      section += (pending ? number : 1) * p.value;
      number = 0;
      pending = false;
    }
  }
  return result + section + number;
}

function spans(s: string, words: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const w of words) for (let at = s.indexOf(w); at !== -1; at = s.indexOf(w, at + 1)) out.push([at, at + w.length]);
  return out;
}

/**
 * Extracts the numbers of a Chinese source. `skip` ranges (e.g. glossary matches) are not required
 * (their values still count in `allValues`).
 */
export function extractSourceNumbers(source: string, skip: readonly [number, number][] = []): SourceNumbers {
  const s = normalizeZh(source);
  const required: SourceNumber[] = [];
  const allValues: number[] = [];
  const words = spans(s, NOT_NUMBERS);
  // A non-number word excludes a run that starts inside it (一亿二千万 is a number despite 千万);
  // a skipped range excludes every run overlapping it.
  const overlapsExcluded = (a: number, b: number): boolean =>
    words.some(([x, y]) => x <= a && a < y) || skip.some(([x, y]) => a < y && x < b);

  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (!isAsciiDigit(c) && !isZhNumeral(c)) {
      i++;
      continue;
    }
    // Collect a run of Arabic numbers and Chinese numerals.
    const start = i;
    const pieces: Piece[] = [];
    while (i < s.length) {
      const ch = s[i]!;
      if (isAsciiDigit(ch)) {
        if (pieces.length > 0 && pieces[pieces.length - 1]!.kind === 'num') break;
        const a = readArabic(s, i);
        if (!a) break;
        pieces.push({ kind: 'num', value: a.value, start: i, end: a.end, arabic: true });
        i = a.end;
      } else if (ch in DIGIT) {
        pieces.push({ kind: 'num', value: DIGIT[ch]!, start: i, end: i + 1, arabic: false });
        i++;
      } else if (ch in UNIT) {
        pieces.push({ kind: 'unit', value: UNIT[ch]!, start: i, end: i + 1, arabic: false });
        i++;
      } else break;
    }
    if (i === start) {
      i++;
      continue;
    }
    const end = i;
    const anyArabic = pieces.some((p) => p.arabic);
    const hasUnit = pieces.some((p) => p.kind === 'unit');
    const allDigits = pieces.every((p) => p.kind === 'num' && !p.arabic);
    const before = s.slice(Math.max(0, start - 3), start);
    let after = end;
    while (s[after] === ' ') after++; // OCR spaces: "4 月"
    const next = s[after];
    // 1-2月 / 一至三月: the first number of a month range is a month too.
    const monthRange = /^[-–—~～至到](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?月/.test(s.slice(after));

    // Alphanumeric codes (5G, G20) are names, not quantities.
    if (anyArabic && (isAsciiLetter(s[start - 1]) || isAsciiLetter(next))) continue;
    if (s.startsWith('分之', end) || (before.endsWith('分之') && !before.endsWith('百分之'))) continue;

    let values: { start: number; end: number; value: number }[] = [];
    if (allDigits && pieces.length >= 2 && (pieces.length >= 3 || pieces.some((p) => p.value === 0 && s[p.start] === '〇'))) {
      values = [{ start, end, value: Number(pieces.map((p) => p.value).join('')) }]; // 二〇二〇
    } else if (allDigits && pieces.length === 2) {
      values = pieces.map((p) => ({ start: p.start, end: p.end, value: p.value })); // 三四个 = 3 or 4
    } else if (pieces[0]!.kind === 'unit' && pieces[0]!.value !== 10) {
      values = []; // 百姓, 千万, 万州…
    } else {
      values = [{ start, end, value: evaluate(pieces) }];
    }
    for (const v of values) allValues.push(v.value);
    if (values.length === 0 || overlapsExcluded(start, end)) continue;

    let numeric = anyArabic;
    if (!numeric) {
      const lone = end - start === 1 && s[start] === '一';
      const ordinal = before.endsWith('第');
      const percent = before.endsWith('百分之');
      const measured = next !== undefined && MEASURE.has(next);
      const yearLike = allDigits && pieces.length >= 3;
      numeric = !lone && (ordinal || percent || measured || yearLike || (hasUnit && pieces.length >= 2));
      if (lone && (ordinal || monthRange || next === '月')) numeric = true;
    }
    if (!numeric) continue;
    for (const v of values) {
      const isMonth = (next === '月' || monthRange) && v.end === end && Number.isInteger(v.value) && v.value >= 1 && v.value <= 12;
      required.push({ ...v, end: isMonth && next === '月' ? after + 1 : v.end, kind: isMonth ? 'month' : 'number' });
    }
  }
  return { required, allValues };
}
