/**
 * The term base model shared by the store, the file formats, the matcher and the checks.
 * Pure data: no I/O, no UI strings.
 */

export const TERM_STATUSES = ['preferred', 'admitted', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export type TermLang = 'zh' | 'en';

export interface Term {
  /** Store id; absent for terms not yet saved. */
  id?: number;
  lang: TermLang;
  text: string;
  status: TermStatus;
  /** Match case exactly on the English side (e.g. acronyms); Chinese ignores it. */
  caseSensitive: boolean;
  note: string;
}

/** One concept: the Chinese term(s) and their approved, admitted and forbidden English renderings. */
export interface Concept {
  /** Store id; 0 for concepts not yet saved. */
  id: number;
  domain: string;
  definition: string;
  note: string;
  terms: Term[];
  createdBy: string;
  createdAt: string;
  modifiedBy: string;
  modifiedAt: string;
}

/** A concept as given to the store for creation or update (audit fields are filled by the store). */
export type ConceptInput = Omit<Concept, 'id' | 'createdBy' | 'createdAt' | 'modifiedBy' | 'modifiedAt'> & {
  id?: number;
};

/** Checks of terminology QA; the codes are part of the CLI's JSON contract. */
export const QA_CHECKS = ['term-missing', 'term-forbidden', 'term-count', 'number-mismatch', 'untranslated'] as const;
export type QaCheck = (typeof QA_CHECKS)[number];

export type Severity = 'error' | 'warning';

/** A half-open [start, end) range of UTF-16 code units in the original string. */
export type Range = [number, number];

/** A QA finding: data only. UI and CLI turn `check` + `params` into words. */
export interface Finding {
  check: QaCheck;
  severity: Severity;
  /** The glossary's zh term (preferred zh text of the concept), null for checks without a term. */
  term: string | null;
  conceptId: number | null;
  sourceRange: Range | null;
  targetRange: Range | null;
  /** Values for the message: expected renderings, the forbidden text found, the number, counts… */
  params: Record<string, string | number | string[]>;
}
