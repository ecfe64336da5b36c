/**
 * English plain text: blank lines separate blocks, wrapped lines are joined with one space,
 * and end-of-line hyphenation is undone.
 *
 * Hyphenation rule (documented): a line ending in `letter-` followed by a line starting with a
 * lowercase letter is a word split by the typesetter — the hyphen is removed and the halves
 * are joined (`transla-` + `tion` → `translation`). The hyphen is KEPT (no space added) when
 * the next line starts with an uppercase letter or a digit (`Sino-` + `American`, `COVID-` +
 * `19`), or when the part before the hyphen is itself hyphenated or a common compound prefix
 * (`self-`, `well-`, `non-`, `co-`, `ex-`, `long-`, `high-`, `low-`, `cross-`, `state-of-the-` …),
 * since those hyphens belong to the word.
 */
import type { ImportedArticle, ImportedBlock } from '../model';

const COMPOUND_PREFIXES = new Set([
  'self', 'well', 'non', 'co', 'ex', 'long', 'short', 'high', 'low', 'cross', 'all', 'half',
  'quasi', 'semi', 'multi', 'anti', 'pro', 'post', 'pre', 'mid', 'full', 'part', 'large', 'small',
  'world', 'first', 'second', 'third', 'one', 'two', 'three', 'so', 'year', 'day', 'time', 'state',
]);

/** Join wrapped English lines into one string (see the module comment for hyphens). */
export function joinEnglishLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
      continue;
    }
    const m = /([A-Za-z]+(?:-[A-Za-z]+)*)-$/.exec(out);
    if (m && /^[a-z]/.test(line)) {
      const word = m[1]!;
      const keep = word.includes('-') || COMPOUND_PREFIXES.has(word.toLowerCase());
      out = keep ? out + line : out.slice(0, -1) + line;
    } else if (m && /^[A-Z0-9]/.test(line)) {
      out += line;
    } else {
      out += ` ${line}`;
    }
  }
  return out.replace(/[ \t]+/g, ' ');
}

const FINAL = /[.!?:;…"'”’)\]]$/;

/**
 * Blocks of an English text: a first short unpunctuated block is the title; later short
 * single-line blocks without final punctuation are headings; the rest are paragraphs.
 */
export function englishArticles(text: string): ImportedArticle[] {
  const blocks: ImportedBlock[] = [];
  let acc: string[] = [];
  let start = 0;
  const flush = (end: number): void => {
    if (acc.length === 0) return;
    const joined = joinEnglishLines(acc);
    const headingLike = acc.length === 1 && joined.length <= 100 && !FINAL.test(joined);
    const type: ImportedBlock['type'] = headingLike ? (blocks.length === 0 ? 'title' : 'heading') : 'paragraph';
    blocks.push({ type, text: joined, lines: [start, end] });
    acc = [];
  };
  const lines = text.split(/\r?\n/);
  lines.forEach((l, i) => {
    if (l.trim() === '') flush(i);
    else {
      if (acc.length === 0) start = i + 1;
      acc.push(l);
    }
  });
  flush(lines.length);
  return blocks.length ? [{ blocks }] : [];
}
