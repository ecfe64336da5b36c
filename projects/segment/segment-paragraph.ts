import { compileLanguage, type CompiledLanguage } from './compile-rules';
import { defaultRules } from './default-rules';
import type { SegmentationRules } from './segmentation-rules';

export interface SegmentPiece {
  /** The sentence; never ends with whitespace (it starts with whitespace only when the text does). */
  source: string;
  /** The whitespace after the sentence (may be empty). */
  separator: string;
}

const WS = /\s/u;

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Every position 0 < p < text.length where some break rule matches, ascending, never inside a surrogate pair. */
function candidates(text: string, lang: CompiledLanguage): number[] {
  const n = text.length;
  const found: number[] = [];
  for (const re of lang.scanners) {
    re.lastIndex = 0;
    for (;;) {
      const m = re.exec(text);
      if (!m) break;
      const p = m.index;
      if (p > 0 && p < n) found.push(p);
      if (p >= n) break;
      re.lastIndex = p + (isHigh(text.charCodeAt(p)) && isLow(text.charCodeAt(p + 1)) ? 2 : 1);
    }
  }
  const sorted = lang.scanners.length > 1 ? [...new Set(found)].sort((a, b) => a - b) : found;
  return sorted.filter((p) => !(isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1))));
}

/** SRX decision at each candidate: the first rule whose before and after patterns both match decides. */
export function breakPositions(text: string, lang: CompiledLanguage): number[] {
  const out: number[] = [];
  // Earliest end of a match of each rule's leading literal (Infinity when absent): before it the rule cannot match.
  const earliest = lang.rules.map(({ leading }) => {
    if (leading === null) return 0;
    const i = text.indexOf(leading);
    return i < 0 ? Infinity : i + leading.length;
  });
  for (const p of candidates(text, lang)) {
    for (let r = 0; r < lang.rules.length; r++) {
      if (p < earliest[r]!) continue;
      const { rule, at } = lang.rules[r]!;
      at.lastIndex = p;
      if (at.test(text)) {
        if (rule.break) out.push(p);
        break;
      }
    }
  }
  return out;
}

/**
 * Splits `text` at the given break positions. Whitespace around a break goes to the separator of the
 * segment before it; breaks that would leave a segment without non-whitespace text are dropped.
 * Lossless: `pieces.map(s => s.source + s.separator).join('') === text`.
 */
export function piecesAt(text: string, breaks: readonly number[]): SegmentPiece[] {
  const n = text.length;
  if (n === 0) return [];
  const out: SegmentPiece[] = [];
  let start = 0;
  for (const p of breaks) {
    if (p <= start) continue;
    let end = p;
    while (end > start && WS.test(text[end - 1]!)) end--;
    let next = p;
    while (next < n && WS.test(text[next]!)) next++;
    if (end === start || next >= n) continue;
    out.push({ source: text.slice(start, end), separator: text.slice(end, next) });
    start = next;
  }
  let end = n;
  while (end > start && WS.test(text[end - 1]!)) end--;
  out.push({ source: text.slice(start, end), separator: text.slice(end) });
  return out;
}

/**
 * Splits one paragraph into sentences with SRX rules (the shipped defaults unless `rules` is given).
 * Empty text gives []; a whitespace-only text gives one segment with an empty source and the whole
 * text as separator.
 */
export function segmentParagraph(text: string, lang: 'zh' | 'en', rules?: SegmentationRules): SegmentPiece[] {
  if (text.length === 0) return [];
  const compiled = compileLanguage(rules ?? defaultRules(), lang);
  return piecesAt(text, breakPositions(text, compiled));
}
