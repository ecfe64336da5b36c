import type Database from 'better-sqlite3';
import type { Segment } from '../model';
import { ProjectError } from './project-error';

type Op =
  | { op: 'split'; segmentId: number; newId: number; offset: number }
  | { op: 'merge'; segmentId: number; removed: RemovedSegment; joinOffset: number; firstTarget: string; firstState: string };

interface RemovedSegment {
  id: number;
  ord: number;
  source: string;
  separator: string;
  target: string;
  state: string;
  note: string;
  created_at: string;
}

/**
 * Split a segment at a source offset, merge it with the next one in its block, and undo either.
 * Every operation is logged in `segment_ops`, so undo works after a restart.
 */
export class SegmentOps {
  constructor(private readonly db: Database.Database) {}

  private seg(id: number) {
    const r = this.db.prepare('SELECT * FROM segments WHERE id = ?').get(id) as (RemovedSegment & { block_id: number }) | undefined;
    if (!r) throw new ProjectError('no-such-segment', { id });
    return r;
  }

  private docOf(segmentId: number): number {
    const r = this.db
      .prepare('SELECT a.document_id d FROM segments s JOIN blocks b ON b.id = s.block_id JOIN articles a ON a.id = b.article_id WHERE s.id = ?')
      .get(segmentId) as { d: number };
    return r.d;
  }

  private nextInBlock(s: { block_id: number; ord: number }) {
    return this.db
      .prepare('SELECT * FROM segments WHERE block_id = ? AND ord > ? ORDER BY ord LIMIT 1')
      .get(s.block_id, s.ord) as (RemovedSegment & { block_id: number }) | undefined;
  }

  /**
   * Split at a UTF-16 offset of the source. Whitespace at the cut becomes the first part's separator,
   * so source + separator still give the block text back. The target stays with the first part.
   */
  split(segmentId: number, offset: number): { first: number; second: number } {
    return this.db.transaction(() => {
      const s = this.seg(segmentId);
      const head = s.source.slice(0, offset);
      const tail = s.source.slice(offset);
      const headTrim = head.replace(/\s+$/u, '');
      const sep = head.slice(headTrim.length);
      const tailTrim = tail.replace(/^\s+/u, '');
      const sep2 = sep + tail.slice(0, tail.length - tailTrim.length);
      if (offset <= 0 || offset >= s.source.length || headTrim === '' || tailTrim === '') {
        throw new ProjectError('bad-split-offset', { segmentId, offset, length: s.source.length });
      }
      const next = this.nextInBlock(s);
      const ord = next ? (s.ord + next.ord) / 2 : s.ord + 1;
      const now = new Date().toISOString();
      this.db.prepare('UPDATE segments SET source = ?, separator = ?, updated_at = ? WHERE id = ?').run(headTrim, sep2, now, s.id);
      const newId = Number(
        this.db
          .prepare(
            `INSERT INTO segments (block_id, ord, source, separator, target, state, note, created_at, updated_at)
             VALUES (?, ?, ?, ?, '', 'initial', '', ?, ?)`,
          )
          .run(s.block_id, ord, tailTrim, s.separator, now, now).lastInsertRowid,
      );
      this.log(this.docOf(segmentId), { op: 'split', segmentId, newId, offset: headTrim.length + sep2.length });
      return { first: s.id, second: newId };
    })();
  }

  /** Merge a segment with the next one of the same block; targets are joined with a space. */
  merge(segmentId: number): Segment['id'] {
    return this.db.transaction(() => {
      const s = this.seg(segmentId);
      const n = this.nextInBlock(s);
      if (!n) throw new ProjectError('no-next-segment', { segmentId });
      const joinOffset = s.source.length + s.separator.length;
      const target = [s.target, n.target].filter((t) => t.trim() !== '').join(' ');
      const state = s.state === 'initial' && n.state === 'initial' ? 'initial' : target === '' ? 'initial' : 'translated';
      this.db
        .prepare('UPDATE segments SET source = ?, separator = ?, target = ?, state = ?, updated_at = ? WHERE id = ?')
        .run(s.source + s.separator + n.source, n.separator, target, state, new Date().toISOString(), s.id);
      this.db.prepare('DELETE FROM segments WHERE id = ?').run(n.id);
      this.log(this.docOf(segmentId), {
        op: 'merge',
        segmentId,
        joinOffset,
        firstTarget: s.target,
        firstState: s.state,
        removed: { id: n.id, ord: n.ord, source: n.source, separator: n.separator, target: n.target, state: n.state, note: n.note, created_at: n.created_at },
      });
      return s.id;
    })();
  }

  private log(documentId: number, op: Op): void {
    this.db.prepare('INSERT INTO segment_ops (document_id, op_json, at) VALUES (?, ?, ?)').run(documentId, JSON.stringify(op), new Date().toISOString());
  }

  canUndo(documentId: number): boolean {
    return !!this.db.prepare('SELECT 1 FROM segment_ops WHERE document_id = ?').get(documentId);
  }

  /** Undo the document's last split or merge. */
  undo(documentId: number): void {
    this.db.transaction(() => {
      const row = this.db
        .prepare('SELECT id, op_json FROM segment_ops WHERE document_id = ? ORDER BY id DESC LIMIT 1')
        .get(documentId) as { id: number; op_json: string } | undefined;
      if (!row) throw new ProjectError('nothing-to-undo', { documentId });
      const op = JSON.parse(row.op_json) as Op;
      const now = new Date().toISOString();
      const s = this.seg(op.segmentId);
      if (op.op === 'split') {
        const n = this.seg(op.newId);
        const target = [s.target, n.target].filter((t) => t.trim() !== '').join(' ');
        this.db
          .prepare('UPDATE segments SET source = ?, separator = ?, target = ?, updated_at = ? WHERE id = ?')
          .run(s.source + s.separator + n.source, n.separator, target, now, s.id);
        this.db.prepare('DELETE FROM segments WHERE id = ?').run(n.id);
      } else {
        const whole = s.source + s.separator;
        const first = whole.slice(0, op.joinOffset);
        const firstSrc = first.replace(/\s+$/u, '');
        const r = op.removed;
        this.db
          .prepare('UPDATE segments SET source = ?, separator = ?, target = ?, state = ?, updated_at = ? WHERE id = ?')
          .run(firstSrc, first.slice(firstSrc.length), op.firstTarget, op.firstState, now, s.id);
        this.db
          .prepare(
            `INSERT INTO segments (id, block_id, ord, source, separator, target, state, note, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(r.id, s.block_id, r.ord, r.source, r.separator, r.target, r.state, r.note, r.created_at, now);
      }
      this.db.prepare('DELETE FROM segment_ops WHERE id = ?').run(row.id);
    })();
  }
}
