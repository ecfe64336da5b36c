import type Database from 'better-sqlite3';
import type {
  Article,
  Block,
  BlockType,
  ImportedBlock,
  ImportedDocument,
  ProjectDocument,
  ProjectSnapshot,
  Segment,
  SegmentState,
} from '../model';
import { PROJECT_MIGRATIONS } from './migrations';
import { openDatabase } from './open-database';
import { ProjectError } from './project-error';
import { defaultRules, parseSrx, type SegmentationRules } from '../segment';
import { SegmentOps } from './segment-ops';
import { LayoutOps, type SegmentFn } from './layout-ops';
import type { LayoutArticle } from '../layout';

export interface ProjectInfo {
  name: string;
  path: string;
  sourceLang: 'zh';
  targetLang: 'en';
  createdAt: string;
}

/** A document without its tree: how many segments it has and how many are past `initial`. */
export type DocumentSummary = Omit<ProjectDocument, 'articles'> & { segments: number; translated: number };

export interface Waiver {
  id: number;
  segmentId: number;
  check: string;
  term: string | null;
  reason: string;
  by: string;
  at: string;
}

interface SegmentRow {
  id: number;
  block_id: number;
  ord: number;
  source: string;
  separator: string;
  target: string;
  state: SegmentState;
  note: string;
  created_at: string;
  updated_at: string;
}

