/**
 * The newspaper-page rebuilder: hard-wrapped OCR text of a Chinese newspaper page → articles
 * of typed blocks in reading order. Stages: lines/chunks/pieces (page-lines), units with a
 * structural kind (page-units), then runs of non-paragraph units between bodies are read as
 * a top sidebar, a body sub-heading, or an article boundary (headline after the body,
 * captions, credits, the next article's byline). Linear in the input size.
 */
import type { ImportedArticle, ImportedBlock } from '../model';
import { ColumnWidths, buildPieces, lineIndexer, readLines } from './page-lines';
import { buildUnits, lineRange, maxWidth, sameChunk, type Unit } from './page-units';
import { isShortNameLine } from './page-markers';
import { displayWidth, endsOpen, endsSentence, joinCjkLines } from './text-width';

/**
 * Sub-headings are set in a larger type inside the column, so their lines stay at least this
 * many characters narrower than the body column; a wider headline line belongs to an article head.
 */
const HEADING_MARGIN = 2.5;
/** Bodies whose column widths differ by this factor belong to different articles. */
const COLUMN_CHANGE = 1.07;

/** Opening of a photo caption: a date (`4月13日，`) or `图为`/`图：`/`上图`. */
const CAPTION_START = /^(?:\d{1,2}月\d{1,2}日[，,\s]|图为|图[：:]|上图|下图|左图|右图)/u;

/** A heading line narrower than this share of the next line is a kicker. */
const KICKER_RATIO = 0.8;

interface Draft {
  headlines: Unit[];
  blocks: ImportedBlock[];
}

export function rebuildPage(text: string): ImportedArticle[] {
  const lines = readLines(text);
  if (lines.length === 0) return [];
  const cols = new ColumnWidths(lines);
  const idx = lineIndexer(lines);
  const units = buildUnits(buildPieces(lines, cols), cols, idx);

  const firstPara = units.findIndex((u) => u.kind === 'para');
  if (firstPara < 0) return [{ blocks: units.map((u) => block('paragraph', u)) }];

  const articles: ImportedArticle[] = [];
  let cur: Draft = { headlines: [], blocks: [] };
  const close = (): void => {
    if (cur.headlines.length > 0 || cur.blocks.length > 0) articles.push(finish(cur));
    cur = { headlines: [], blocks: [] };
  };

  let i = 0;
  while (i < units.length) {
    const u = units[i]!;
    if (u.kind === 'para') {
      cur.blocks.push(block('paragraph', u));
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < units.length && units[j + 1]!.kind !== 'para') j++;
    const run = units.slice(i, j + 1);
    const before = units[i - 1];
    const after = units[j + 1];
    if (!before) sidebar(run, cur.blocks);
    else if (!after || isBoundary(run, before, after, cols, idx)) {
      // Bylines after a headline open the next article; captions and credits stay with the headline's article.
      const split = leadingBylineIndex(run);
      const opening = split < 0 ? [] : run.slice(split).filter((u) => u.kind === 'byline');
      closingMatter(run.filter((u) => !opening.includes(u)), cur);
      close();
      for (const n of opening) cur.blocks.push(block('byline', n));
    } else {
      for (const h of joinHeadings(run)) cur.blocks.push(h);
    }
    i = j + 1;
  }
  close();
  return articles;
}

function block(type: ImportedBlock['type'], u: Unit, text = u.text): ImportedBlock {
  return { type, text, lines: lineRange(u) };
}

function otherType(u: Unit, fallback: ImportedBlock['type']): ImportedBlock['type'] {
  if (u.kind === 'byline') return 'byline';
  if (u.kind === 'credit') return 'credit';
  if (u.kind === 'caption') return 'caption';
  if (u.kind === 'para') return 'paragraph';
  return fallback;
}

/** Items before the first body: pull-quotes; a wide open-ended line is their lead-in and goes first. */
function sidebar(run: Unit[], out: ImportedBlock[]): void {
  const quotes = run.filter((u) => u.kind === 'head' || u.kind === 'over');
  const leadIn = quotes.length >= 3 ? quotes.find((u) => u.kind === 'over' && !endsSentence(u.text)) : undefined;
  if (leadIn) out.push(block('pullquote', leadIn));
  for (const u of run) if (u !== leadIn) out.push(block(otherType(u, 'pullquote'), u));
}

/** Does a run of non-paragraph units between two bodies end an article (vs. a sub-heading)? */
function isBoundary(run: Unit[], before: Unit, after: Unit, cols: ColumnWidths, idx: (no: number) => number): boolean {
  if (run.some((u) => u.kind !== 'head')) return true;
  if (after.marker === 'dateline') return true;
  const winBefore = cols.at(idx(before.lines[before.lines.length - 1]!.no));
  const winAfter = cols.from(idx(after.lines[0]!.no));
  const colBefore = unitColumn(before) ?? winBefore;
  const colAfter = unitColumn(after) ?? winAfter;
  if (run.some((u) => maxWidth(u) > colBefore - HEADING_MARGIN)) return true;
  // The column changes: both the paragraphs' own widths and the wider windows must agree (OCR widths jitter).
  const change = (a: number, b: number): boolean => Math.max(a, b) / Math.min(a, b) >= COLUMN_CHANGE;
  return change(colBefore, colAfter) && change(winBefore, winAfter);
}

