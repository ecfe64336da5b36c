/**
 * English word tokens for rendering lookup. Words are runs of letters/digits (with inner
 * apostrophes and dots: "Bridge's", "ZBJ.com"); hyphens, dashes, spaces, commas and quotes
 * separate words ("twin-city" = "twin city" = "twin–city"); sentence punctuation . ; : ! ? ( ) [ ]
 * becomes a token of its own so that renderings never match across it.
 */

export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened, possessive ('s or trailing ') removed. */
  norm: string;
  /** `norm` with the simple plural rules applied (s / es / ies). */
  stem: string;
  /** Like `norm` but keeping the original case (for case-sensitive renderings). */
  cased: string;
  /** `stem` keeping the original case. */
  casedStem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*['’]?|[.;:!?()[\]]/gu;

function stripPossessive(w: string): string {
  const s = w.replace(/’/g, "'");
  if (s.length > 2 && s.endsWith("'s")) return s.slice(0, -2);
  if (s.length > 1 && s.endsWith("'")) return s.slice(0, -1);
  return s;
}

/** Simple English plural stripping; applied identically to texts and renderings. */
export function stemWord(w: string): string {
  const l = w.toLowerCase();
  if (l.length <= 3) return w;
  if (l.endsWith('ies') && l.length > 4) return w.slice(0, -3) + (w.endsWith('IES') ? 'Y' : 'y');
  if (l.endsWith('sses')) return w.slice(0, -2);
  if (/(?:x|z|ch|sh)es$/.test(l)) return w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(l)) return w;
  if (l.endsWith('s')) return w.slice(0, -1);
  return w;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const cased = stripPossessive(m[0]);
    const norm = cased.toLowerCase();
    const casedStem = stemWord(cased);
    out.push({ start: m.index, end: m.index + m[0].length, norm, stem: casedStem.toLowerCase(), cased, casedStem });
  }
  return out;
}
