import { z } from 'zod';
import { BLOCK_TYPES } from '../model';
import { applyLayoutEdit } from './apply-layout-edit';
import type { LayoutArticle, LayoutEdit } from './layout-edit';
import { LayoutError } from './layout-error';

/**
 * Undo/redo for layout review as plain JSON-serialisable data: snapshots of the layout before
 * (`past`) and after (`future`) the current one. Every function returns a new history and leaves
 * its argument untouched; snapshots share unchanged articles and blocks.
 */
export interface LayoutHistory {
  past: LayoutArticle[][];
  current: LayoutArticle[];
  future: LayoutArticle[][];
  /** How many states undo can go back (oldest dropped first). */
  depth: number;
}

export const DEFAULT_HISTORY_DEPTH = 100;

export function createHistory(initial: LayoutArticle[], depth = DEFAULT_HISTORY_DEPTH): LayoutHistory {
  return { past: [], current: initial, future: [], depth: Math.max(1, Math.floor(depth)) };
}

/** Applies `edit` (a `LayoutError` propagates and nothing changes) and clears the redo list. */
export function push(history: LayoutHistory, edit: LayoutEdit): LayoutHistory {
  const current = applyLayoutEdit(history.current, edit);
  return { ...history, past: [...history.past, history.current].slice(-history.depth), current, future: [] };
}

export function canUndo(history: LayoutHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: LayoutHistory): boolean {
  return history.future.length > 0;
}

/** One step back; the same history when there is nothing to undo. */
export function undo(history: LayoutHistory): LayoutHistory {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { ...history, past: history.past.slice(0, -1), current: previous, future: [history.current, ...history.future] };
}

/** One step forward again; the same history when there is nothing to redo. */
export function redo(history: LayoutHistory): LayoutHistory {
  const next = history.future[0];
  if (!next) return history;
  return { ...history, past: [...history.past, history.current].slice(-history.depth), current: next, future: history.future.slice(1) };
}

const articlesSchema = z.array(
  z.object({
    blocks: z.array(
      z.object({
        type: z.enum(BLOCK_TYPES),
        text: z.string(),
        lines: z.tuple([z.number().int(), z.number().int()]).optional(),
      }),
    ),
  }),
);

const historySchema = z.object({
  past: z.array(articlesSchema),
  current: articlesSchema,
  future: z.array(articlesSchema),
  depth: z.number().int().min(1),
});

/** Validates a persisted history (e.g. `JSON.parse` output); throws `LayoutError('bad-history')` when it does not fit. */
export function restoreHistory(json: unknown): LayoutHistory {
  const parsed = historySchema.safeParse(json);
  if (!parsed.success) {
    throw new LayoutError('bad-history', { issues: parsed.error.issues.map((i) => ({ path: i.path, code: i.code })) });
  }
  return parsed.data;
}
