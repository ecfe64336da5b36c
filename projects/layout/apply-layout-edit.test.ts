import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BLOCK_TYPES } from '../model';
import { applyLayoutEdit, type LayoutArticle } from './apply-layout-edit';
import { layoutEditSchema, type LayoutEdit } from './layout-edit';

const page = (): LayoutArticle[] => [
  { blocks: [{ type: 'paragraph', text: '第一段。', lines: [1, 2] }, { type: 'paragraph', text: '第二段', lines: [3, 3] }, { type: 'title', text: '标题' }] },
  { blocks: [{ type: 'byline', text: '本报记者 张三' }, { type: 'paragraph', text: 'The U.S. team' }] },
];

const chars = (l: LayoutArticle[]) => [...l.flatMap((a) => a.blocks.map((b) => b.text)).join('').replace(/\s/g, '')].sort().join('');

describe('applyLayoutEdit', () => {
  it('changes a type without touching the input', () => {
    const before = page();
    const after = applyLayoutEdit(before, { op: 'set-type', article: 0, block: 1, type: 'heading' });
    expect(after[0]!.blocks[1]!.type).toBe('heading');
    expect(before[0]!.blocks[1]!.type).toBe('paragraph');
  });
  it('merges blocks (no space between CJK, a space between Latin words) and unites line ranges', () => {
    const m = applyLayoutEdit(page(), { op: 'merge-blocks', article: 0, block: 0 });
    expect(m[0]!.blocks[0]).toEqual({ type: 'paragraph', text: '第一段。第二段', lines: [1, 3] });
    const l = applyLayoutEdit([{ blocks: [{ type: 'paragraph', text: 'one' }, { type: 'paragraph', text: 'two' }] }], { op: 'merge-blocks', article: 0, block: 0 });
    expect(l[0]!.blocks[0]!.text).toBe('one two');
  });
  it('splits a block at an offset and an article at a block', () => {
    const s = applyLayoutEdit(page(), { op: 'split-block', article: 1, block: 0, offset: 4 });
    expect(s[1]!.blocks.slice(0, 2).map((b) => b.text)).toEqual(['本报记者', '张三']);
    const a = applyLayoutEdit(page(), { op: 'split-article', article: 0, block: 2 });
    expect(a).toHaveLength(3);
    expect(a[1]!.blocks[0]!.text).toBe('标题');
  });
  it('moves blocks between articles (an emptied article disappears) and reorders articles', () => {
    const one = applyLayoutEdit(page(), { op: 'move-block', article: 0, block: 2, toArticle: 1, toIndex: 0 });
    expect(one[1]!.blocks[0]!.text).toBe('标题');
    const solo: LayoutArticle[] = [{ blocks: [{ type: 'title', text: 'A' }] }, { blocks: [{ type: 'paragraph', text: 'B' }] }];
    expect(applyLayoutEdit(solo, { op: 'move-block', article: 0, block: 0, toArticle: 1, toIndex: 1 })).toHaveLength(1);
    const r = applyLayoutEdit(page(), { op: 'move-article', article: 1, toIndex: 0 });
    expect(r[0]!.blocks[0]!.type).toBe('byline');
    const mm = applyLayoutEdit(page(), { op: 'merge-articles', article: 0 });
    expect(mm).toHaveLength(1);
    expect(mm[0]!.blocks).toHaveLength(5);
  });
  it('names what is wrong with a bad edit', () => {
    expect(() => applyLayoutEdit(page(), { op: 'set-type', article: 5, block: 0, type: 'title' })).toThrow(/no-such-article/);
    expect(() => applyLayoutEdit(page(), { op: 'merge-blocks', article: 0, block: 2 })).toThrow(/no-such-block/);
    expect(() => applyLayoutEdit(page(), { op: 'split-block', article: 0, block: 0, offset: 99 })).toThrow(/bad-offset/);
    expect(() => applyLayoutEdit(page(), { op: 'merge-articles', article: 1 })).toThrow(/no-such-article/);
    expect(layoutEditSchema.safeParse({ op: 'delete-block', article: 0, block: 0 }).success).toBe(false);
  });
  it('never loses or invents a character, whatever the edits (property)', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('set-type'), article: fc.nat(3), block: fc.nat(4), type: fc.constantFrom(...BLOCK_TYPES) }),
      fc.record({ op: fc.constant('move-block'), article: fc.nat(3), block: fc.nat(4), toArticle: fc.nat(3), toIndex: fc.nat(5) }),
      fc.record({ op: fc.constant('merge-blocks'), article: fc.nat(3), block: fc.nat(4) }),
      fc.record({ op: fc.constant('split-block'), article: fc.nat(3), block: fc.nat(4), offset: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ op: fc.constant('merge-articles'), article: fc.nat(3) }),
      fc.record({ op: fc.constant('split-article'), article: fc.nat(3), block: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ op: fc.constant('move-article'), article: fc.nat(3), toIndex: fc.nat(3) }),
    ) as fc.Arbitrary<LayoutEdit>;
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let l = page();
        const want = chars(l);
        for (const e of edits) {
          try {
            l = applyLayoutEdit(l, layoutEditSchema.parse(e));
          } catch (err) {
            expect((err as { code?: string }).code).toMatch(/^(no-such-article|no-such-block|bad-offset|bad-index)$/);
          }
          expect(chars(l)).toBe(want);
        }
      }),
      { numRuns: 300 },
    );
  });
});
