import type Database from 'better-sqlite3';
import { applyLayoutEdit, type LayoutArticle, type LayoutEdit } from '../layout';
import { ProjectError } from './project-error';
import type { SegmentationRules } from '../segment';


/** Splits a block's text into segments; `source + separator` of each gives the text back. */
export type SegmentFn = (
  text: string,
  lang: 'zh' | 'en',
  rules?: SegmentationRules,
) => { source: string; separator: string }[];

interface History {
  past: LayoutArticle[][];
  future: LayoutArticle[][];
}

/** How many layout states undo can go back. */
export const LAYOUT_UNDO_DEPTH = 100;

export interface LayoutState {
  documentId: number;
  confirmed: boolean;
  articles: LayoutArticle[];
  canUndo: boolean;
  canRedo: boolean;
}

/** Layout review of a document before segmentation: edits, undo/redo (persisted), confirm. */
export class LayoutOps {
  constructor(
    private readonly db: Database.Database,
    private readonly segment: SegmentFn,
    private readonly rules: () => SegmentationRules | undefined,
  ) {}

  private row(documentId: number) {
    const r = this.db
      .prepare('SELECT layout_confirmed, layout_json, history_json FROM documents WHERE id = ?')
      .get(documentId) as { layout_confirmed: number; layout_json: string | null; history_json: string | null } | undefined;
    if (!r) throw new ProjectError('no-such-document', { id: documentId });
    return {
      confirmed: r.layout_confirmed === 1,
      articles: JSON.parse(r.layout_json ?? '[]') as LayoutArticle[],
      history: JSON.parse(r.history_json ?? '{"past":[],"future":[]}') as History,
    };
  }

  get(documentId: number): LayoutState {
    const r = this.row(documentId);
    return {
      documentId,
      confirmed: r.confirmed,
      articles: r.articles,
      canUndo: !r.confirmed && r.history.past.length > 0,
      canRedo: !r.confirmed && r.history.future.length > 0,
    };
  }

  private save(documentId: number, articles: LayoutArticle[], history: History): LayoutState {
    this.db
      .prepare('UPDATE documents SET layout_json = ?, history_json = ? WHERE id = ?')
      .run(JSON.stringify(articles), JSON.stringify(history), documentId);
    return this.get(documentId);
  }

  private editable(documentId: number) {
    const r = this.row(documentId);
    if (r.confirmed) throw new ProjectError('layout-confirmed', { documentId });
    return r;
  }

  edit(documentId: number, edit: LayoutEdit): LayoutState {
    return this.db.transaction(() => {
      const r = this.editable(documentId);
      const next = applyLayoutEdit(r.articles, edit);
      const past = [...r.history.past, r.articles].slice(-LAYOUT_UNDO_DEPTH);
      return this.save(documentId, next, { past, future: [] });
    })();
  }

  undo(documentId: number): LayoutState {
    return this.db.transaction(() => {
      const r = this.editable(documentId);
      const prev = r.history.past.at(-1);
      if (!prev) throw new ProjectError('nothing-to-undo', { documentId });
      return this.save(documentId, prev, {
        past: r.history.past.slice(0, -1),
        future: [r.articles, ...r.history.future],
      });
    })();
  }

  redo(documentId: number): LayoutState {
    return this.db.transaction(() => {
      const r = this.editable(documentId);
      const next = r.history.future[0];
      if (!next) throw new ProjectError('nothing-to-redo', { documentId });
      return this.save(documentId, next, {
        past: [...r.history.past, r.articles],
        future: r.history.future.slice(1),
      });
    })();
  }

  /** Accept the layout: write articles, blocks and their sentence segments. */
  confirm(documentId: number, lang: 'zh' | 'en' = 'zh'): void {
    this.db.transaction(() => {
      const r = this.editable(documentId);
      const rules = this.rules();
      const now = new Date().toISOString();
      const insArticle = this.db.prepare('INSERT INTO articles (document_id, ord) VALUES (?, ?)');
      const insBlock = this.db.prepare(
        'INSERT INTO blocks (article_id, ord, type, line_from, line_to) VALUES (?, ?, ?, ?, ?)',
      );
      const insSeg = this.db.prepare(
        `INSERT INTO segments (block_id, ord, source, separator, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      );
      r.articles.forEach((a, ai) => {
        if (a.blocks.length === 0) return;
        const articleId = Number(insArticle.run(documentId, ai).lastInsertRowid);
        a.blocks.forEach((b, bi) => {
          const blockId = Number(
            insBlock.run(articleId, bi, b.type, b.lines?.[0] ?? null, b.lines?.[1] ?? null).lastInsertRowid,
          );
          const segs = this.segment(b.text, lang, rules);
          const parts = segs.length > 0 ? segs : [{ source: b.text, separator: '' }];
          parts.forEach((s, si) => insSeg.run(blockId, si, s.source, s.separator, now, now));
        });
      });
      this.db
        .prepare('UPDATE documents SET layout_confirmed = 1, history_json = NULL WHERE id = ?')
        .run(documentId);
    })();
  }
}
