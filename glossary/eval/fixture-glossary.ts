/**
 * Test/eval helper: loads the shared fixture glossary (glossary-chengyu.csv) into Concepts and the
 * reference translation pairs. Not part of the public surface (the real loaders live in
 * glossary/formats/).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Concept, Term, TermLang, TermStatus } from '../model';

export const SHARED_FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

const term = (lang: TermLang, text: string, status: TermStatus, caseSensitive = false): Term => ({
  lang,
  text,
  status,
  caseSensitive,
  note: '',
});

/** Builds a Concept with audit fields filled with fixed values. */
export function makeConcept(
  id: number,
  zh: string | string[],
  en: { preferred?: string[]; admitted?: string[]; forbidden?: string[]; caseSensitive?: boolean },
  extra: { note?: string; domain?: string; zhAdmitted?: string[]; zhForbidden?: string[] } = {},
): Concept {
  const zhs = Array.isArray(zh) ? zh : [zh];
  const cs = en.caseSensitive ?? false;
  return {
    id,
    domain: extra.domain ?? '',
    definition: '',
    note: extra.note ?? '',
    terms: [
      ...zhs.map((t, i) => term('zh', t, i === 0 ? 'preferred' : 'admitted')),
      ...(extra.zhAdmitted ?? []).map((t) => term('zh', t, 'admitted')),
      ...(extra.zhForbidden ?? []).map((t) => term('zh', t, 'forbidden')),
      ...(en.preferred ?? []).map((t) => term('en', t, 'preferred', cs)),
      ...(en.admitted ?? []).map((t) => term('en', t, 'admitted', cs)),
      ...(en.forbidden ?? []).map((t) => term('en', t, 'forbidden', cs)),
    ],
    createdBy: 'fixture',
    createdAt: '2026-01-01T00:00:00.000Z',
    modifiedBy: 'fixture',
    modifiedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** Parses the fixture CSV format (zh,en,admitted_en,forbidden_en,note,domain); ids start at `firstId`. */
export function conceptsFromCsv(csv: string, firstId = 1): Concept[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows.map((r, i) =>
    makeConcept(
      firstId + i,
      r.zh ?? '',
      {
        preferred: r.en ? [r.en] : [],
        admitted: r.admitted_en ? [r.admitted_en] : [],
        forbidden: r.forbidden_en ? [r.forbidden_en] : [],
      },
      { note: r.note ?? '', domain: r.domain ?? '' },
    ),
  );
}

export function loadFixtureConcepts(): Concept[] {
  return conceptsFromCsv(readFileSync(SHARED_FIXTURES + 'glossary-chengyu.csv', 'utf8'));
}

export interface ReferencePair {
  id: string;
  zh: string;
  en: string;
  terms: [string, string][];
}

export function loadReferencePairs(): ReferencePair[] {
  return readFileSync(SHARED_FIXTURES + 'reference-bridge.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ReferencePair);
}