/** Column width of a body paragraph from its own inner lines (first and last excluded), when it has 2+. */
function unitColumn(u: Unit): number | undefined {
  const inner = u.lines.slice(1, -1).map((l) => l.width).sort((a, b) => a - b);
  if (inner.length < 2) return undefined;
  const m = inner.length >> 1;
  return inner.length % 2 ? inner[m]! : (inner[m - 1]! + inner[m]!) / 2;
}

/** Index of a byline that follows a headline in the run: it opens the next article. */
function leadingBylineIndex(run: Unit[]): number {
  let seenHead = false;
  for (let k = 0; k < run.length; k++) {
    const u = run[k]!;
    if (u.kind === 'head' || u.kind === 'over') seenHead = true;
    else if (u.kind === 'byline' && seenHead) return k;
  }
  return -1;
}

/** Headlines, captions, credits and bylines that close an article. */
function closingMatter(run: Unit[], cur: Draft): void {
  let lastHead = -1;
  run.forEach((u, k) => {
    if (u.kind === 'head') lastHead = k;
  });
  run.forEach((u, k) => {
    // A bare short name right after the body, before the headline, signs the article.
    if (u.kind === 'head' && k === 0 && run.length > 1 && isShortNameLine(u.text)) {
      cur.blocks.push(block('byline', u));
      return;
    }
    // A photo caption conventionally opens with the date or 图为/图：; a headline never does.
    if (u.kind === 'head' && k > 0 && CAPTION_START.test(u.text)) {
      cur.blocks.push(block('caption', u));
      return;
    }
    // Headlines span columns and are never wrapped: every line of a headline unit is one headline.
    if (u.kind === 'head') for (const l of u.lines) cur.headlines.push({ ...u, lines: [l], text: joinCjkLines([l.text]) });
    else if (u.kind === 'over') {
      const glued = (run[k - 1]?.kind === 'head' && sameChunk(run[k - 1]!, u)) || (run[k + 1]?.kind === 'head' && sameChunk(u, run[k + 1]!));
      if (glued || k < lastHead) cur.headlines.push(u);
      else cur.blocks.push(block('caption', u));
    } else cur.blocks.push(block(otherType(u, 'caption'), u));
  });
}

/** Sub-headings inside a body; a heading wrapped over a column break is joined back. */
function joinHeadings(run: Unit[]): ImportedBlock[] {
  const out: ImportedBlock[] = [];
  let acc: Unit[] = [];
  const flush = (): void => {
    if (acc.length === 0) return;
    const first = acc[0]!;
    const last = acc[acc.length - 1]!;
    const lines = acc.flatMap((u) => u.lines.map((l) => l.text));
    out.push({ type: 'heading', text: joinCjkLines(lines), lines: [lineRange(first)[0], lineRange(last)[1]] });
    acc = [];
  };
  for (const u of run.flatMap(splitKicker)) {
    const prev = acc[acc.length - 1];
    const cont =
      prev !== undefined &&
      !sameChunk(prev, u) &&
      !endsSentence(prev.text) &&
      displayWidth(prev.lines[prev.lines.length - 1]!.text) >= displayWidth(u.lines[0]!.text);
    if (!cont) flush();
    acc.push(u);
  }
  flush();
  return out;
}

/**
 * A kicker printed above a sub-heading in the same chunk (`服务再升级` / `AI辅助分诊，基层…`):
 * a heading line clearly shorter than the next one ends its heading (no indent allowance here,
 * headings are not indented).
 */
function splitKicker(u: Unit): Unit[] {
  if (u.kind !== 'head' || u.lines.length < 2) return [u];
  const out: Unit[] = [];
  let start = 0;
  for (let k = 0; k + 1 < u.lines.length; k++) {
    const a = u.lines[k]!;
    if (!endsOpen(a.text) && a.width < KICKER_RATIO * u.lines[k + 1]!.width) {
      out.push(sub(u, start, k + 1));
      start = k + 1;
    }
  }
  out.push(sub(u, start, u.lines.length));
  return out;
}

function sub(u: Unit, from: number, to: number): Unit {
  const lines = u.lines.slice(from, to);
  return { ...u, lines, text: joinCjkLines(lines.map((l) => l.text)) };
}

/** Title = the shortest headline (the main head is set in the largest type); the rest are subtitles. */
function finish(d: Draft): ImportedArticle {
  const heads = d.headlines;
  let title: Unit | undefined;
  for (const h of heads) if (!title || maxWidth(h) < maxWidth(title)) title = h;
  const blocks: ImportedBlock[] = [];
  if (title) blocks.push(block('title', title));
  for (const h of heads) if (h !== title) blocks.push(block('subtitle', h));
  return { blocks: [...blocks, ...d.blocks] };
}

