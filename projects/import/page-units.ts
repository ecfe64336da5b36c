/**
 * Second stage of the page rebuilder: pieces → units. Pieces of consecutive chunks are joined
 * across a blank line when the blank is a column break (the text before it does not finish a
 * sentence and its last line fills the column), then every unit gets a structural kind.
 */
import type { ColumnWidths, PageLine, Piece, PieceMarker } from './page-lines';
import { endsOpen, endsSentence, hasSentenceMark, joinCjkLines } from './text-width';
import { isShortNameLine } from './page-markers';

export type UnitKind = 'para' | 'head' | 'over' | 'caption' | 'byline' | 'credit';

export interface Unit {
  lines: PageLine[];
  pieces: Piece[];
  marker: PieceMarker;
  kind: UnitKind;
  text: string;
}

/** A full column line is at least this share of the column width. */
const FULL_RATIO = 0.8;
/** A column line is at most this share of the column width. */
const COLUMN_MAX = 1.15;
/** Body text columns are at least this wide; narrower ones are sidebars. */
const MIN_BODY_COLUMN = 8;
/** Width of a paragraph indent, in characters. */
const INDENT = 2;
/** A line this much narrower than the column is an indented paragraph start. */
const INDENT_GAP = 1.5;

export function buildUnits(pieces: Piece[], cols: ColumnWidths, idx: (no: number) => number): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | null = null;
  for (const p of pieces) {
    if (cur && p.startsChunk && canContinue(cur, p, cols, idx)) {
      cur.pieces.push(p);
      cur.lines.push(...p.lines);
      continue;
    }
    if (cur) units.push(cur);
    cur = { lines: [...p.lines], pieces: [p], marker: p.marker, kind: 'para', text: '' };
  }
  if (cur) units.push(cur);
  for (const u of units) u.text = joinCjkLines(u.lines.map((l) => l.text));
  classify(units);
  return units;
}

function canContinue(u: Unit, p: Piece, cols: ColumnWidths, idx: (no: number) => number): boolean {
  const last = u.pieces[u.pieces.length - 1]!;
  if (!last.endsChunk || last.over || p.over) return false;
  if (u.marker === 'byline' || u.marker === 'credit') return false;
  if (p.marker !== null || p.lines[0]!.indented) return false;
  const l = u.lines[u.lines.length - 1]!;
  if (endsSentence(l.text)) return false;
  const col = cols.at(idx(l.no));
  // Column of the continuation: its own inner lines when it has some (the window estimates lag
  // at an article start and look past the article at its end), else the nearer estimate.
  const own = p.lines.length >= 3 ? medianWidth(p.lines.slice(1, -1)) : Math.min(col, cols.from(idx(p.lines[0]!.no)));
  // Narrow sidebar columns hold short items separated by blank lines, never a broken column.
  if (Math.max(col, own) < MIN_BODY_COLUMN) return false;
  if (!endsOpen(l.text) && l.width > COLUMN_MAX * Math.max(col, own)) return false;
  // Full: within 20 % of the column, or (narrow columns) within a 2-character indent of it.
  const ref = Math.min(col, own);
  if (!endsOpen(l.text) && l.width < Math.min(FULL_RATIO * ref, ref - INDENT - 0.5)) return false;
  // A continuation line fills the column; a first line indented by ~2 characters opens a new paragraph.
  const b = p.lines[0]!;
  // (A lone unfinished line that short is such a first line too, or a heading's remainder, which joinHeadings rejoins.)
  if (!endsOpen(l.text) && b.width <= Math.min(col, own) - INDENT_GAP && !endsSentence(b.text)) return false;
  // A lone line without clause punctuation (a title?) is a paragraph's indented first line only if the next line is wider.
  if (u.lines.length === 1 && !/[，、；：。！？…,;:!?]/u.test(l.text) && p.lines.length >= 2 && b.width < l.width + INDENT_GAP) return false;
  return true;
}

function classify(units: Unit[]): void {
  for (const u of units) {
    const single = u.pieces.length === 1 && u.pieces[0]!;
    if (u.marker === 'byline') u.kind = 'byline';
    else if (u.marker === 'credit') u.kind = 'credit';
    else if (u.marker === 'dateline') u.kind = 'para';
    else if (single && single.over) u.kind = endsSentence(u.text) ? 'caption' : 'over';
    else if (endsSentence(u.text) || (u.lines.length >= 3 && hasSentenceMark(u.text))) u.kind = 'para';
    else u.kind = 'head';
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const prev = units[i - 1];
    const next = units[i + 1];
    // A short name printed right above a photo credit in the same chunk is the article's byline.
    // Any other line printed right above a credit is the photo caption.
    if (u.kind === 'head' && next?.kind === 'credit' && sameChunk(u, next)) u.kind = isShortNameLine(u.text) ? 'byline' : 'caption';
    // A wide sentence between two body paragraphs is body text, not a caption.
    if (u.kind === 'caption' && prev?.kind === 'para' && next?.kind === 'para') u.kind = 'para';
  }
}

/** True when `b` starts in the chunk where `a` ends (no blank line between them). */
export function sameChunk(a: Unit, b: Unit): boolean {
  return a.lines[a.lines.length - 1]!.chunk === b.lines[0]!.chunk;
}

/** Width of a unit's widest line. */
export function maxWidth(u: Unit): number {
  let w = 0;
  for (const l of u.lines) w = Math.max(w, l.width);
  return w;
}

/** Lines range of a unit. */
export function lineRange(u: Unit): [number, number] {
  return [u.lines[0]!.no, u.lines[u.lines.length - 1]!.no];
}

function medianWidth(ls: PageLine[]): number {
  const w = ls.map((l) => l.width).sort((x, y) => x - y);
  const m = w.length >> 1;
  return w.length % 2 ? w[m]! : (w[m - 1]! + w[m]!) / 2;
}
