import type { Concept } from '../model';
import { compileZhEntries } from './compile-terms';
import { normalizeZh } from './normalize-zh';
import type { TermMatch } from './types';

/**
 * Baseline for benchmarks and cross-checks: `indexOf` of every term over the normalised source,
 * then the same leftmost-longest, non-overlapping selection as `buildMatcher(...).match`.
 * O(terms × source length): do not use it in the product.
 */
export function naiveMatch(concepts: readonly Concept[], source: string): TermMatch[] {
  const entries = compileZhEntries(concepts);
  const text = normalizeZh(source);
  // Longest form starting at each position.
  const best = new Map<number, number>(); // start -> entry index
  entries.forEach((e, idx) => {
    for (let at = text.indexOf(e.norm); at !== -1; at = text.indexOf(e.norm, at + 1)) {
      const prev = best.get(at);
      if (prev === undefined || entries[prev]!.norm.length < e.norm.length) best.set(at, idx);
    }
  });
  const starts = [...best.keys()].sort((a, b) => a - b);
  const out: TermMatch[] = [];
  let cursor = 0;
  for (const s of starts) {
    if (s < cursor) continue;
    const e = entries[best.get(s)!]!;
    const end = s + e.norm.length;
    out.push({ start: s, end, conceptId: e.conceptId, zh: e.zh, matched: source.slice(s, end), status: e.status });
    cursor = end;
  }
  return out;
}
