import type { TermStatus } from '../model';

/** One glossary hit in a source string. Offsets are UTF-16 code units of the ORIGINAL string. */
export interface TermMatch {
  start: number;
  end: number;
  conceptId: number;
  /** The concept's preferred zh term. */
  zh: string;
  /** The source text slice [start, end). */
  matched: string;
  /** Status of the zh term that matched: a `forbidden` zh term is matched but flagged here. */
  status: TermStatus;
}

/** A compiled glossary, built once per glossary version; `match` is pure and reentrant. */
export interface TermMatcher {
  /** Leftmost-longest, non-overlapping matches, in source order. */
  match(source: string): TermMatch[];
  /** Number of distinct normalised zh forms. */
  readonly size: number;
  /** Length (code units) of the longest form. */
  readonly maxLength: number;
}
