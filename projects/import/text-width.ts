/**
 * Character-level helpers for hard-wrapped CJK text: display width, punctuation classes,
 * line joining and OCR-space removal. Pure functions, no I/O.
 */

/** Display width of a line in CJK columns: ASCII counts 1/2, everything else 1, whitespace 0. */
export function displayWidth(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0x3000 || c === 0xa0) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    n += c < 128 ? 0.5 : 1;
  }
  return n;
}

/** Closing quotes/brackets that may follow a sentence-final mark (`。”`, `！）`). */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'", '】', '〕']);
/** Marks that end a sentence. `…` covers `……`. */
const FINALS = new Set(['。', '！', '？', '!', '?', '…', '．']);
/** Marks after which a line obviously continues (clause or list punctuation, openers). */
const OPENERS = new Set(['，', '、', '；', '：', ',', ';', ':', '“', '‘', '《', '（', '(', '「', '『', '—', '-', '·']);

/** True when the text ends a sentence (`。`, `！`, `？`, `……`, optionally followed by closing quotes). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  while (i >= 0 && CLOSERS.has(text[i] ?? '')) i--;
  return i >= 0 && FINALS.has(text[i] ?? '');
}

/** True when the text ends with clause punctuation or an opening mark, so it must continue. */
export function endsOpen(text: string): boolean {
  const t = text.trimEnd();
  return OPENERS.has(t[t.length - 1] ?? '');
}

/** True when the text contains any sentence-final mark. */
const FINAL_RE = /[。！？!?…．]/;
export function hasSentenceMark(text: string): boolean {
  return FINAL_RE.test(text);
}

const HAN = /\p{Script=Han}/u;

/** Count of Han characters in a string. */
export function hanCount(s: string): number {
  let n = 0;
  for (const c of s) if (HAN.test(c)) n++;
  return n;
}

/** 'zh' when Han characters outnumber Latin letters, else 'en'. */
export function detectLanguage(text: string): 'zh' | 'en' {
  let han = 0;
  let latin = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const c of sample) {
    if (HAN.test(c)) han++;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) latin++;
  }
  return han * 3 >= latin ? 'zh' : 'en';
}

const isLatinLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/**
 * Join the lines of one CJK block: no space between lines, except a single space when both
 * sides of the break are Latin letters (an English word pair wrapped in a Chinese column).
 */
export function joinCjkLines(lines: string[]): string {
  const parts: string[] = [];
  let prev = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (parts.length > 0 && isLatinLetter(prev[prev.length - 1]) && isLatinLetter(line[0])) parts.push(' ');
    parts.push(line);
    prev = line;
  }
  return removeOcrSpaces(parts.join(''));
}

/**
 * Remove OCR spaces between an ASCII letter/digit and a CJK character (`4 月` → `4月`,
 * `利用 5G 网络` → `利用5G网络`) and collapse space runs. Spaces between two CJK runs
 * (`本报讯 （记者 …）`, a space inside a headline) and between ASCII words are kept.
 */
export function removeOcrSpaces(text: string): string {
  return text
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/([A-Za-z0-9%])[ ](?=[^\x00-\x7f\s])/g, '$1')
    .replace(/([^\x00-\x7f\s])[ ](?=[A-Za-z0-9])/g, '$1')
    .trim();
}
