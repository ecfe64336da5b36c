import type { Concept, ConceptInput, TermStatus } from '../model';

export interface ConceptQuery {
  /** Substring of any term text, the definition or the note (case-insensitive for ASCII). */
  text?: string;
  domain?: string;
  /** Concepts having at least one term with this status. */
  status?: TermStatus;
  limit?: number;
  offset?: number;
}

export type ChangeKind = 'add' | 'edit' | 'delete' | 'import' | 'undo' | 'redo';

export interface UndoResult {
  /** Kind of the change set that was undone or redone. */
  kind: 'add' | 'edit' | 'delete' | 'import';
  changeSetId: number;
  /** Concepts touched by the undo/redo. */
  conceptIds: number[];
  /** Who made the original change. */
  user: string;
  at: string;
}

export type ConflictKind = 'zh-several-preferred' | 'duplicate-concept' | 'preferred-and-forbidden';

/**
 * A glossary inconsistency:
 * - `zh-several-preferred`: one zh term has different preferred English terms across concepts (`en` lists them);
 * - `duplicate-concept`: several concepts with the same zh term and the same preferred English term;
 * - `preferred-and-forbidden`: inside one concept, a term (`lang`, text in `zh`/`en`) is both preferred/admitted and forbidden.
 */
export interface Conflict {
  kind: ConflictKind;
  conceptIds: number[];
  zh: string;
  en: string[];
  lang?: 'zh' | 'en';
}

/**
 * How an import treats incoming concepts that match an existing one (same zh term):
 * - `merge`: add new concepts, add missing admitted/forbidden terms and non-empty fields to matches;
 *   conflicting rows (different preferred English) are reported and left alone;
 * - `overwrite`: like merge, but a matching concept takes the incoming terms and fields entirely (conflicts resolved in favour of the file);
 * - `replace-all`: delete every existing concept, then add the file's concepts.
 */
export const IMPORT_MODES = ['merge', 'overwrite', 'replace-all'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export type ImportAction = 'added' | 'updated' | 'unchanged' | 'conflicting';

export interface ImportRow {
  /** Index of the concept in the incoming list. */
  index: number;
  action: ImportAction;
  /** Preferred (else first) zh term of the incoming concept. */
  zh: string;
  /** The matching existing concept (or, after applying, the created one); null when added by a plan. */
  conceptId: number | null;
  /** For `updated`: the fields that change (`terms`, `domain`, `definition`, `note`). */
  changes: string[];
  /** For `conflicting`: the existing and incoming preferred English terms. */
  existingEn: string[];
  incomingEn: string[];
  /** The concept as it will be stored (added/updated/overwritten); null for unchanged and skipped rows. */
  result: ConceptInput | null;
}

export interface ImportReport {
  mode: ImportMode;
  counts: { added: number; updated: number; unchanged: number; conflicting: number; deleted: number };
  rows: ImportRow[];
  /** Ids of concepts removed (`replace-all` only). */
  deletedIds: number[];
  /** True once the plan was written by `importConcepts`. */
  applied: boolean;
}

/** Where concepts live. Implemented by SQLite (`openSqliteGlossary`), later by a server database. */
export interface GlossaryStore {
  listConcepts(query?: ConceptQuery): { items: Concept[]; total: number };
  getConcept(id: number): Concept | null;
  allConcepts(): Concept[];
  addConcept(input: ConceptInput, user: string): Concept;
  updateConcept(id: number, input: ConceptInput, user: string): Concept;
  deleteConcept(id: number, user: string): void;
  /** Undo the user's last add/edit/delete/import (persisted: survives restart). Null when nothing to undo. */
  undo(user: string): UndoResult | null;
  redo(user: string): UndoResult | null;
  domains(): string[];
  conflicts(): Conflict[];
  /** Increases on every change, from any connection or process. */
  version(): number;
  /** Plan and apply an import in one transaction: all or nothing. */
  importConcepts(concepts: ConceptInput[], mode: ImportMode, user: string): ImportReport;
  close(): void;
}
