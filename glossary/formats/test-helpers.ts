import { readFileSync } from 'node:fs';
import type { Concept, ConceptInput } from '../model';
import { GlossaryError } from '../store/glossary-error';

export const sharedCsvPath = new URL('../../../shared/fixtures/glossary-chengyu.csv', import.meta.url);
export const fixture = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Content of concepts without ids and audit fields, for comparing across formats. */
export function content(concepts: readonly (Concept | ConceptInput)[]): unknown[] {
  return concepts.map((c) => ({
    domain: c.domain,
    definition: c.definition,
    note: c.note,
    terms: c.terms.map((t) => ({ lang: t.lang, text: t.text, status: t.status, caseSensitive: t.caseSensitive, note: t.note })),
  }));
}

export async function errorOf(p: Promise<unknown> | (() => unknown)): Promise<GlossaryError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof GlossaryError) return e;
    throw e;
  }
  throw new Error('expected a GlossaryError');
}
