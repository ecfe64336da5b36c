import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BLOCK_TYPES } from '../model';
import { applyLayoutEdit, type LayoutArticle } from './apply-layout-edit';
import { layoutEditSchema, type LayoutEdit } from './layout-edit';
import { LayoutError } from './layout-error';

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
    // nothing is trimmed at the cut: the space stays at the start of the second half
    expect(s[1]!.blocks.slice(0, 2).map((b) => b.text)).toEqual(['本报记者', ' 张三']);
    expect(applyLayoutEdit(s, { op: 'merge-blocks', article: 1, block: 0 })).toEqual(page());
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

describe('applyLayoutEdit — details', () => {
  const deepFreeze = <T>(v: T): T => {
    if (v && typeof v === 'object') {
      Object.values(v).forEach(deepFreeze);
      Object.freeze(v);
    }
    return v;
  };
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(LayoutError);
      return (e as LayoutError).code;
    }
    return undefined;
  };

  it('never mutates a deeply frozen input, for every kind of edit', () => {
    const frozen = deepFreeze(page());
    const edits: LayoutEdit[] = [
      { op: 'set-type', article: 0, block: 0, type: 'heading' },
      { op: 'move-block', article: 0, block: 0, toArticle: 0, toIndex: 2 },
      { op: 'move-block', article: 1, block: 1, toArticle: 0, toIndex: 0 },
      { op: 'merge-blocks', article: 0, block: 1 },
      { op: 'split-block', article: 0, block: 0, offset: 2 },
      { op: 'merge-articles', article: 0 },
      { op: 'split-article', article: 0, block: 1 },
      { op: 'move-article', article: 0, toIndex: 1 },
    ];
    for (const e of edits) expect(() => applyLayoutEdit(frozen, e)).not.toThrow();
    expect(frozen).toEqual(page());
  });

  it('reorders within an article', () => {
    const r = applyLayoutEdit(page(), { op: 'move-block', article: 0, block: 2, toArticle: 0, toIndex: 0 });
    expect(r[0]!.blocks.map((b) => b.text)).toEqual(['标题', '第一段。', '第二段']);
    const same = applyLayoutEdit(page(), { op: 'move-block', article: 0, block: 1, toArticle: 0, toIndex: 1 });
    expect(same).toEqual(page());
  });

  it('keeps a split block’s type and lines on both halves and refuses empty or broken halves', () => {
    const s = applyLayoutEdit(page(), { op: 'split-block', article: 0, block: 0, offset: 3 });
    expect(s[0]!.blocks.slice(0, 2)).toEqual([
      { type: 'paragraph', text: '第一段', lines: [1, 2] },
      { type: 'paragraph', text: '。', lines: [1, 2] },
    ]);
    const ws: LayoutArticle[] = [{ blocks: [{ type: 'paragraph', text: 'ab  ' }] }];
    expect(code(() => applyLayoutEdit(ws, { op: 'split-block', article: 0, block: 0, offset: 2 }))).toBe('bad-offset');
    const astral: LayoutArticle[] = [{ blocks: [{ type: 'paragraph', text: 'a𠀀b' }] }];
    expect(code(() => applyLayoutEdit(astral, { op: 'split-block', article: 0, block: 0, offset: 2 }))).toBe('bad-offset');
    expect(applyLayoutEdit(astral, { op: 'split-block', article: 0, block: 0, offset: 3 })[0]!.blocks.map((b) => b.text)).toEqual(['a𠀀', 'b']);
    expect(code(() => applyLayoutEdit(page(), { op: 'split-block', article: 0, block: 0, offset: 0 }))).toBe('bad-offset');
  });

  it('merges line ranges when only one side has them, and keeps the first block’s type', () => {
    const m = applyLayoutEdit(page(), { op: 'merge-blocks', article: 0, block: 1 });
    expect(m[0]!.blocks[1]).toEqual({ type: 'paragraph', text: '第二段标题', lines: [3, 3] });
    const none = applyLayoutEdit([{ blocks: [{ type: 'caption', text: 'x' }, { type: 'credit', text: 'y' }] }], { op: 'merge-blocks', article: 0, block: 0 });
    expect(none[0]!.blocks[0]).toEqual({ type: 'caption', text: 'x y' });
  });

  it('reports precise codes', () => {
    expect(code(() => applyLayoutEdit(page(), { op: 'set-type', article: 0, block: 9, type: 'title' }))).toBe('no-such-block');
    expect(code(() => applyLayoutEdit(page(), { op: 'move-block', article: 0, block: 0, toArticle: 7, toIndex: 0 }))).toBe('no-such-article');
    expect(code(() => applyLayoutEdit(page(), { op: 'move-block', article: 0, block: 0, toArticle: 1, toIndex: 3 }))).toBe('bad-index');
    expect(code(() => applyLayoutEdit(page(), { op: 'move-article', article: 0, toIndex: 2 }))).toBe('bad-index');
    expect(code(() => applyLayoutEdit(page(), { op: 'split-article', article: 0, block: 0 }))).toBe('bad-index');
    expect(code(() => applyLayoutEdit(page(), { op: 'split-article', article: 0, block: 3 }))).toBe('no-such-block');
    expect(code(() => applyLayoutEdit(page(), { op: 'set-type', article: -1, block: 0, type: 'title' }))).toBe('bad-edit');
    expect(code(() => applyLayoutEdit(page(), { op: 'delete-block', article: 0, block: 0 } as unknown as LayoutEdit))).toBe('bad-edit');
    expect(code(() => applyLayoutEdit(page(), { op: 'set-type', article: 0, block: 0, type: 'footnote' } as unknown as LayoutEdit))).toBe('bad-edit');
  });
});

describe('applyLayoutEdit — invariant on generated layouts', () => {
  it('keeps the multiset of non-whitespace characters for any layout and any edit (property)', () => {
    const text = fc
      .array(fc.constantFrom('中', '文', '。', 'a', 'B', '7', ' ', '\n', '“', '”', '𠀀', 'é', '.'), { minLength: 1, maxLength: 12 })
      .map((t) => t.join(''));
    const block = fc.record({ type: fc.constantFrom(...BLOCK_TYPES), text });
    const layout = fc.array(fc.record({ blocks: fc.array(block, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 });
    const edit = fc.oneof(
      fc.record({ op: fc.constant('set-type'), article: fc.nat(4), block: fc.nat(4), type: fc.constantFrom(...BLOCK_TYPES) }),
      fc.record({ op: fc.constant('move-block'), article: fc.nat(4), block: fc.nat(4), toArticle: fc.nat(4), toIndex: fc.nat(5) }),
      fc.record({ op: fc.constant('merge-blocks'), article: fc.nat(4), block: fc.nat(4) }),
      fc.record({ op: fc.constant('split-block'), article: fc.nat(4), block: fc.nat(4), offset: fc.nat(14) }),
      fc.record({ op: fc.constant('merge-articles'), article: fc.nat(4) }),
      fc.record({ op: fc.constant('split-article'), article: fc.nat(4), block: fc.nat(4) }),
      fc.record({ op: fc.constant('move-article'), article: fc.nat(4), toIndex: fc.nat(4) }),
    ) as fc.Arbitrary<LayoutEdit>;
    fc.assert(
      fc.property(layout, fc.array(edit, { maxLength: 20 }), (start, edits) => {
        let l: LayoutArticle[] = start;
        const want = chars(l);
        for (const e of edits) {
          try {
            l = applyLayoutEdit(l, e);
          } catch (err) {
            expect(err).toBeInstanceOf(LayoutError);
          }
          expect(chars(l)).toBe(want);
          expect(l.every((a) => a.blocks.length > 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
