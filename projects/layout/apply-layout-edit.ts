import type { ImportedBlock } from '../model';
import type { LayoutEdit } from './layout-edit';
import { LayoutError } from './layout-error';

export interface LayoutArticle {
  blocks: ImportedBlock[];
}

const LATIN_END = /[A-Za-z0-9.,;:!?'")\]]$/;
const LATIN_START = /^[A-Za-z0-9"'(\[]/;

function article(articles: LayoutArticle[], i: number): LayoutArticle {
  const a = articles[i];
  if (!a) throw new LayoutError('no-such-article', { article: i, articles: articles.length });
  return a;
}

function block(a: LayoutArticle, ai: number, bi: number): ImportedBlock {
  const b = a.blocks[bi];
  if (!b) throw new LayoutError('no-such-block', { article: ai, block: bi, blocks: a.blocks.length });
  return b;
}

function unite(a?: [number, number], b?: [number, number]): [number, number] | undefined {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/** Join two block texts: nothing between CJK, one space between Latin words. */
export function joinTexts(a: string, b: string): string {
  return LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b;
}

const withLines = (b: ImportedBlock, lines: [number, number] | undefined): ImportedBlock => {
  const { lines: _old, ...rest } = b;
  return lines ? { ...rest, lines } : rest;
};

/**
 * Apply one layout-review edit, returning a new layout (the input is never mutated). Every edit
 * keeps all source characters: there is no delete.
 */
export function applyLayoutEdit(articles: LayoutArticle[], edit: LayoutEdit): LayoutArticle[] {
  const next = articles.map((a) => ({ blocks: [...a.blocks] }));
  switch (edit.op) {
    case 'set-type': {
      const a = article(next, edit.article);
      a.blocks[edit.block] = { ...block(a, edit.article, edit.block), type: edit.type };
      return next;
    }
    case 'move-block': {
      const from = article(next, edit.article);
      const b = block(from, edit.article, edit.block);
      const to = article(next, edit.toArticle);
      from.blocks.splice(edit.block, 1);
      if (edit.toIndex > to.blocks.length) throw new LayoutError('bad-index', { toIndex: edit.toIndex, blocks: to.blocks.length });
      to.blocks.splice(edit.toIndex, 0, b);
      return next.filter((a) => a.blocks.length > 0);
    }
    case 'merge-blocks': {
      const a = article(next, edit.article);
      const b = block(a, edit.article, edit.block);
      const n = block(a, edit.article, edit.block + 1);
      a.blocks.splice(edit.block, 2, withLines({ ...b, text: joinTexts(b.text, n.text) }, unite(b.lines, n.lines)));
      return next;
    }
    case 'split-block': {
      const a = article(next, edit.article);
      const b = block(a, edit.article, edit.block);
      if (edit.offset <= 0 || edit.offset >= b.text.length) throw new LayoutError('bad-offset', { offset: edit.offset, length: b.text.length });
      // whitespace at the cut stays with the first half's end so no character is lost
      const head = b.text.slice(0, edit.offset);
      const tail = b.text.slice(edit.offset);
      if (head.trim() === '' || tail.trim() === '') throw new LayoutError('bad-offset', { offset: edit.offset, length: b.text.length });
      a.blocks.splice(edit.block, 1, { ...b, text: head.replace(/\s+$/u, '') }, { ...b, text: tail.replace(/^\s+/u, '') });
      return next;
    }
    case 'merge-articles': {
      const a = article(next, edit.article);
      const n = article(next, edit.article + 1);
      next.splice(edit.article, 2, { blocks: [...a.blocks, ...n.blocks] });
      return next;
    }
    case 'split-article': {
      const a = article(next, edit.article);
      if (edit.block <= 0 || edit.block >= a.blocks.length) throw new LayoutError('bad-index', { block: edit.block, blocks: a.blocks.length });
      next.splice(edit.article, 1, { blocks: a.blocks.slice(0, edit.block) }, { blocks: a.blocks.slice(edit.block) });
      return next;
    }
    case 'move-article': {
      const a = article(next, edit.article);
      if (edit.toIndex >= next.length) throw new LayoutError('bad-index', { toIndex: edit.toIndex, articles: next.length });
      next.splice(edit.article, 1);
      next.splice(edit.toIndex, 0, a);
      return next;
    }
  }
}
