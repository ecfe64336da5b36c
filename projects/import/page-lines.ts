/**
 * First stage of the page rebuilder: source lines → blank-line chunks → pieces.
 * A piece is a run of consecutive lines of one chunk that belong to the same block
 * (a chunk may hold several: a headline and a glued byline, a caption and its credit…).
 * Also estimates the local column width around every line. Linear in the number of lines.
 */
import { displayWidth, endsSentence } from './text-width';
import { gluedBylineOffset, isBylineLine, isCreditLine, startsWithDateline } from './page-markers';

export interface PageLine {
  /** 1-based source line number. */
  no: number;
  /** Trimmed text (a glued byline split gives two PageLines with the same `no`). */
  text: string;
  width: number;
  /** The source line started with whitespace (a new text frame in OCR output). */
  indented: boolean;
  /** Index of the blank-line-delimited chunk. */
  chunk: number;
}

export type PieceMarker = 'byline' | 'credit' | 'dateline' | null;

export interface Piece {
  lines: PageLine[];
  chunk: number;
  startsChunk: boolean;
  endsChunk: boolean;
  marker: PieceMarker;
  /** A single line much wider than the surrounding column (caption, deck, lead-in). */
  over: boolean;
}

/** Split text into non-blank lines, tagging each with its chunk index. */
export function readLines(text: string): PageLine[] {
  const out: PageLine[] = [];
  let chunk = 0;
  let inBlank = true;
  let no = 0;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    no++;
    let raw = text.slice(start, end);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const t = raw.trim();
    if (t === '') {
      if (!inBlank) chunk++;
      inBlank = true;
    } else {
      inBlank = false;
      out.push({ no, text: t, width: displayWidth(t), indented: /^[ \t\u3000]/.test(raw), chunk });
    }
    start = end + 1;
  }
  // When (nearly) every line is indented, indentation carries no information.
  let indented = 0;
  for (const l of out) if (l.indented) indented++;
  if (indented > out.length * 0.6) for (const l of out) l.indented = false;
  return out;
}

const WINDOW = 12;
const MIN_SAMPLES = 3;

/** Local column width: median width of nearby wrapped body lines, before or after a position. */
export class ColumnWidths {
  private readonly before: number[];
  private readonly after: number[];

  constructor(lines: PageLine[], fallback = 14) {
    const n = lines.length;
    // Inner lines (not first, not last) of chunks of 3+ lines are wrapped column lines.
    const interior: boolean[] = new Array<boolean>(n).fill(false);
    let i = 0;
    while (i < n) {
      let j = i;
      while (j + 1 < n && lines[j + 1]!.chunk === lines[i]!.chunk) j++;
      for (let k = i + 1; k < j; k++) interior[k] = true;
      i = j + 1;
    }
    this.before = sliding(lines, interior, false);
    this.after = sliding(lines, interior, true);
    for (let k = 0; k < n; k++) {
      if (Number.isNaN(this.before[k])) this.before[k] = Number.isNaN(this.after[k]) ? fallback : this.after[k]!;
      if (Number.isNaN(this.after[k])) this.after[k] = this.before[k]!;
    }
  }

  /** Column width of the text up to line index `i` (index into the PageLine array). */
  at(i: number): number {
    return this.before[i] ?? 14;
  }

  /** Column width of the text from line index `i` on. */
  from(i: number): number {
    return this.after[i] ?? 14;
  }
}

function sliding(lines: PageLine[], interior: boolean[], forward: boolean): number[] {
  const n = lines.length;
  const out = new Array<number>(n).fill(Number.NaN);
  const win: number[] = [];
  let current = Number.NaN;
  for (let s = 0; s < n; s++) {
    const k = forward ? n - 1 - s : s;
    if (interior[k]) {
      win.push(lines[k]!.width);
      if (win.length > WINDOW) win.shift();
      // Only recomputed when the window moves: O(WINDOW log WINDOW) per line. Fewer than
      // MIN_SAMPLES lines ahead (end of page) is no estimate: the caller falls back.
      current = win.length >= MIN_SAMPLES || !forward ? median(win) : Number.NaN;
    }
    out[k] = current;
  }
  return out;
}

