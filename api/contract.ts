/**
 * The one contract of Duizhao's API: every operation, its input and its output, as zod schemas.
 * Both transports (Electron IPC and the local HTTP host) carry exactly these calls.
 */
import { z } from 'zod';
import * as s from './schemas';

const m = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const project = { projectId: s.projectId };
const doc = { ...project, documentId: s.id };
/** Optional job id: long operations report progress under it and can be cancelled with job.cancel. */
const job = { jobId: z.string().max(64).optional() };

export const contract = {
  'app.info': m(
    z.object({}),
    z.object({
      version: z.string(),
      projectsDir: z.string(),
      glossaryPath: z.string(),
      user: z.string(),
      importFormats: z.array(z.string()),
      exportFormats: z.array(z.string()),
      glossaryFormats: z.array(z.string()),
    }),
  ),
  'job.cancel': m(z.object({ jobId: z.string() }), z.object({ cancelled: z.boolean() })),

  'project.list': m(z.object({}), z.array(s.projectSummary)),
  'project.create': m(z.object({ name: z.string().trim().min(1).max(200) }), s.projectSummary),
  /** Segmentation rules of a project: its SRX 2.0 (the defaults until it has its own) and options. */
  'project.segmentation.get': m(
    z.object(project),
    z.object({ srx: z.string(), custom: z.boolean(), zhSemicolon: z.boolean(), zhColon: z.boolean() }),
  ),
  'project.segmentation.set': m(
    z.object({ ...project, srx: z.string().max(5_000_000).nullable().optional(), zhSemicolon: z.boolean().optional(), zhColon: z.boolean().optional() }),
    z.object({ srx: z.string(), custom: z.boolean(), zhSemicolon: z.boolean(), zhColon: z.boolean() }),
  ),

  'document.import': m(
    z.object({
      ...project,
      ...job,
      fileName: z.string().min(1).max(255),
      data: s.base64,
      encoding: z.string().max(40).optional(),
      language: z.enum(['zh', 'en']).optional(),
      /** Accept the rebuilt layout as is and segment at once (skip layout review). */
      confirm: z.boolean().default(false),
    }),
    z.object({
      documentId: z.number().int(),
      format: z.string(),
      encoding: z.string().nullable(),
      confidence: z.number().nullable(),
      warnings: z.array(z.object({ code: z.string(), line: z.number().optional(), detail: z.string().optional() })),
      articles: z.number().int(),
      blocks: z.number().int(),
    }),
  ),
  /** Translations back from an XLIFF 1.2/2.x file exported from this project. */
  'document.importXliff': m(
    z.object({ ...project, fileName: z.string().min(1).max(255), data: s.base64 }),
    z.object({ updated: z.number().int(), unchanged: z.number().int(), unmatched: z.array(z.string()), sourceMismatch: z.array(z.number().int()) }),
  ),
  'document.list': m(z.object(project), z.array(s.documentSummary)),
  'document.get': m(z.object(doc), s.projectDocument),
  'document.delete': m(z.object(doc), z.object({ deleted: z.boolean() })),

  'layout.get': m(z.object(doc), s.layoutState),
  'layout.edit': m(z.object({ ...doc, edit: z.looseObject({ op: z.string() }) }), s.layoutState),
  'layout.undo': m(z.object(doc), s.layoutState),
  'layout.redo': m(z.object(doc), s.layoutState),
  'layout.confirm': m(z.object(doc), s.layoutState),

  'segment.update': m(
    z.object({
      ...project,
      segmentId: s.id,
      target: z.string().max(100_000).optional(),
      state: s.segmentState.optional(),
      note: z.string().max(10_000).optional(),
    }),
    z.object({ segment: s.segment, qa: s.segmentQa }),
  ),
  'segment.split': m(z.object({ ...project, segmentId: s.id, offset: z.number().int().positive() }), z.object({ first: z.number().int(), second: z.number().int() })),
  'segment.merge': m(z.object({ ...project, segmentId: s.id }), z.object({ segmentId: z.number().int() })),
  'segment.undo': m(z.object(doc), z.object({ undone: z.boolean() })),

  /** Live check while typing: no storage, just the glossary against a source/target pair. */
  'qa.check': m(z.object({ source: z.string().max(100_000), target: z.string().max(100_000) }), s.segmentQa.omit({ segmentId: true })),
  'qa.document': m(z.object(doc), z.array(s.segmentQa)),
  /** Every segment of every document of the project, for the project QA view and term review. */
  'qa.project': m(
    z.object(project),
    z.array(s.segmentQa.extend({ documentId: z.number().int(), document: z.string(), source: z.string(), target: z.string(), state: s.segmentState })),
  ),
  'qa.waive': m(
    z.object({ ...project, segmentId: s.id, check: z.string(), term: z.string().nullable(), reason: z.string().trim().min(1).max(2000) }),
    z.object({ id: z.number().int() }),
  ),
  'qa.unwaive': m(z.object({ ...project, waiverId: s.id }), z.object({ removed: z.boolean() })),

  'glossary.info': m(z.object({}), z.object({ path: z.string(), version: z.number(), concepts: z.number().int() })),
  'glossary.list': m(
    z.object({
      text: z.string().max(200).optional(),
      domain: z.string().max(200).optional(),
      status: z.enum(['preferred', 'admitted', 'forbidden']).optional(),
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ items: z.array(s.concept), total: z.number().int() }),
  ),
  'glossary.import': m(
    z.object({ ...job, fileName: z.string().min(1).max(255), data: s.base64, dryRun: z.boolean().default(false) }),
    z.object({
      added: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      conflicting: z.number().int(),
      rows: z.array(z.looseObject({})).optional(),
    }),
  ),
  'glossary.export': m(z.object({ format: z.string() }), z.object({ files: z.array(s.exportFile) })),
  'glossary.add': m(z.object({ concept: s.conceptInput }), s.concept),
  'glossary.update': m(z.object({ id: s.id, concept: s.conceptInput }), s.concept),
  'glossary.delete': m(z.object({ id: s.id }), z.object({ deleted: z.boolean() })),
  'glossary.undo': m(z.object({}), z.object({ undone: z.boolean() })),
  'glossary.redo': m(z.object({}), z.object({ redone: z.boolean() })),
  'glossary.domains': m(z.object({}), z.array(z.string())),
  /** Frequent source n-grams and names of a project that the glossary lacks. */
  'glossary.candidates': m(
    z.object({ ...project, minCount: z.number().int().min(1).default(2), minLength: z.number().int().min(1).max(8).default(3), limit: z.number().int().min(1).max(500).default(100) }),
    z.array(z.object({ text: z.string(), count: z.number().int(), examples: z.array(z.union([z.string(), z.number()])) })),
  ),
  'glossary.conflicts': m(z.object({}), z.array(z.looseObject({}))),

  'export.run': m(
    z.object({
      ...project,
      ...job,
      format: z.string(),
      script: z.enum(['simplified', 'tw', 'hk']).default('simplified'),
      force: z.boolean().default(false),
    }),
    z.object({ files: z.array(s.exportFile), zip: s.exportFile.nullable() }),
  ),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

/** Events pushed to every client (IPC `on`, HTTP server-sent events). */
export interface Events {
  'glossary.changed': { version: number };
  progress: { jobId: string; done: number; total: number; phase: string };
}
export type EventName = keyof Events;
export const EVENT_NAMES: EventName[] = ['glossary.changed', 'progress'];

export const methods = Object.keys(contract) as Method[];
