/** zod schemas of the data that crosses the API, shared by the contract's inputs and outputs. */
import { z } from 'zod';
import { BLOCK_TYPES, SEGMENT_STATES } from '../projects/model';
import { QA_CHECKS, TERM_STATUSES } from '../glossary/model';

export const blockType = z.enum(BLOCK_TYPES);
export const segmentState = z.enum(SEGMENT_STATES);
export const range = z.tuple([z.number().int(), z.number().int()]);
export const projectId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'a project id: lower-case letters, digits, dot, dash or underscore');
export const id = z.number().int().positive();
/** File contents travel as base64 in JSON (both transports). */
export const base64 = z.string().max(200 * 1024 * 1024);

export const segment = z.object({
  id: z.number().int(),
  blockId: z.number().int(),
  ord: z.number(),
  source: z.string(),
  separator: z.string(),
  target: z.string(),
  state: segmentState,
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const block = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  ord: z.number(),
  type: blockType,
  text: z.string(),
  lines: range.nullable(),
  segments: z.array(segment),
});

export const article = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  ord: z.number(),
  blocks: z.array(block),
});

export const projectDocument = z.object({
  id: z.number().int(),
  name: z.string(),
  format: z.string(),
  encoding: z.string().nullable(),
  importedAt: z.string(),
  layoutConfirmed: z.boolean(),
  articles: z.array(article),
});

export const documentSummary = projectDocument.omit({ articles: true }).extend({
  segments: z.number().int(),
  translated: z.number().int(),
});

export const projectSummary = z.object({
  id: projectId,
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
});

export const importedBlock = z.object({
  type: blockType,
  text: z.string(),
  lines: range.optional(),
});
export const layoutArticle = z.object({ blocks: z.array(importedBlock) });
export const layoutState = z.object({
  documentId: z.number().int(),
  confirmed: z.boolean(),
  articles: z.array(layoutArticle),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});

export const term = z.object({
  id: z.number().int().optional(),
  lang: z.enum(['zh', 'en']),
  text: z.string().min(1),
  status: z.enum(TERM_STATUSES),
  caseSensitive: z.boolean().default(false),
  note: z.string().default(''),
});

export const conceptInput = z.object({
  id: z.number().int().optional(),
  domain: z.string().default(''),
  definition: z.string().default(''),
  note: z.string().default(''),
  terms: z.array(term).min(1),
});

export const concept = z.object({
  id: z.number().int(),
  domain: z.string(),
  definition: z.string(),
  note: z.string(),
  terms: z.array(term),
  createdBy: z.string(),
  createdAt: z.string(),
  modifiedBy: z.string(),
  modifiedAt: z.string(),
});

export const finding = z.object({
  check: z.enum(QA_CHECKS),
  severity: z.enum(['error', 'warning']),
  term: z.string().nullable(),
  conceptId: z.number().int().nullable(),
  sourceRange: range.nullable(),
  targetRange: range.nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  waived: z
    .object({ id: z.number().int(), by: z.string(), at: z.string(), reason: z.string() })
    .optional(),
});

export const termMatch = z.object({
  start: z.number().int(),
  end: z.number().int(),
  conceptId: z.number().int(),
  zh: z.string(),
  matched: z.string(),
  /** English renderings for hover and completion: preferred first, then admitted; forbidden apart. */
  preferred: z.array(z.string()),
  admitted: z.array(z.string()),
  forbidden: z.array(z.string()),
  note: z.string(),
  domain: z.string(),
});

export const segmentQa = z.object({
  segmentId: z.number().int(),
  matches: z.array(termMatch),
  findings: z.array(finding),
});

export const exportFile = z.object({ name: z.string(), data: base64 });
