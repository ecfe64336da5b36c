import type { Concept } from '../model';
import { buildAutomaton } from './aho-corasick';
import { compileZhEntries } from './compile-terms';
import { zhNormTable } from './normalize-zh';
import type { TermMatch, TermMatcher } from './types';

/**
 * Compiles the zh terms (preferred, admitted and forbidden) of `concepts` into an Aho-Corasick
 * automaton over normalised text. Build once per glossary version; `match` is then linear in the
 * length of the source.
 */
export function buildMatcher(concepts: readonly Concept[]): TermMatcher {
  const entries = compileZhEntries(concepts);
  const automaton = buildAutomaton(entries.map((e) => e.norm));
  const norm = zhNormTable();
  return {
    size: entries.length,
    maxLength: automaton.maxLength,
    match(source: string): TermMatch[] {
      return automaton.scanLeftmostLongest(source, norm).map((h) => {
        const e = entries[h.pattern]!;
        return {
          start: h.start,
          end: h.end,
          conceptId: e.conceptId,
          zh: e.zh,
          matched: source.slice(h.start, h.end),
          status: e.status,
        };
      });
    },
  };
}
