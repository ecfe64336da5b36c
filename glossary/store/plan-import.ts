import type { Concept, ConceptInput, Term } from '../model';
import { GlossaryError, isGlossaryError } from './glossary-error';
import { contentKey, mainZh, normalizeConceptInput, preferredEn, zhKeys } from './normalize-concept';
import type { GlossaryStore, ImportMode, ImportReport, ImportRow } from './types';

/** One concept of the glossary as it will be after the import. */
export interface PlanEntry {
  /** Existing concept id; null for a concept the import creates. */
  id: number | null;
  concept: ConceptInput;
  changed: boolean;
}

export interface ImportPlan {
  report: ImportReport;
  entries: PlanEntry[];
  /** rows[i] belongs to entries[rowEntry[i]] (-1: not applied). */
  rowEntry: number[];
}

const fold = (s: string): string => s.trim().toLowerCase();
const termKey = (t: Pick<Term, 'lang' | 'text'>): string => `${t.lang}\u0000${t.text}`;

/**
 * Compare incoming concepts with a glossary and tell, row by row, what an import would do
 * (see `ImportMode`). Pure: reads `store.allConcepts()` when given a store, writes nothing.
 * Throws `invalid-concept` with the row `index` for an incoming concept that cannot be stored.
 */
export function planImport(existing: GlossaryStore | readonly Concept[], incoming: readonly ConceptInput[], mode: ImportMode = 'merge'): ImportReport {
  return buildImportPlan(Array.isArray(existing) ? existing : (existing as GlossaryStore).allConcepts(), incoming, mode).report;
}

export function buildImportPlan(existing: readonly Concept[], incoming: readonly ConceptInput[], mode: ImportMode): ImportPlan {
  const entries: PlanEntry[] = [];
  const byZh = new Map<string, number[]>();
  const index = (entryIndex: number): void => {
    for (const zh of zhKeys(entries[entryIndex]!.concept)) {
      const list = byZh.get(zh) ?? [];
      if (!list.includes(entryIndex)) list.push(entryIndex);
      byZh.set(zh, list);
    }
  };
  if (mode !== 'replace-all') {
    for (const c of existing) {
      entries.push({ id: c.id, concept: c, changed: false });
      index(entries.length - 1);
    }
  }
  const rows: ImportRow[] = [];
  const rowEntry: number[] = [];
  incoming.forEach((raw, i) => {
    let c: ConceptInput;
    try {
      c = normalizeConceptInput(raw);
    } catch (e) {
      if (isGlossaryError(e)) throw new GlossaryError(e.code, { ...e.details, index: i });
      throw e;
    }
    const row: ImportRow = { index: i, action: 'added', zh: mainZh(c), conceptId: null, changes: [], existingEn: [], incomingEn: preferredEn(c), result: null };
    const m = findMatch(c, entries, byZh);
    if (m === -1) {
      entries.push({ id: null, concept: c, changed: true });
      index(entries.length - 1);
      rowEntry.push(entries.length - 1);
    } else {
      const entry = entries[m]!;
      row.conceptId = entry.id;
      row.existingEn = preferredEn(entry.concept);
      const clash = mode === 'overwrite' ? null : conflictReason(entry.concept, c);
      if (clash) {
        row.action = 'conflicting';
        row.changes = [clash];
        rowEntry.push(-1);
      } else {
        const next = mode === 'overwrite' ? c : mergeConcepts(entry.concept, c);
        row.changes = changedFields(entry.concept, next);
        row.action = row.changes.length ? 'updated' : 'unchanged';
        if (row.changes.length) {
          entry.concept = next;
          entry.changed = true;
          index(m);
        }
        rowEntry.push(row.changes.length ? m : -1);
      }
    }
    rows.push(row);
  });
  rows.forEach((row, i) => {
    const e = rowEntry[i]!;
    if (e >= 0) row.result = entries[e]!.concept;
  });
  const count = (a: ImportRow['action']): number => rows.filter((r) => r.action === a).length;
  const deletedIds = mode === 'replace-all' ? existing.map((c) => c.id) : [];
  const report: ImportReport = {
    mode,
    counts: { added: count('added'), updated: count('updated'), unchanged: count('unchanged'), conflicting: count('conflicting'), deleted: deletedIds.length },
    rows,
    deletedIds,
    applied: false,
  };
  return { report, entries, rowEntry };
}

/** The entry sharing a zh term with `c`, preferring one with the same preferred English. */
function findMatch(c: ConceptInput, entries: readonly PlanEntry[], byZh: Map<string, number[]>): number {
  const candidates = byZh.get(mainZh(c)) ?? zhKeys(c).flatMap((zh) => byZh.get(zh) ?? []);
  if (candidates.length === 0) return -1;
  const en = new Set(preferredEn(c).map(fold));
  return candidates.find((k) => preferredEn(entries[k]!.concept).some((e) => en.has(fold(e)))) ?? candidates[0]!;
}

/** Why merging `incoming` into `current` is not safe, or null. */
function conflictReason(current: ConceptInput, incoming: ConceptInput): string | null {
  const a = preferredEn(current).map(fold);
  const b = preferredEn(incoming).map(fold);
  if (a.length && b.length && !b.some((x) => a.includes(x))) return 'preferred-en';
  const status = (c: ConceptInput): Map<string, boolean> => new Map(c.terms.map((t) => [fold(termKey(t)), t.status === 'forbidden']));
  const sa = status(current);
  for (const [k, forbidden] of status(incoming)) {
    const other = sa.get(k);
    if (other !== undefined && other !== forbidden) return 'status';
  }
  return null;
}

/** Existing terms plus the incoming ones it lacks; non-empty incoming fields win. */
export function mergeConcepts(current: ConceptInput, incoming: ConceptInput): ConceptInput {
  const terms: Term[] = current.terms.map((t) => ({ ...t }));
  const have = new Map(terms.map((t) => [termKey(t), t]));
  const hasPreferredEn = preferredEn(current).length > 0;
  for (const t of incoming.terms) {
    const same = have.get(termKey(t));
    if (same) {
      if (!same.note && t.note) same.note = t.note;
      continue;
    }
    const { id: _id, ...rest } = t;
    const copy: Term = rest.lang === 'en' && rest.status === 'preferred' && hasPreferredEn ? { ...rest, status: 'admitted' } : rest;
    terms.push(copy);
    have.set(termKey(copy), copy);
  }
  const out: ConceptInput = {
    domain: incoming.domain || current.domain,
    definition: incoming.definition || current.definition,
    note: incoming.note || current.note,
    terms,
  };
  if (current.id !== undefined) out.id = current.id;
  return out;
}

function changedFields(a: ConceptInput, b: ConceptInput): string[] {
  const out: string[] = [];
  for (const f of ['domain', 'definition', 'note'] as const) if (a[f] !== b[f]) out.push(f);
  if (contentKey({ ...a, domain: '', definition: '', note: '' }) !== contentKey({ ...b, domain: '', definition: '', note: '' })) out.push('terms');
  return out;
}
