/**
 * `term-missing`, `term-count` and `term-forbidden`, from the source matches and the rendering
 * hits of the target.
 */
import type { Concept, Finding, Range } from '../model';
import { preferredZh } from '../match/compile-terms';
import type { TermMatch } from '../match/types';
import type { RenderingHit } from './english-index';
import type { ConceptIndex } from './types';

export interface TermCheckInput {
  matches: readonly TermMatch[];
  hits: readonly RenderingHit[];
  concepts: ConceptIndex;
  globalForbidden: boolean;
}

const expectedOf = (c: Concept): string[] => [
  ...c.terms.filter((t) => t.lang === 'en' && t.status === 'preferred').map((t) => t.text),
  ...c.terms.filter((t) => t.lang === 'en' && t.status === 'admitted').map((t) => t.text),
];

/** Greedy count of non-overlapping hits (leftmost first, longest at equal start). */
function countDisjoint(hits: readonly RenderingHit[]): number {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  let cursor = -1;
  let n = 0;
  for (const h of sorted) {
    if (h.start < cursor) continue;
    n++;
    cursor = h.end;
  }
  return n;
}

export function checkTerms(input: TermCheckInput): Finding[] {
  const { matches, hits, concepts } = input;
  const out: Finding[] = [];
  const bySource = new Map<number, TermMatch[]>();
  for (const m of matches) {
    const list = bySource.get(m.conceptId);
    if (list) list.push(m);
    else bySource.set(m.conceptId, [m]);
  }
  const allowedHits: RenderingHit[] = [];

  for (const [conceptId, occurrences] of bySource) {
    const concept = concepts.get(conceptId);
    if (!concept) continue;
    const expected = expectedOf(concept);
    if (expected.length === 0) continue; // nothing to verify against
    const found = hits.filter((h) => h.ref.conceptId === conceptId && h.ref.status !== 'forbidden');
    allowedHits.push(...found);
    const term = occurrences[0]!.zh;
    if (found.length === 0) {
      for (const o of occurrences) {
        out.push({
          check: 'term-missing',
          severity: 'error',
          term,
          conceptId,
          sourceRange: [o.start, o.end],
          targetRange: null,
          params: { expected },
        });
      }
      continue;
    }
    const targetCount = countDisjoint(found);
    if (targetCount < occurrences.length) {
      out.push({
        check: 'term-count',
        severity: 'warning',
        term,
        conceptId,
        sourceRange: [occurrences[0]!.start, occurrences[0]!.end],
        targetRange: [found[0]!.start, found[0]!.end],
        params: { expected, sourceCount: occurrences.length, targetCount },
      });
    }
  }

  // Forbidden renderings: drop those inside an accepted rendering of a source concept, prefer
  // source concepts, then longer hits; keep non-overlapping ones.
  const candidates = hits
    .filter((h) => h.ref.status === 'forbidden')
    .filter((h) => input.globalForbidden || bySource.has(h.ref.conceptId))
    .filter((h) => !allowedHits.some((a) => a.start <= h.start && h.end <= a.end))
    .sort(
      (a, b) =>
        Number(bySource.has(b.ref.conceptId)) - Number(bySource.has(a.ref.conceptId)) ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    );
  const taken: Range[] = [];
  for (const h of candidates) {
    if (taken.some(([s, e]) => h.start < e && s < h.end)) continue;
    taken.push([h.start, h.end]);
    const concept = concepts.get(h.ref.conceptId);
    const occurrence = bySource.get(h.ref.conceptId)?.[0];
    out.push({
      check: 'term-forbidden',
      severity: occurrence ? 'error' : 'warning',
      term: occurrence?.zh ?? (concept ? preferredZh(concept) || null : null),
      conceptId: h.ref.conceptId,
      sourceRange: occurrence ? [occurrence.start, occurrence.end] : null,
      targetRange: [h.start, h.end],
      params: { forbidden: h.ref.text, expected: concept ? expectedOf(concept) : [] },
    });
  }
  return out;
}

