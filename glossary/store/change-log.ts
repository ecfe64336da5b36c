import type Database from 'better-sqlite3';
import type { Concept } from '../model';
import type { ConceptRows } from './concept-rows';
import { GlossaryError } from './glossary-error';
import { contentKey } from './normalize-concept';
import type { UndoResult } from './types';

export type LoggedKind = UndoResult['kind'];

export interface ChangeItem {
  conceptId: number;
  before: Concept | null;
  after: Concept | null;
}

interface SetRow {
  id: number;
  kind: LoggedKind;
  user: string;
  at: string;
}

interface ItemRow {
  concept_id: number;
  before: string | null;
  after: string | null;
}

/** How many change sets are kept (older ones cannot be undone any more). */
export const CHANGE_LOG_LIMIT = 500;

function fingerprint(c: Concept | null): string {
  return c ? `${contentKey(c)}\u0000${c.modifiedBy}\u0000${c.modifiedAt}` : 'absent';
}

/**
 * The persisted undo/redo log: one change set per add/edit/delete/import, each with before/after
 * snapshots of the concepts it touched. Undo and redo are per user and refuse (`undo-stale`) when a
 * concept was changed since by someone else. Every method must run inside the caller's write transaction.
 */
export class ChangeLog {
  private readonly insSet: Database.Statement;
  private readonly insItem: Database.Statement;
  private readonly dropRedo: Database.Statement;
  private readonly prune: Database.Statement;
  private readonly lastDone: Database.Statement;
  private readonly firstUndone: Database.Statement;
  private readonly items: Database.Statement;
  private readonly setState: Database.Statement;

  constructor(db: Database.Database) {
    this.insSet = db.prepare("INSERT INTO change_sets (kind, user, at, state) VALUES (?, ?, ?, 'done')");
    this.insItem = db.prepare('INSERT INTO change_items (set_id, concept_id, before, after) VALUES (?, ?, ?, ?)');
    this.dropRedo = db.prepare("DELETE FROM change_sets WHERE user = ? AND state = 'undone'");
    this.prune = db.prepare('DELETE FROM change_sets WHERE id <= (SELECT max(id) FROM change_sets) - ?');
    this.lastDone = db.prepare("SELECT id, kind, user, at FROM change_sets WHERE user = ? AND state = 'done' ORDER BY id DESC LIMIT 1");
    this.firstUndone = db.prepare("SELECT id, kind, user, at FROM change_sets WHERE user = ? AND state = 'undone' ORDER BY id ASC LIMIT 1");
    this.items = db.prepare('SELECT concept_id, before, after FROM change_items WHERE set_id = ? ORDER BY id');
    this.setState = db.prepare('UPDATE change_sets SET state = ? WHERE id = ?');
  }

  record(kind: LoggedKind, user: string, at: string, items: readonly ChangeItem[]): void {
    if (items.length === 0) return;
    this.dropRedo.run(user);
    const setId = Number(this.insSet.run(kind, user, at).lastInsertRowid);
    for (const it of items) {
      this.insItem.run(setId, it.conceptId, it.before ? JSON.stringify(it.before) : null, it.after ? JSON.stringify(it.after) : null);
    }
    this.prune.run(CHANGE_LOG_LIMIT);
  }

  undo(user: string, rows: ConceptRows): UndoResult | null {
    const set = this.lastDone.get(user) as SetRow | undefined;
    if (!set) return null;
    const items = this.load(set.id);
    this.check(set, items, rows, 'after');
    for (const it of [...items].reverse()) this.restore(it.conceptId, it.before, rows);
    this.setState.run('undone', set.id);
    return this.result(set, items);
  }

  redo(user: string, rows: ConceptRows): UndoResult | null {
    const set = this.firstUndone.get(user) as SetRow | undefined;
    if (!set) return null;
    const items = this.load(set.id);
    this.check(set, items, rows, 'before');
    for (const it of items) this.restore(it.conceptId, it.after, rows);
    this.setState.run('done', set.id);
    return this.result(set, items);
  }

  private load(setId: number): ChangeItem[] {
    return (this.items.all(setId) as ItemRow[]).map((r) => ({
      conceptId: r.concept_id,
      before: r.before ? (JSON.parse(r.before) as Concept) : null,
      after: r.after ? (JSON.parse(r.after) as Concept) : null,
    }));
  }

  /** Every concept must still be exactly as the change set left it (or found it, for redo). */
  private check(set: SetRow, items: readonly ChangeItem[], rows: ConceptRows, side: 'before' | 'after'): void {
    const expected = new Map<number, Concept | null>();
    // For a concept touched twice in one set, the relevant snapshot is the last (undo) or first (redo).
    for (const it of side === 'after' ? items : [...items].reverse()) expected.set(it.conceptId, it[side]);
    for (const [id, snapshot] of expected) {
      if (fingerprint(rows.get(id)) !== fingerprint(snapshot)) {
        throw new GlossaryError('undo-stale', { changeSetId: set.id, conceptId: id });
      }
    }
  }

  private restore(id: number, target: Concept | null, rows: ConceptRows): void {
    const exists = rows.get(id) !== null;
    if (!target) {
      if (exists) rows.remove(id);
      return;
    }
    const audit = { createdBy: target.createdBy, createdAt: target.createdAt, modifiedBy: target.modifiedBy, modifiedAt: target.modifiedAt };
    const keep = new Set(target.terms.flatMap((t) => (t.id === undefined ? [] : [t.id])));
    if (exists) {
      for (const t of rows.termIds(id)) keep.add(t);
      rows.replace(id, target, audit, keep);
    } else rows.insert(target, audit, id, keep);
  }

  private result(set: SetRow, items: readonly ChangeItem[]): UndoResult {
    return { kind: set.kind, changeSetId: set.id, conceptIds: [...new Set(items.map((i) => i.conceptId))], user: set.user, at: set.at };
  }
}
