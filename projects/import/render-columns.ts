/**
 * Test-page generator: renders clean articles the way a hard-wrapped OCR newspaper page prints
 * them (narrow columns, blank lines between paragraphs, column breaks in mid-sentence,
 * headlines after the bodies, OCR spaces around digits/Latin, the next article's byline glued
 * onto a subtitle line, a pull-quote sidebar at the top). Returns the page text and its gold
 * structure, so the rebuilder can be scored on pages it was not tuned on. Deterministic per seed.
 */
import type { StructureJson } from '../model';
import { displayWidth, endsSentence } from './text-width';

export interface CleanArticle {
  title: string;
  /** Other headline lines (kicker, deck), in reading order. */
  subtitles?: string[];
  /** Print the subtitles above the title (a kicker) instead of below it. */
  subtitleFirst?: boolean;
  /** Print the headline lines with a blank line between them. */
  spacedHeadlines?: boolean;
  /** Opening byline (`□本报记者 …`): glued onto the previous article's last subtitle when there is one. */
  byline?: string;
  /** Body in reading order; consecutive headings print as one headline group (kicker + heading). */
  body: { type: 'paragraph' | 'heading'; text: string }[];
  /** A short name printed after the body (`张婷`). */
  closingByline?: string;
  /** Photo caption (printed as one wide line after the headline) and its credit. */
  caption?: string;
  credit?: string;
}

export interface CleanPage {
  sidebar?: { leadIn?: string; items: string[] };
  articles: CleanArticle[];
}

export interface RenderOptions {
  seed?: number;
  /** Column width range in CJK characters (one width per article). */
  width?: [number, number];
  /** Lines per column before a column break. */
  columnLines?: [number, number];
  /** Probability of an OCR space at each digit/Latin–CJK boundary. */
  ocrSpaces?: number;
  /** Probability that a body line is one character shorter or longer than the column (default 0). */
  jitter?: number;
}

export interface RenderedPage {
  text: string;
  gold: StructureJson;
}

/** mulberry32: a tiny deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NO_LINE_START = new Set(['，', '。', '、', '；', '：', '”', '）', '！', '？', '》', '…', '’']);

/** Hard-wrap text at `width` display columns (the first line `first` columns), never starting a line with closing punctuation. */
export function wrap(text: string, width: number, first = width, jitter: () => number = () => 0): string[] {
  const out: string[] = [];
  let line = '';
  let w = 0;
  let shift = jitter();
  // Tokens: a run of ASCII letters/digits (never split, as OCR keeps numbers whole) or one character.
  for (const c of text.match(/[0-9A-Za-z.%+]+|[\s\S]/gu) ?? []) {
    const cw = displayWidth(c);
    const limit = (out.length === 0 ? first : width) + shift;
    if (w + cw > limit && line !== '' && !NO_LINE_START.has(c)) {
      out.push(line);
      line = '';
      w = 0;
      shift = jitter();
    }
    line += c;
    w += cw;
  }
  if (line !== '') out.push(line);
  return out;
}

export function renderColumns(page: CleanPage, opts: RenderOptions = {}): RenderedPage {
  const rand = rng(opts.seed ?? 1);
  const [wMin, wMax] = opts.width ?? [12, 14];
  const [cMin, cMax] = opts.columnLines ?? [18, 30];
  const pSpace = opts.ocrSpaces ?? 0.5;
  const pJitter = opts.jitter ?? 0;
  /** OCR/typesetting jitter: a body line one character shorter or longer than the column. */
  const jitter = (): number => (pJitter > 0 && rand() < pJitter ? (rand() < 0.5 ? -1 : 1) : 0);
  const pick = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const ocr = (s: string): string =>
    s
      .replace(/([0-9A-Za-z])(?=[^\x00-\x7f])/g, (m) => (rand() < pSpace ? `${m} ` : m))
      .replace(/([^\x00-\x7f])(?=[0-9A-Za-z])/g, (m) => (rand() < pSpace ? `${m} ` : m));

  const out: string[] = [];
  const gold: StructureJson = { articles: [] };
  let colLeft = pick(cMin, cMax);
  /** Body line with column-break bookkeeping: a break never follows a sentence end. */
  const bodyLine = (line: string): void => {
    out.push(ocr(line));
    colLeft--;
    if (colLeft <= 0 && !endsSentence(line)) {
      out.push('');
      colLeft = pick(cMin, cMax);
    }
  };
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };

  if (page.sidebar) {
    const { leadIn, items } = page.sidebar;
    const narrow = pick(5, 7);
    items.forEach((item, k) => {
      if (leadIn && k === items.length - 1) {
        out.push(leadIn, '');
      }
      out.push(...wrap(item, narrow).map((l, n) => (k === 0 && n === 0 ? ` ${l}` : l)));
      if (k < items.length - 1) out.push('');
    });
  }

  page.articles.forEach((art, ai) => {
    const width = pick(wMin, wMax);
    const blocks: StructureJson['articles'][number]['blocks'] = [];
    if (ai === 0 && page.sidebar) {
      if (page.sidebar.leadIn) blocks.push({ type: 'pullquote', text: page.sidebar.leadIn });
      for (const it of page.sidebar.items) blocks.push({ type: 'pullquote', text: it });
    }
    const glued = ai > 0 && hasGlueTarget(page.articles[ai - 1]!);
    if (art.byline) {
      blocks.push({ type: 'byline', text: art.byline });
      if (!glued) {
        blank();
        out.push(art.byline, '');
      }
    }
    let first = ai === 0 && !!page.sidebar;
    art.body.forEach((b, k) => {
      const prevHeading = k > 0 && art.body[k - 1]!.type === 'heading';
      if (!(b.type === 'heading' && prevHeading)) blank();
      const lines = b.type === 'heading' ? wrap(b.text, width - 3) : wrap(b.text, width, width - 2, jitter);
      lines.forEach((l, n) => bodyLine(first && n === 0 ? ` ${l}` : l));
      first = false;
      blocks.push({ type: b.type, text: b.text });
    });
    blank();
    let creditDone = false;
    if (art.closingByline) {
      out.push(art.closingByline);
      blocks.push({ type: 'byline', text: art.closingByline });
      if (art.credit) {
        out.push(art.credit);
        blocks.push({ type: 'credit', text: art.credit });
        creditDone = true;
      }
      out.push('');
    }
    const heads = art.subtitleFirst ? [...(art.subtitles ?? []), art.title] : [art.title, ...(art.subtitles ?? [])];
    const next = page.articles[ai + 1];
    heads.forEach((h, k) => {
      const last = k === heads.length - 1;
      const glue = last && next?.byline && hasGlueTarget(art) ? ` ${next.byline}` : '';
      out.push(h + glue);
      if (art.spacedHeadlines && !last) out.push('');
    });
    out.push('');
    if (art.caption) {
      out.push(art.caption);
      blocks.push({ type: 'caption', text: art.caption });
    }
    if (art.credit && !creditDone) {
      out.push(art.credit);
      blocks.push({ type: 'credit', text: art.credit });
    }
    out.push('');
    gold.articles.push({ title: art.title, subtitles: art.subtitles ?? [], blocks });
    colLeft = pick(cMin, cMax);
  });
  return { text: `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`, gold };
}

/** The next article's byline is glued onto this article's last headline line when that line is a subtitle. */
function hasGlueTarget(a: CleanArticle): boolean {
  return (a.subtitles?.length ?? 0) > 0 && !a.subtitleFirst;
}