function median(xs: number[]): number {
  const s = Float64Array.from(xs).sort(); // typed-array sort is numeric and allocation-light
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Width ratio above which a single line is not column text. */
export const OVER_RATIO = 1.4;
/** A chunk line this much narrower than the next (after the indent allowance) ends its piece. */
const SHORT_RATIO = 0.8;
const INDENT = 2;

/** Split chunks into pieces: see the module comment. */
export function buildPieces(lines: PageLine[], cols: ColumnWidths): Piece[] {
  // Split glued bylines into two pseudo-lines first.
  const ls: PageLine[] = [];
  const bylineStart = new Set<PageLine>();
  for (const l of lines) {
    const off = gluedBylineOffset(l.text);
    if (off < 0) {
      ls.push(l);
      continue;
    }
    const head = l.text.slice(0, off).trim();
    const tail = l.text.slice(off).trim();
    ls.push({ ...l, text: head, width: displayWidth(head) });
    const b: PageLine = { ...l, text: tail, width: displayWidth(tail), indented: false };
    bylineStart.add(b);
    ls.push(b);
  }
  const colIdx = new Map<PageLine, number>();
  let li = 0;
  for (const l of ls) {
    while (li + 1 < lines.length && lines[li + 1]!.no <= l.no) li++;
    colIdx.set(l, li);
  }
  // A chunk of 3+ lines is its own best column estimate (median of its inner lines);
  // shorter chunks use the neighbourhood.
  const chunkCol = new Map<number, number>();
  for (let a = 0; a < lines.length; ) {
    let b = a;
    while (b + 1 < lines.length && lines[b + 1]!.chunk === lines[a]!.chunk) b++;
    if (b - a >= 2) chunkCol.set(lines[a]!.chunk, median(lines.slice(a + 1, b).map((l) => l.width)));
    a = b + 1;
  }
  // Widest line of every chunk, to spot a lone line far wider than both neighbouring chunks
  // (a lead-in or caption between narrow sidebar items, where no column estimate exists yet).
  const chunkMax: number[] = [];
  const chunkSize: number[] = [];
  for (const l of lines) {
    chunkMax[l.chunk] = Math.max(chunkMax[l.chunk] ?? 0, l.width);
    chunkSize[l.chunk] = (chunkSize[l.chunk] ?? 0) + 1;
  }
  const isOver = (l: PageLine): boolean => {
    if (l.width > OVER_RATIO * (chunkCol.get(l.chunk) ?? cols.at(colIdx.get(l) ?? 0))) return true;
    if (chunkSize[l.chunk] !== 1) return false;
    const around = Math.max(chunkMax[l.chunk - 1] ?? 0, chunkMax[l.chunk + 1] ?? 0);
    return around > 0 && l.width > OVER_RATIO * around;
  };

  const pieces: Piece[] = [];
  let cur: Piece | null = null;
  let prev: PageLine | null = null;
  for (const l of ls) {
    const newChunk = prev === null || prev.chunk !== l.chunk;
    let marker: PieceMarker = null;
    if (bylineStart.has(l) || isBylineLine(l.text)) marker = 'byline';
    else if (isCreditLine(l.text)) marker = 'credit';
    else if (startsWithDateline(l.text)) marker = 'dateline';
    let split = newChunk || marker !== null || l.indented;
    if (!split && prev && cur) {
      const prevFirst = cur.lines.length === 1;
      if (cur.marker === 'byline' || cur.marker === 'credit') split = true;
      else if (isOver(l) || isOver(prev)) split = true;
      else if (!endsSentence(prev.text) && prev.width + (prevFirst ? INDENT : 0) < SHORT_RATIO * l.width) split = true;
    }
    if (split || !cur) {
      if (cur) {
        cur.endsChunk = newChunk;
        pieces.push(cur);
      }
      cur = { lines: [l], chunk: l.chunk, startsChunk: newChunk, endsChunk: false, marker, over: false };
    } else {
      cur.lines.push(l);
    }
    prev = l;
  }
  if (cur) {
    cur.endsChunk = true;
    pieces.push(cur);
  }
  for (const p of pieces) p.over = p.lines.length === 1 && isOver(p.lines[0]!);
  return pieces;
}

/** Index in the original line array of a piece's line, for column lookups. */
export function lineIndexer(lines: PageLine[]): (no: number) => number {
  const byNo = new Map<number, number>();
  lines.forEach((l, i) => {
    if (!byNo.has(l.no)) byNo.set(l.no, i);
  });
  return (no) => byNo.get(no) ?? 0;
}
