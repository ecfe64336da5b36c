import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Concept, ConceptInput } from '../model';
import { ChangeLog, type ChangeItem, type LoggedKind } from './change-log';
import { ConceptRows, type Audit } from './concept-rows';
import { findConflicts } from './find-conflicts';
import { GlossaryError } from './glossary-error';
import { migrate } from './migrations';
import { normalizeConceptInput } from './normalize-concept';
import { buildImportPlan } from './plan-import';
import type { ConceptQuery, Conflict, GlossaryStore, ImportMode, ImportReport, UndoResult } from './types';

const BUSY_TIMEOUT_MS = 5000;

/** LIKE pattern for a substring, with `\` as escape character. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/**
 * Open (creating if needed) a glossary file. WAL mode, so several windows and processes can read while
 * one writes; every write bumps `meta.version` in the same transaction.
 * Throws `not-a-glossary` for a file that is not a Duizhao glossary, `newer-schema` for a file
 * written by a newer Duizhao.
 */
export function openSqliteGlossary(path: string): GlossaryStore {
  let db: Database.Database;
  try {
    if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (e) {
    throw new GlossaryError('not-a-glossary', { path, reason: 'open' }, { cause: e });
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
  } catch (e) {
    db.close();
    throw e;
  }
  return new SqliteGlossary(db);
}

class SqliteGlossary implements GlossaryStore {
  private readonly rows: ConceptRows;
  private readonly log: ChangeLog;
  private readonly versionStmt: Database.Statement;
  private readonly bumpStmt: Database.Statement;
  private cache: { version: number; concepts: Concept[] } | null = null;

  constructor(private readonly db: Database.Database) {
    this.rows = new ConceptRows(db);
    this.log = new ChangeLog(db);
    this.versionStmt = db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck();
    this.bumpStmt = db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'version'");
  }

  version(): number {
    return Number(this.versionStmt.get());
  }

  getConcept(id: number): Concept | null {
    return this.rows.get(id);
  }

  allConcepts(): Concept[] {
    // Read version and rows in one snapshot so the cache never pairs old rows with a new version.
    return this.db.transaction(() => {
      const v = this.version();
      if (!this.cache || this.cache.version !== v) this.cache = { version: v, concepts: this.rows.all() };
      return this.cache.concepts.map(cloneConcept);
    })();
  }

  listConcepts(query: ConceptQuery = {}): { items: Concept[]; total: number } {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (query.text?.trim()) {
      params.pat = likePattern(query.text.trim());
      where.push(`(c.definition LIKE @pat ESCAPE '\\' OR c.note LIKE @pat ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM terms t WHERE t.concept_id = c.id AND t.text LIKE @pat ESCAPE '\\'))`);
    }
    if (query.domain !== undefined) {
      params.domain = query.domain;
      where.push('c.domain = @domain');
    }
    if (query.status !== undefined) {
      params.status = query.status;
      where.push('EXISTS (SELECT 1 FROM terms t WHERE t.concept_id = c.id AND t.status = @status)');
    }
    const sqlWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = Math.max(0, Math.floor(query.limit ?? -1));
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    return this.db.transaction(() => {
      const total = Number(this.db.prepare(`SELECT count(*) FROM concepts c ${sqlWhere}`).pluck().get(params));
      const ids = this.db
        .prepare(`SELECT c.id FROM concepts c ${sqlWhere} ORDER BY c.id LIMIT @limit OFFSET @offset`)
        .pluck()
        .all({ ...params, limit: query.limit === undefined ? -1 : limit, offset }) as number[];
      return { items: this.rows.getMany(ids), total };
    })();
  }

  domains(): string[] {
    return this.db.prepare("SELECT DISTINCT domain FROM concepts WHERE domain <> '' ORDER BY domain").pluck().all() as string[];
  }

  conflicts(): Conflict[] {
    return findConflicts(this.allConcepts());
  }

  addConcept(input: ConceptInput, user: string): Concept {
    const c = normalizeConceptInput(input);
    return this.write('add', user, (at, items) => {
      const id = this.rows.insert(c, audit(user, at));
      const after = this.rows.get(id)!;
      items.push({ conceptId: id, before: null, after });
      return after;
    });
  }

  updateConcept(id: number, input: ConceptInput, user: string): Concept {
    const c = normalizeConceptInput(input);
    return this.write('edit', user, (at, items) => {
      const before = this.mustGet(id);
      this.rows.replace(id, c, { ...audit(user, at), createdBy: before.createdBy, createdAt: before.createdAt }, this.rows.termIds(id));
      const after = this.rows.get(id)!;
      items.push({ conceptId: id, before, after });
      return after;
    });
  }

  deleteConcept(id: number, user: string): void {
    this.write('delete', user, (_at, items) => {
      const before = this.mustGet(id);
      this.rows.remove(id);
      items.push({ conceptId: id, before, after: null });
    });
  }

  importConcepts(concepts: ConceptInput[], mode: ImportMode, user: string): ImportReport {
    return this.write('import', user, (at, items) => {
      const plan = buildImportPlan(this.rows.all(), concepts, mode);
      for (const id of plan.report.deletedIds) {
        items.push({ conceptId: id, before: this.rows.get(id), after: null });
        this.rows.remove(id);
      }
      const ids = plan.entries.map((e) => e.id);
      plan.entries.forEach((e, k) => {
        if (!e.changed) return;
        if (e.id === null) {
          const id = this.rows.insert(e.concept, audit(user, at));
          ids[k] = id;
          items.push({ conceptId: id, before: null, after: this.rows.get(id) });
        } else {
          const before = this.mustGet(e.id);
          this.rows.replace(e.id, e.concept, { ...audit(user, at), createdBy: before.createdBy, createdAt: before.createdAt }, this.rows.termIds(e.id));
          items.push({ conceptId: e.id, before, after: this.rows.get(e.id) });
        }
      });
      plan.report.rows.forEach((row, i) => {
        const k = plan.rowEntry[i]!;
        if (k >= 0) row.conceptId = ids[k] ?? null;
      });
      plan.report.applied = true;
      return plan.report;
    });
  }

  undo(user: string): UndoResult | null {
    return this.undoRedo(() => this.log.undo(user, this.rows));
  }

  redo(user: string): UndoResult | null {
    return this.undoRedo(() => this.log.redo(user, this.rows));
  }

  close(): void {
    this.cache = null;
    if (this.db.open) this.db.close();
  }

  private undoRedo(fn: () => UndoResult | null): UndoResult | null {
    return this.db
      .transaction(() => {
        const r = fn();
        if (r) this.bumpStmt.run();
        return r;
      })
      .immediate();
  }

  /** Run a change in one IMMEDIATE transaction: apply, log for undo, bump the version (only if something changed). */
  private write<T>(kind: LoggedKind, user: string, fn: (at: string, items: ChangeItem[]) => T): T {
    return this.db
      .transaction(() => {
        const at = new Date().toISOString();
        const items: ChangeItem[] = [];
        const result = fn(at, items);
        if (items.length) {
          this.log.record(kind, user, at, items);
          this.bumpStmt.run();
        }
        return result;
      })
      .immediate();
  }

  private mustGet(id: number): Concept {
    const c = this.rows.get(id);
    if (!c) throw new GlossaryError('not-found', { id });
    return c;
  }
}

function audit(user: string, at: string): Audit {
  return { createdBy: user, createdAt: at, modifiedBy: user, modifiedAt: at };
}

function cloneConcept(c: Concept): Concept {
  return { ...c, terms: c.terms.map((t) => ({ ...t })) };
}