export const toSegment = (r: SegmentRow): Segment => ({
  id: r.id,
  blockId: r.block_id,
  ord: r.ord,
  source: r.source,
  separator: r.separator,
  target: r.target,
  state: r.state,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * One project = one SQLite file. Documents are imported as a layout under review; confirming the
 * layout materialises articles, blocks and sentence segments. All writes are transactions.
 */
export class ProjectStore {
  readonly db: Database.Database;
  readonly path: string;
  readonly layout: LayoutOps;
  readonly segmentOps: SegmentOps;

  private constructor(db: Database.Database, path: string, segment: SegmentFn) {
    this.db = db;
    this.path = path;
    this.layout = new LayoutOps(db, segment, () => this.segmentationRules());
    this.segmentOps = new SegmentOps(db);
  }

  static open(path: string, opts: { create?: boolean; name?: string; segment: SegmentFn }): ProjectStore {
    const db = openDatabase(path, PROJECT_MIGRATIONS, { create: opts.create ?? false, kind: 'project' });
    const exists = db.prepare('SELECT 1 FROM project WHERE id = 1').get();
    if (!exists) {
      if (!opts.create) {
        db.close();
        throw new ProjectError('not-a-project', { path });
      }
      db.prepare('INSERT INTO project (id, name, created_at) VALUES (1, ?, ?)').run(
        opts.name ?? 'Untitled',
        new Date().toISOString(),
      );
    }
    return new ProjectStore(db, path, opts.segment);
  }

  close(): void {
    this.db.close();
  }

  getSetting(key: string): string | null {
    const r = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return r ? r.value : null;
  }

  setSetting(key: string, value: string | null): void {
    if (value === null) this.db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
    this.rulesCache = null;
  }

  private rulesCache: { key: string; rules: SegmentationRules } | null = null;

  /** The project's segmentation settings: its own SRX (or the defaults) and the ；/： options. */
  segmentationSettings(): { srx: string | null; zhSemicolon: boolean; zhColon: boolean } {
    return {
      srx: this.getSetting('segmentation.srx'),
      zhSemicolon: this.getSetting('segmentation.zhSemicolon') === '1',
      zhColon: this.getSetting('segmentation.zhColon') === '1',
    };
  }

  /** Validate and store segmentation settings; they apply to documents confirmed from now on. */
  setSegmentationSettings(s: { srx?: string | null; zhSemicolon?: boolean; zhColon?: boolean }): void {
    if (typeof s.srx === 'string') parseSrx(s.srx); // throws SegmentationError naming the problem
    this.db.transaction(() => {
      if (s.srx !== undefined) this.setSetting('segmentation.srx', s.srx);
      if (s.zhSemicolon !== undefined) this.setSetting('segmentation.zhSemicolon', s.zhSemicolon ? '1' : '0');
      if (s.zhColon !== undefined) this.setSetting('segmentation.zhColon', s.zhColon ? '1' : '0');
    })();
  }

  /** The rules segmentation uses: the project's SRX if it has one, else the defaults with its options. */
  segmentationRules(): SegmentationRules | undefined {
    const s = this.segmentationSettings();
    const key = JSON.stringify(s);
    if (this.rulesCache?.key === key) return this.rulesCache.rules;
    const rules = s.srx ? parseSrx(s.srx) : defaultRules({ zhSemicolon: s.zhSemicolon, zhColon: s.zhColon });
    this.rulesCache = { key, rules };
    return rules;
  }

  info(): ProjectInfo {
    const r = this.db.prepare('SELECT name, created_at FROM project WHERE id = 1').get() as {
      name: string;
      created_at: string;
    };
    return { name: r.name, path: this.path, sourceLang: 'zh', targetLang: 'en', createdAt: r.created_at };
  }

  /** Store an imported document. With `confirm`, the layout is accepted as is and segmented at once. */
  addDocument(name: string, doc: ImportedDocument, opts: { confirm: boolean }): number {
    return this.db.transaction(() => {
      const layout: LayoutArticle[] = doc.articles.map((a) => ({ blocks: a.blocks.map((b) => ({ ...b })) }));
      const id = Number(
        this.db
          .prepare(
            `INSERT INTO documents (name, format, encoding, imported_at, layout_json, layout_base_json, history_json, warnings_json)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            name,
            doc.meta.format,
            doc.meta.encoding ?? null,
            new Date().toISOString(),
            JSON.stringify(layout),
            JSON.stringify(layout),
            JSON.stringify({ done: [], undone: [] }),
            JSON.stringify(doc.meta.warnings),
          ).lastInsertRowid,
      );
      if (opts.confirm) this.layout.confirm(id);
      return id;
    })();
  }

  deleteDocument(id: number): void {
    const r = this.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    if (r.changes === 0) throw new ProjectError('no-such-document', { id });
  }

  listDocuments(): DocumentSummary[] {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.name, d.format, d.encoding, d.imported_at, d.layout_confirmed,
                COUNT(s.id) AS segments, COALESCE(SUM(s.state <> 'initial'), 0) AS translated
         FROM documents d
         LEFT JOIN articles a ON a.document_id = d.id
         LEFT JOIN blocks b ON b.article_id = a.id
         LEFT JOIN segments s ON s.block_id = b.id
         GROUP BY d.id ORDER BY d.id`,
      )
      .all() as {
      id: number;
      name: string;
      format: string;
      encoding: string | null;
      imported_at: string;
      layout_confirmed: number;
      segments: number;
      translated: number;
    }[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      format: r.format,
      encoding: r.encoding,
      importedAt: r.imported_at,
      layoutConfirmed: r.layout_confirmed === 1,
      segments: r.segments,
      translated: r.translated,
    }));
  }

  getDocument(id: number): ProjectDocument {
    const d = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as
      | { id: number; name: string; format: string; encoding: string | null; imported_at: string; layout_confirmed: number; layout_json: string | null }
      | undefined;
    if (!d) throw new ProjectError('no-such-document', { id });
    const base = {
      id: d.id,
      name: d.name,
      format: d.format,
      encoding: d.encoding,
      importedAt: d.imported_at,
      layoutConfirmed: d.layout_confirmed === 1,
    };
    if (d.layout_confirmed !== 1) {
      // Under review: expose the layout as blocks without segments (ids are negative placeholders).
      const layout = JSON.parse(d.layout_json ?? '[]') as LayoutArticle[];
      let blockId = 0;
      return {
        ...base,
        articles: layout.map((a, ai) => ({
          id: -(ai + 1),
          documentId: d.id,
          ord: ai,
          blocks: a.blocks.map((b, bi) => ({
            id: --blockId,
            articleId: -(ai + 1),
            ord: bi,
            type: b.type,
            text: b.text,
            lines: b.lines ?? null,
            segments: [],
          })),
        })),
      };
    }
    const articles = this.db
      .prepare('SELECT id, ord FROM articles WHERE document_id = ? ORDER BY ord')
      .all(id) as { id: number; ord: number }[];
    const blocks = this.db
      .prepare(
        `SELECT b.id, b.article_id, b.ord, b.type, b.line_from, b.line_to FROM blocks b
         JOIN articles a ON a.id = b.article_id WHERE a.document_id = ? ORDER BY b.ord`,
      )
      .all(id) as { id: number; article_id: number; ord: number; type: BlockType; line_from: number | null; line_to: number | null }[];
    const segs = this.db
      .prepare(
        `SELECT s.* FROM segments s JOIN blocks b ON b.id = s.block_id
         JOIN articles a ON a.id = b.article_id WHERE a.document_id = ? ORDER BY s.ord`,
      )
      .all(id) as SegmentRow[];
    const segsByBlock = new Map<number, Segment[]>();
    for (const s of segs) {
      const list = segsByBlock.get(s.block_id) ?? [];
      list.push(toSegment(s));
      segsByBlock.set(s.block_id, list);
    }
    const blocksByArticle = new Map<number, Block[]>();
    for (const b of blocks) {
      const segments = segsByBlock.get(b.id) ?? [];
      const list = blocksByArticle.get(b.article_id) ?? [];
      list.push({
        id: b.id,
        articleId: b.article_id,
        ord: b.ord,
        type: b.type,
        text: segments.map((s) => s.source + s.separator).join(''),
        lines: b.line_from !== null && b.line_to !== null ? [b.line_from, b.line_to] : null,
        segments,
      });
      blocksByArticle.set(b.article_id, list);
    }
    const out: Article[] = articles.map((a) => ({
      id: a.id,
      documentId: id,
      ord: a.ord,
      blocks: blocksByArticle.get(a.id) ?? [],
    }));
    return { ...base, articles: out };
  }

  getSegment(id: number): Segment {
    const r = this.db.prepare('SELECT * FROM segments WHERE id = ?').get(id) as SegmentRow | undefined;
    if (!r) throw new ProjectError('no-such-segment', { id });
    return toSegment(r);
  }

  /** The document a segment belongs to. */
  documentOfSegment(id: number): number {
    const r = this.db
      .prepare(
        `SELECT a.document_id AS d FROM segments s JOIN blocks b ON b.id = s.block_id
         JOIN articles a ON a.id = b.article_id WHERE s.id = ?`,
      )
      .get(id) as { d: number } | undefined;
    if (!r) throw new ProjectError('no-such-segment', { id });
    return r.d;
  }

  updateSegment(id: number, patch: { target?: string; state?: SegmentState; note?: string }): Segment {
    const cur = this.getSegment(id);
    const next = {
      target: patch.target ?? cur.target,
      state: patch.state ?? cur.state,
      note: patch.note ?? cur.note,
    };
    this.db
      .prepare('UPDATE segments SET target = ?, state = ?, note = ?, updated_at = ? WHERE id = ?')
      .run(next.target, next.state, next.note, new Date().toISOString(), id);
    return this.getSegment(id);
  }

  /** All segments of the project in document order, with their document id. */
  allSegments(): (Segment & { documentId: number; blockType: BlockType })[] {
    const rows = this.db
      .prepare(
        `SELECT s.*, a.document_id AS document_id, b.type AS block_type FROM segments s
         JOIN blocks b ON b.id = s.block_id JOIN articles a ON a.id = b.article_id
         ORDER BY a.document_id, a.ord, b.ord, s.ord`,
      )
      .all() as (SegmentRow & { document_id: number; block_type: BlockType })[];
    return rows.map((r) => ({ ...toSegment(r), documentId: r.document_id, blockType: r.block_type }));
  }

  addWaiver(w: Omit<Waiver, 'id' | 'at'>): Waiver {
    this.getSegment(w.segmentId);
    const at = new Date().toISOString();
    const id = Number(
      this.db
        .prepare('INSERT INTO waivers (segment_id, check_code, term, reason, waived_by, waived_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(w.segmentId, w.check, w.term, w.reason, w.by, at).lastInsertRowid,
    );
    return { ...w, id, at };
  }

  removeWaiver(id: number): void {
    this.db.prepare('DELETE FROM waivers WHERE id = ?').run(id);
  }

  waivers(segmentId?: number): Waiver[] {
    const rows = (
      segmentId === undefined
        ? this.db.prepare('SELECT * FROM waivers ORDER BY id').all()
        : this.db.prepare('SELECT * FROM waivers WHERE segment_id = ? ORDER BY id').all(segmentId)
    ) as { id: number; segment_id: number; check_code: string; term: string | null; reason: string; waived_by: string; waived_at: string }[];
    return rows.map((r) => ({
      id: r.id,
      segmentId: r.segment_id,
      check: r.check_code,
      term: r.term,
      reason: r.reason,
      by: r.waived_by,
      at: r.waived_at,
    }));
  }

  snapshot(): ProjectSnapshot {
    const info = this.info();
    return {
      name: info.name,
      sourceLang: 'zh',
      targetLang: 'en',
      createdAt: info.createdAt,
      documents: this.listDocuments().map((d) => this.getDocument(d.id)),
    };
  }
}

export type { ImportedBlock };
