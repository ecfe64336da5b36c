/** Turns concepts into the deduplicated list of normalised zh forms shared by both matchers. */
import type { Concept, TermStatus } from '../model';
import { normalizeZh } from './normalize-zh';

export interface ZhEntry {
  /** Normalised zh form (what the automaton stores). */
  norm: string;
  conceptId: number;
  /** The concept's preferred zh term. */
  zh: string;
  /** Status of the zh term that produced this form. */
  status: TermStatus;
}

const RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, forbidden: 2 };

/** The concept's preferred zh text (first preferred zh term, else first zh term, else ''). */
export function preferredZh(concept: Concept): string {
  const zh = concept.terms.filter((t) => t.lang === 'zh');
  return (zh.find((t) => t.status === 'preferred') ?? zh[0])?.text ?? '';
}

/**
 * One entry per distinct normalised form. When several terms normalise to the same form the
 * winner is: preferred < admitted < forbidden, then the smaller concept id, then input order.
 */
export function compileZhEntries(concepts: readonly Concept[]): ZhEntry[] {
  const byForm = new Map<string, ZhEntry>();
  for (const concept of concepts) {
    const zh = preferredZh(concept);
    for (const term of concept.terms) {
      if (term.lang !== 'zh') continue;
      const norm = normalizeZh(term.text.trim());
      if (norm.length === 0) continue;
      const entry: ZhEntry = { norm, conceptId: concept.id, zh, status: term.status };
      const prev = byForm.get(norm);
      if (
        !prev ||
        RANK[entry.status] < RANK[prev.status] ||
        (RANK[entry.status] === RANK[prev.status] && entry.conceptId < prev.conceptId)
      ) {
        byForm.set(norm, entry);
      }
    }
  }
  return [...byForm.values()];
}
