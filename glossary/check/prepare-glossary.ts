import type { Concept } from '../model';
import { buildMatcher } from '../match/build-matcher';
import type { TermMatcher } from '../match/types';
import { buildEnglishIndex, type EnglishIndex } from './english-index';
import type { CheckSegmentInput, ConceptIndex, PreparedGlossary } from './types';

/**
 * Compiles a glossary version for checking: the zh automaton, the concept index and the English word
 * trie. Pass `matcher` when one was already built from the same concepts, to avoid building it twice.
 */
export function prepareGlossary(concepts: readonly Concept[], reuse: { matcher?: TermMatcher } = {}): PreparedGlossary {
  return {
    matcher: reuse.matcher ?? buildMatcher(concepts),
    concepts: new Map(concepts.map((c) => [c.id, c])),
    english: buildEnglishIndex(concepts),
  };
}

const englishCache = new WeakMap<ConceptIndex, EnglishIndex>();

/** Resolves either input form of `checkSegment` into a prepared glossary. */
export function resolveGlossary(input: CheckSegmentInput): PreparedGlossary {
  if ('glossary' in input) return input.glossary;
  const { matcher, concepts } = input as { matcher: TermMatcher; concepts: ConceptIndex };
  let english = englishCache.get(concepts);
  if (!english) {
    english = buildEnglishIndex(concepts.values());
    englishCache.set(concepts, english);
  }
  return { matcher, concepts, english };
}
