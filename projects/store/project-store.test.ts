import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ProjectStore } from './project-store';
import { PROJECT_MIGRATIONS } from './migrations';
import type { ImportedDocument } from '../model';

// a deterministic sentence splitter, so these tests do not depend on the SRX rules
const segment = (text: string) => {
  const out: { source: string; separator: string }[] = [];
  const re = /[^。！？]+[。！？]?/g;
  for (const m of text.matchAll(re)) out.push({ source: m[0].trim(), separator: '' });
  return out.filter((s) => s.source);
};

const doc: ImportedDocument = {
  articles: [
    { blocks: [{ type: 'title', text: '标题一' }, { type: 'paragraph', text: '第一句。第二句！第三句？', lines: [1, 3] }] },
    { blocks: [{ type: 'paragraph', text: '另一篇。' }] },
  ],
  meta: { format: 'txt', encoding: 'UTF-8', language: 'zh', warnings: [] },
};

const tmp = () => join(mkdtempSync(join(tmpdir(), 'duizhao-store-')), 'p.duizhao');

describe('ProjectStore', () => {
  it('creates a project file with the schema version and pragmas', () => {
    const path = tmp();
    const s = ProjectStore.open(path, { create: true, name: 'Test', segment });
    expect(s.info().name).toBe('Test');
    expect(s.db.pragma('user_version', { simple: true })).toBe(PROJECT_MIGRATIONS.length);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    s.close();
    const again = ProjectStore.open(path, { segment });
    expect(again.info().name).toBe('Test');
    again.close();
  });

  it('refuses missing files, non-SQLite files and newer schemas', () => {
    expect(() => ProjectStore.open(tmp(), { segment })).toThrow(/project-not-found/);
    const junk = tmp();
    writeFileSync(junk, 'not a database at all');
    expect(() => ProjectStore.open(junk, { segment })).toThrow(/not-a-project/);
    const newer = tmp();
    const db = new Database(newer);
    db.pragma(`user_version = ${PROJECT_MIGRATIONS.length + 5}`);
    db.close();
    expect(() => ProjectStore.open(newer, { segment })).toThrow(/newer-schema/);
  });

  it('keeps a document under layout review until confirmed, then segments it losslessly', () => {
    const s = ProjectStore.open(tmp(), { create: true, segment });
    const id = s.addDocument('a.txt', doc, { confirm: false });
    expect(s.getDocument(id).layoutConfirmed).toBe(false);
    expect(s.allSegments()).toHaveLength(0);
    s.layout.confirm(id);
    const d = s.getDocument(id);
    expect(d.layoutConfirmed).toBe(true);
    const para = d.articles[0]!.blocks[1]!;
    expect(para.segments.map((x) => x.source)).toEqual(['第一句。', '第二句！', '第三句？']);
    expect(para.text).toBe('第一句。第二句！第三句？');
    expect(para.lines).toEqual([1, 3]);
    expect(() => s.layout.edit(id, { op: 'set-type', article: 0, block: 0, type: 'heading' } as never)).toThrow(/layout-confirmed/);
    s.close();
  });

  it('persists targets and states, and waivers with who, when and why', () => {
    const path = tmp();
    let s = ProjectStore.open(path, { create: true, segment });
    s.addDocument('a.txt', doc, { confirm: true });
    const seg = s.allSegments()[1]!;
    s.updateSegment(seg.id, { target: 'The first sentence.', state: 'translated' });
    s.addWaiver({ segmentId: seg.id, check: 'term-missing', term: '标题', reason: 'house style', by: 'editor' });
    s.close();
    s = ProjectStore.open(path, { segment });
    expect(s.getSegment(seg.id)).toMatchObject({ target: 'The first sentence.', state: 'translated' });
    expect(s.waivers(seg.id)[0]).toMatchObject({ check: 'term-missing', reason: 'house style', by: 'editor' });
    expect(s.listDocuments()[0]).toMatchObject({ segments: 5, translated: 1 });
    s.close();
  });

  it('splits and merges segments and undoes both, also after reopening', () => {
    const path = tmp();
    let s = ProjectStore.open(path, { create: true, segment });
    const id = s.addDocument('a.txt', doc, { confirm: true });
    const [, first, second] = s.allSegments();
    s.updateSegment(first!.id, { target: 'One.' });
    s.updateSegment(second!.id, { target: 'Two.' });
    s.segmentOps.merge(first!.id);
    expect(s.getSegment(first!.id)).toMatchObject({ source: '第一句。第二句！', target: 'One. Two.' });
    s.close();
    s = ProjectStore.open(path, { segment });
    s.segmentOps.undo(id);
    expect(s.getSegment(first!.id)).toMatchObject({ source: '第一句。', target: 'One.' });
    expect(s.getSegment(second!.id)).toMatchObject({ source: '第二句！', target: 'Two.' });
    const r = s.segmentOps.split(first!.id, 2);
    expect(s.getSegment(r.first).source + s.getSegment(r.first).separator + s.getSegment(r.second).source).toBe('第一句。');
    const order = s.getDocument(id).articles[0]!.blocks[1]!.segments.map((x) => x.source);
    expect(order).toEqual(['第一', '句。', '第二句！', '第三句？']);
    s.segmentOps.undo(id);
    expect(s.getDocument(id).articles[0]!.blocks[1]!.segments.map((x) => x.source)).toEqual(['第一句。', '第二句！', '第三句？']);
    expect(() => s.segmentOps.undo(id)).toThrow(/nothing-to-undo/);
    expect(() => s.segmentOps.split(first!.id, 0)).toThrow(/bad-split-offset/);
    s.close();
  });

  it('layout review: edits, undo and redo persist across reopening; undo replays the edits on the imported layout', () => {
    const path = tmp();
    let s = ProjectStore.open(path, { create: true, segment });
    const id = s.addDocument('a.txt', doc, { confirm: false });
    s.layout.edit(id, { op: 'set-type', article: 0, block: 1, type: 'heading' });
    s.layout.edit(id, { op: 'merge-articles', article: 0 });
    s.layout.edit(id, { op: 'split-block', article: 0, block: 1, offset: 4 });
    expect(s.layout.get(id).articles[0]!.blocks.map((b) => b.text)).toEqual(['标题一', '第一句。', '第二句！第三句？', '另一篇。']);
    s.close();
    s = ProjectStore.open(path, { segment });
    let st = s.layout.undo(id);
    expect(st.articles[0]!.blocks.map((b) => b.text)).toEqual(['标题一', '第一句。第二句！第三句？', '另一篇。']);
    st = s.layout.undo(id);
    expect(st.articles).toHaveLength(2);
    expect(st.articles[0]!.blocks[1]!.type).toBe('heading');
    expect(st.canRedo).toBe(true);
    st = s.layout.redo(id);
    expect(st.articles).toHaveLength(1);
    s.layout.undo(id);
    s.layout.undo(id);
    expect(s.layout.get(id).articles).toEqual(doc.articles.map((a) => ({ blocks: a.blocks })));
    expect(() => s.layout.undo(id)).toThrow(/nothing-to-undo/);
    // a new edit clears what could be redone
    s.layout.edit(id, { op: 'move-article', article: 1, toIndex: 0 });
    expect(s.layout.get(id).canRedo).toBe(false);
    s.layout.confirm(id);
    expect(s.getDocument(id).articles[0]!.blocks[0]!.segments[0]!.source).toBe('另一篇。');
    expect(() => s.layout.undo(id)).toThrow(/layout-confirmed/);
    s.close();
  });
});
