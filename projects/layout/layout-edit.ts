import { z } from 'zod';
import { BLOCK_TYPES } from '../model';

const idx = z.number().int().min(0);

/** One fix of layout review. There is no delete: source text is never lost. */
export const layoutEditSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set-type'), article: idx, block: idx, type: z.enum(BLOCK_TYPES) }),
  z.object({ op: z.literal('move-block'), article: idx, block: idx, toArticle: idx, toIndex: idx }),
  z.object({ op: z.literal('merge-blocks'), article: idx, block: idx }),
  z.object({ op: z.literal('split-block'), article: idx, block: idx, offset: z.number().int().min(1) }),
  z.object({ op: z.literal('merge-articles'), article: idx }),
  z.object({ op: z.literal('split-article'), article: idx, block: z.number().int().min(1) }),
  z.object({ op: z.literal('move-article'), article: idx, toIndex: idx }),
]);

export type LayoutEdit = z.infer<typeof layoutEditSchema>;
