import { z } from 'zod';
import { BLOCK_TYPES, type ImportedBlock } from '../model';

/** An article as the layout-review step sees it: typed blocks in reading order. */
export interface LayoutArticle {
  blocks: ImportedBlock[];
}

/** Indices are only checked for shape here; `applyLayoutEdit` reports out-of-range ones with a precise code. */
const idx = z.number().int().min(0);

/** One fix of layout review. There is no delete: source text is never lost. */
export const layoutEditSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set-type'), article: idx, block: idx, type: z.enum(BLOCK_TYPES) }),
  z.object({ op: z.literal('move-block'), article: idx, block: idx, toArticle: idx, toIndex: idx }),
  z.object({ op: z.literal('merge-blocks'), article: idx, block: idx }),
  z.object({ op: z.literal('split-block'), article: idx, block: idx, offset: idx }),
  z.object({ op: z.literal('merge-articles'), article: idx }),
  z.object({ op: z.literal('split-article'), article: idx, block: idx }),
  z.object({ op: z.literal('move-article'), article: idx, toIndex: idx }),
]);

export type LayoutEdit = z.infer<typeof layoutEditSchema>;
export type LayoutEditOp = LayoutEdit['op'];
