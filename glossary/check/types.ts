import type { Concept, QaCheck } from '../model';
import type { TermMatcher } from '../match/types';
import type { EnglishIndex } from './english-index';

/** Read access to concepts by id (a `Map<number, Concept>` is one). */
export interface ConceptIndex {
  get(id: number): Concept | undefined;
  values(): Iterable<Concept>;
}

/** Everything a check needs, compiled once per glossary version by `prepareGlossary`. */
export interface PreparedGlossary {
  matcher: TermMatcher;
  concepts: ConceptIndex;
  english: EnglishIndex;
}

export interface CheckOptions {
  /** Checks to run (default: all of QA_CHECKS). */
  checks?: readonly QaCheck[];
  /**
   * Also report forbidden renderings of concepts that are NOT in the source (default true).
   * They are reported with severity `warning`; those of source concepts are errors.
   */
  globalForbidden?: boolean;
  /** Warn about digit-written numbers of the target that are not in the source (default true). */
  extraNumbers?: boolean;
}

interface SegmentText {
  source: string;
  target: string;
  options?: CheckOptions;
}

/** Either a prepared glossary, or a matcher and the concepts (English patterns are then compiled once per `concepts` object and cached). */
export type CheckSegmentInput = SegmentText &
  ({ glossary: PreparedGlossary } | { matcher: TermMatcher; concepts: ConceptIndex });
