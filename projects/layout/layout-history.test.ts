import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayoutArticle, LayoutEdit } from './layout-edit';
import { LayoutError } from './layout-error';
import { canRedo, canUndo, createHistory, push, redo, restoreHistory, undo } from './layout-history';

const page = (): LayoutArticle[] => [
  { blocks: [{ type: 'title', text: '标题' }, { type: 'paragraph', text: '第一段。', lines: [1, 2] }] },
  { blocks: [{ type: 'paragraph', text: 'Second article.' }] },
];

describe('LayoutHistory', () => {
  it('undoes and redoes edits in order', () => {
    let h = createHistory(page());
    expect(canUndo(h)).toBe(false);
    h = push(h, { op: 'set-type', article: 0, block: 0, type: 'heading' });
    h = push(h, { op: 'merge-articles', article: 0 });
    expect(h.current).toHaveLength(1);
    h = undo(h);
    expect(h.current).toHaveLength(2);
    expect(h.current[0]!.blocks[0]!.type).toBe('heading');
    h = undo(h);
    expect(h.current).toEqual(page());
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.current).toHaveLength(1);
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
  });

  it('drops the redo list on a new edit and leaves the history unchanged on a bad one', () => {
    let h = push(createHistory(page()), { op: 'move-article', article: 1, toIndex: 0 });
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    h = push(h, { op: 'set-type', article: 1, block: 0, type: 'heading' });
    expect(canRedo(h)).toBe(false);
    const before = JSON.stringify(h);
    expect(() => push(h, { op: 'merge-blocks', article: 1, block: 0 })).toThrow(LayoutError);
    expect(JSON.stringify(h)).toBe(before);
  });

  it('keeps at most `depth` undo steps', () => {
    let h = createHistory(page(), 2);
    for (const type of ['heading', 'byline', 'caption'] as const) h = push(h, { op: 'set-type', article: 0, block: 0, type });
    h = undo(undo(undo(h)));
    expect(h.current[0]!.blocks[0]!.type).toBe('heading');
  });

  it('survives a JSON round trip and rejects a broken one', () => {
    let h = push(createHistory(page()), { op: 'split-article', article: 0, block: 1 });
    h = undo(push(h, { op: 'merge-articles', article: 1 }));
    const restored = restoreHistory(JSON.parse(JSON.stringify(h)));
    expect(restored).toEqual(h);
    expect(redo(restored).current).toEqual(redo(h).current);
    expect(() => restoreHistory({ past: [], current: [{ blocks: [{ type: 'x', text: '' }] }], future: [], depth: 5 })).toThrow(LayoutError);
    expect(() => restoreHistory(null)).toThrow(/bad-history/);
  });

  it('undo after any edit sequence returns each earlier state (property)', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('set-type'), article: fc.nat(2), block: fc.nat(2), type: fc.constantFrom('title', 'paragraph', 'heading') }),
      fc.record({ op: fc.constant('split-block'), article: fc.nat(2), block: fc.nat(2), offset: fc.nat(6) }),
      fc.record({ op: fc.constant('merge-blocks'), article: fc.nat(2), block: fc.nat(2) }),
      fc.record({ op: fc.constant('move-article'), article: fc.nat(2), toIndex: fc.nat(2) }),
    ) as fc.Arbitrary<LayoutEdit>;
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 15 }), (edits) => {
        let h = createHistory(page());
        const states = [h.current];
        for (const e of edits) {
          try {
            h = push(h, e);
            states.push(h.current);
          } catch (err) {
            expect(err).toBeInstanceOf(LayoutError);
          }
        }
        for (let i = states.length - 1; i >= 0; i--) {
          expect(h.current).toEqual(states[i]);
          h = undo(h);
        }
        expect(canUndo(h)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
