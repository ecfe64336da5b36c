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

/**
 * Layout undo is the list of edits applied to the imported layout (`layout_base_json`): undo replays
 * all but the last, so an edit writes the current layout plus a small edit, never a snapshot per step.
 */
interface History {
  done: LayoutEdit[];
  /** Undone edits, the next to redo first. */
  undone: LayoutEdit[];
}

/** How many edits undo can go back. */
export const LAYOUT_UNDO_DEPTH = 1000;

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
      .prepare('SELECT layout_confirmed, layout_json, layout_base_json, history_json FROM documents WHERE id = ?')
      .get(documentId) as
      | { layout_confirmed: number; layout_json: string | null; layout_base_json: string | null; history_json: string | null }
      | undefined;
    if (!r) throw new ProjectError('no-such-document', { id: documentId });
    const articles = JSON.parse(r.layout_json ?? '[]') as LayoutArticle[];
    const saved = JSON.parse(r.history_json ?? 'null') as Partial<History> | null;
    // a layout without a base (written before migration 3) starts its undo history where it stands
    const history: History = r.layout_base_json && saved?.done ? { done: saved.done, undone: saved.undone ?? [] } : { done: [], undone: [] };
    return {
      confirmed: r.layout_confirmed === 1,
      articles,
      base: r.layout_base_json ? (JSON.parse(r.layout_base_json) as LayoutArticle[]) : articles,
      hasBase: r.layout_base_json !== null,
      history,
    };
  }

  get(documentId: number): LayoutState {
    const r = this.row(documentId);
    return {
      documentId,
      confirmed: r.confirmed,
      articles: r.articles,
      canUndo: !r.confirmed && r.history.done.length > 0,
      canRedo: !r.confirmed && r.history.undone.length > 0,
    };
  }

  private save(documentId: number, articles: LayoutArticle[], history: History, base?: LayoutArticle[]): LayoutState {
    this.db
      .prepare('UPDATE documents SET layout_json = ?, history_json = ?, layout_base_json = COALESCE(?, layout_base_json) WHERE id = ?')
      .run(JSON.stringify(articles), JSON.stringify(history), base ? JSON.stringify(base) : null, documentId);
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
      let { base } = r;
      let done = [...r.history.done, edit];
      if (done.length > LAYOUT_UNDO_DEPTH) {
        // fold the oldest edit into the base: undo then stops there
        base = applyLayoutEdit(base, done[0]!);
        done = done.slice(1);
        return this.save(documentId, next, { done, undone: [] }, base);
      }
      return this.save(documentId, next, { done, undone: [] }, r.hasBase ? undefined : r.articles);
    })();
  }

  undo(documentId: number): LayoutState {
    return this.db.transaction(() => {
      const r = this.editable(documentId);
      const last = r.history.done.at(-1);
      if (!last) throw new ProjectError('nothing-to-undo', { documentId });
      const done = r.history.done.slice(0, -1);
      const prev = done.reduce((layout, e) => applyLayoutEdit(layout, e), r.base);
      return this.save(documentId, prev, { done, undone: [last, ...r.history.undone] });
    })();
  }

  redo(documentId: number): LayoutState {
    return this.db.transaction(() => {
      const r = this.editable(documentId);
      const next = r.history.undone[0];
      if (!next) throw new ProjectError('nothing-to-redo', { documentId });
      return this.save(documentId, applyLayoutEdit(r.articles, next), {
        done: [...r.history.done, next],
        undone: r.history.undone.slice(1),
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
        .prepare('UPDATE documents SET layout_confirmed = 1, history_json = NULL, layout_base_json = NULL WHERE id = ?')
        .run(documentId);
    })();
  }
}
