import type Database from 'better-sqlite3';
import type { Concept, ConceptInput, Term, TermLang, TermStatus } from '../model';

interface ConceptRow {
  id: number;
  domain: string;
  definition: string;
  note: string;
  created_by: string;
  created_at: string;
  modified_by: string;
  modified_at: string;
}

interface TermRow {
  id: number;
  concept_id: number;
  lang: TermLang;
  text: string;
  status: TermStatus;
  case_sensitive: number;
  note: string;
}

export interface Audit {
  createdBy: string;
  createdAt: string;
  modifiedBy: string;
  modifiedAt: string;
}

function toTerm(r: TermRow): Term {
  return { id: r.id, lang: r.lang, text: r.text, status: r.status, caseSensitive: r.case_sensitive === 1, note: r.note };
}

function toConcept(r: ConceptRow, terms: Term[]): Concept {
  return {
    id: r.id,
    domain: r.domain,
    definition: r.definition,
    note: r.note,
    terms,
    createdBy: r.created_by,
    createdAt: r.created_at,
    modifiedBy: r.modified_by,
    modifiedAt: r.modified_at,
  };
}

/** Prepared statements for reading and writing concept rows. All writes must run inside a transaction. */
export class ConceptRows {
  private readonly sel: Database.Statement;
  private readonly selTerms: Database.Statement;
  private readonly selAll: Database.Statement;
  private readonly selAllTerms: Database.Statement;
  private readonly ins: Database.Statement;
  private readonly insWithId: Database.Statement;
  private readonly upd: Database.Statement;
  private readonly del: Database.Statement;
  private readonly delTerms: Database.Statement;
  private readonly insTerm: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.sel = db.prepare('SELECT * FROM concepts WHERE id = ?');
    this.selTerms = db.prepare('SELECT * FROM terms WHERE concept_id = ? ORDER BY position, id');
    this.selAll = db.prepare('SELECT * FROM concepts ORDER BY id');
    this.selAllTerms = db.prepare('SELECT * FROM terms ORDER BY concept_id, position, id');
    this.ins = db.prepare(
      `INSERT INTO concepts (domain, definition, note, created_by, created_at, modified_by, modified_at)
       VALUES (@domain, @definition, @note, @createdBy, @createdAt, @modifiedBy, @modifiedAt)`,
    );
    this.insWithId = db.prepare(
      `INSERT INTO concepts (id, domain, definition, note, created_by, created_at, modified_by, modified_at)
       VALUES (@id, @domain, @definition, @note, @createdBy, @createdAt, @modifiedBy, @modifiedAt)`,
    );
    this.upd = db.prepare(
      `UPDATE concepts SET domain = @domain, definition = @definition, note = @note,
       created_by = @createdBy, created_at = @createdAt, modified_by = @modifiedBy, modified_at = @modifiedAt WHERE id = @id`,
    );
    this.del = db.prepare('DELETE FROM concepts WHERE id = ?');
    this.delTerms = db.prepare('DELETE FROM terms WHERE concept_id = ?');
    this.insTerm = db.prepare(
      `INSERT INTO terms (id, concept_id, position, lang, text, status, case_sensitive, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  get(id: number): Concept | null {
    const row = this.sel.get(id) as ConceptRow | undefined;
    if (!row) return null;
    return toConcept(row, (this.selTerms.all(id) as TermRow[]).map(toTerm));
  }

  /** Concepts by ids, in the given order (missing ids skipped). */
  getMany(ids: readonly number[]): Concept[] {
    const out: Concept[] = [];
    for (const id of ids) {
      const c = this.get(id);
      if (c) out.push(c);
    }
    return out;
  }

  all(): Concept[] {
    const byConcept = new Map<number, Term[]>();
    for (const r of this.selAllTerms.iterate() as IterableIterator<TermRow>) {
      let list = byConcept.get(r.concept_id);
      if (!list) byConcept.set(r.concept_id, (list = []));
      list.push(toTerm(r));
    }
    return (this.selAll.all() as ConceptRow[]).map((r) => toConcept(r, byConcept.get(r.id) ?? []));
  }

  /**
   * Insert a concept (with `id` when restoring a deleted one); returns its id.
   * Term ids listed in `keepTermIds` are reused (ids are never recycled, so a restored term gets its old id back).
   */
  insert(input: ConceptInput, audit: Audit, id?: number, keepTermIds: ReadonlySet<number> = new Set()): number {
    const params = { domain: input.domain, definition: input.definition, note: input.note, ...audit };
    const newId = id === undefined ? Number(this.ins.run(params).lastInsertRowid) : (this.insWithId.run({ ...params, id }), id);
    this.writeTerms(newId, input.terms, keepTermIds);
    return newId;
  }

  /** Replace fields and terms of an existing concept; terms keep their ids when listed in `keepTermIds`. */
  replace(id: number, input: ConceptInput, audit: Audit, keepTermIds: ReadonlySet<number> = new Set()): void {
    this.upd.run({ id, domain: input.domain, definition: input.definition, note: input.note, ...audit });
    this.delTerms.run(id);
    this.writeTerms(id, input.terms, keepTermIds);
  }

  /** Ids of the terms of a concept now. */
  termIds(conceptId: number): Set<number> {
    return new Set((this.selTerms.all(conceptId) as TermRow[]).map((r) => r.id));
  }

  remove(id: number): void {
    this.del.run(id);
  }

  private writeTerms(conceptId: number, terms: readonly Term[], keepIds: ReadonlySet<number>): void {
    const used = new Set<number>();
    terms.forEach((t, i) => {
      const id = t.id !== undefined && keepIds.has(t.id) && !used.has(t.id) ? t.id : null;
      if (id !== null) used.add(id);
      this.insTerm.run(id, conceptId, i, t.lang, t.text, t.status, t.caseSensitive ? 1 : 0, t.note);
    });
  }
}
