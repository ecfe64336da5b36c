import type { ImportedBlock } from '../model';
import { joinTexts, unionLines } from './join-texts';
import { layoutEditSchema, type LayoutArticle, type LayoutEdit } from './layout-edit';

export type { LayoutArticle } from './layout-edit';
export { joinTexts } from './join-texts';
import { LayoutError } from './layout-error';

function articleAt(articles: readonly LayoutArticle[], article: number): LayoutArticle {
  const a = articles[article];
  if (!a) throw new LayoutError('no-such-article', { article, articles: articles.length });
  return a;
}

function blockAt(articles: readonly LayoutArticle[], article: number, block: number): ImportedBlock {
  const b = articleAt(articles, article).blocks[block];
  if (!b) throw new LayoutError('no-such-block', { article, block, blocks: articles[article]!.blocks.length });
  return b;
}

function withLines(block: Omit<ImportedBlock, 'lines'>, lines: [number, number] | undefined): ImportedBlock {
  return lines ? { ...block, lines } : { ...block };
}

/** Replaces article `i`'s blocks, copying only what changes. */
function replaceBlocks(articles: readonly LayoutArticle[], i: number, blocks: ImportedBlock[]): LayoutArticle[] {
  return articles.map((a, k) => (k === i ? { ...a, blocks } : a));
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * `split-block` keeps every character: whitespace at the cut stays exactly where the offset puts it
 * (end of the first half or start of the second), so merging the halves back gives the text back.
 * Both halves keep the type and the line range (the cut's line is not known).
 */
function splitBlock(articles: readonly LayoutArticle[], article: number, block: number, offset: number): LayoutArticle[] {
  const b = blockAt(articles, article, block);
  const { text } = b;
  const details = { article, block, offset, length: text.length };
  if (offset <= 0 || offset >= text.length) throw new LayoutError('bad-offset', { ...details, reason: 'out-of-range' });
  if (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) {
    throw new LayoutError('bad-offset', { ...details, reason: 'inside-surrogate-pair' });
  }
  const head = text.slice(0, offset);
  const tail = text.slice(offset);
  if (!/\S/u.test(head) || !/\S/u.test(tail)) throw new LayoutError('bad-offset', { ...details, reason: 'empty-half' });
  const blocks = [...articles[article]!.blocks];
  blocks.splice(block, 1, withLines({ type: b.type, text: head }, b.lines), withLines({ type: b.type, text: tail }, b.lines));
  return replaceBlocks(articles, article, blocks);
}

function mergeBlocks(articles: readonly LayoutArticle[], article: number, block: number): LayoutArticle[] {
  const a = blockAt(articles, article, block);
  const b = articles[article]!.blocks[block + 1];
  if (!b) throw new LayoutError('no-such-block', { article, block: block + 1, blocks: articles[article]!.blocks.length });
  const merged = withLines({ type: a.type, text: joinTexts(a.text, b.text) }, unionLines(a.lines, b.lines));
  const blocks = [...articles[article]!.blocks];
  blocks.splice(block, 2, merged);
  return replaceBlocks(articles, article, blocks);
}

function moveBlock(articles: readonly LayoutArticle[], edit: Extract<LayoutEdit, { op: 'move-block' }>): LayoutArticle[] {
  const b = blockAt(articles, edit.article, edit.block);
  articleAt(articles, edit.toArticle);
  const copy = articles.map((a) => ({ ...a, blocks: [...a.blocks] }));
  copy[edit.article]!.blocks.splice(edit.block, 1);
  const dest = copy[edit.toArticle]!.blocks;
  if (edit.toIndex > dest.length) {
    throw new LayoutError('bad-index', { toArticle: edit.toArticle, toIndex: edit.toIndex, max: dest.length });
  }
  dest.splice(edit.toIndex, 0, b);
  // An article emptied by the move disappears; texts are never lost, only regrouped.
  return copy.filter((a) => a.blocks.length > 0);
}

function moveArticle(articles: readonly LayoutArticle[], article: number, toIndex: number): LayoutArticle[] {
  const a = articleAt(articles, article);
  if (toIndex >= articles.length) throw new LayoutError('bad-index', { toIndex, max: articles.length - 1 });
  const copy = [...articles];
  copy.splice(article, 1);
  copy.splice(toIndex, 0, a);
  return copy;
}

/**
 * Applies one layout-review edit and returns the new article list; the input is never mutated
 * (unchanged articles and blocks are shared). Invalid indices or offsets throw `LayoutError`.
 * Invariant: the multiset of non-whitespace characters over all blocks is unchanged.
 */
export function applyLayoutEdit(articles: readonly LayoutArticle[], edit: LayoutEdit): LayoutArticle[] {
  const parsed = layoutEditSchema.safeParse(edit);
  if (!parsed.success) {
    throw new LayoutError('bad-edit', { issues: parsed.error.issues.map((i) => ({ path: i.path, code: i.code })) });
  }
  const e = parsed.data;
  switch (e.op) {
    case 'set-type': {
      const b = blockAt(articles, e.article, e.block);
      const blocks = [...articles[e.article]!.blocks];
      blocks[e.block] = { ...b, type: e.type };
      return replaceBlocks(articles, e.article, blocks);
    }
    case 'move-block':
      return moveBlock(articles, e);
    case 'merge-blocks':
      return mergeBlocks(articles, e.article, e.block);
    case 'split-block':
      return splitBlock(articles, e.article, e.block, e.offset);
    case 'merge-articles': {
      const a = articleAt(articles, e.article);
      const next = articles[e.article + 1];
      if (!next) throw new LayoutError('no-such-article', { article: e.article + 1, articles: articles.length });
      const copy = [...articles];
      copy.splice(e.article, 2, { ...a, blocks: [...a.blocks, ...next.blocks] });
      return copy;
    }
    case 'split-article': {
      const a = articleAt(articles, e.article);
      if (e.block >= a.blocks.length) throw new LayoutError('no-such-block', { article: e.article, block: e.block, blocks: a.blocks.length });
      if (e.block === 0) throw new LayoutError('bad-index', { article: e.article, block: e.block, reason: 'empty-article' });
      const copy = [...articles];
      copy.splice(e.article, 1, { ...a, blocks: a.blocks.slice(0, e.block) }, { blocks: a.blocks.slice(e.block) });
      return copy;
    }
    case 'move-article':
      return moveArticle(articles, e.article, e.toIndex);
  }
}
