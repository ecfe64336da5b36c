import { TERM_STATUSES, type Concept, type ConceptInput, type Term } from '../model';
import { GlossaryError } from './glossary-error';

/**
 * Validate and tidy a concept before it is stored or compared: trims texts, drops exact duplicate terms
 * (same lang, text and status), keeps term order. Throws `invalid-concept` (details: `reason`, `index`).
 */
export function normalizeConceptInput(input: ConceptInput): ConceptInput {
  if (!input || !Array.isArray(input.terms)) throw new GlossaryError('invalid-concept', { reason: 'no-terms' });
  const seen = new Set<string>();
  const terms: Term[] = [];
  input.terms.forEach((t, index) => {
    if (t.lang !== 'zh' && t.lang !== 'en') throw new GlossaryError('invalid-concept', { reason: 'bad-lang', index });
    if (!TERM_STATUSES.includes(t.status)) throw new GlossaryError('invalid-concept', { reason: 'bad-status', index });
    const text = typeof t.text === 'string' ? t.text.trim() : '';
    if (!text) throw new GlossaryError('invalid-concept', { reason: 'empty-term', index });
    const key = `${t.lang}\u0000${t.status}\u0000${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    const term: Term = { lang: t.lang, text, status: t.status, caseSensitive: Boolean(t.caseSensitive), note: (t.note ?? '').trim() };
    if (t.id !== undefined) term.id = t.id;
    terms.push(term);
  });
  if (!terms.some((t) => t.lang === 'zh')) throw new GlossaryError('invalid-concept', { reason: 'no-zh-term' });
  const out: ConceptInput = {
    domain: (input.domain ?? '').trim(),
    definition: (input.definition ?? '').trim(),
    note: (input.note ?? '').trim(),
    terms,
  };
  if (input.id !== undefined) out.id = input.id;
  return out;
}

/** The preferred zh text of a concept (else its first zh term). */
export function mainZh(c: Pick<ConceptInput, 'terms'>): string {
  const zh = c.terms.filter((t) => t.lang === 'zh');
  return (zh.find((t) => t.status === 'preferred') ?? zh[0])?.text ?? '';
}

/** The preferred English texts of a concept, in order. */
export function preferredEn(c: Pick<ConceptInput, 'terms'>): string[] {
  return c.terms.filter((t) => t.lang === 'en' && t.status === 'preferred').map((t) => t.text);
}

/** zh texts a concept can be found by (every non-forbidden zh term). */
export function zhKeys(c: Pick<ConceptInput, 'terms'>): string[] {
  return c.terms.filter((t) => t.lang === 'zh' && t.status !== 'forbidden').map((t) => t.text);
}

/** Comparable content of a concept: no ids, no audit fields. */
export function contentKey(c: ConceptInput | Concept): string {
  return JSON.stringify([
    c.domain,
    c.definition,
    c.note,
    c.terms.map((t) => [t.lang, t.text, t.status, t.caseSensitive, t.note]),
  ]);
}
