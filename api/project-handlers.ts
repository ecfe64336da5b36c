import { importFile } from '../projects/import';
import { readXliff } from '../projects/export';
import { applyXliff, type ProjectStore } from '../projects/store';
import { writeSrx } from '../projects/segment';
import { layoutEditSchema, type LayoutEdit } from '../projects/layout';
import type { Handlers } from './dispatcher';
import { ApiError } from './api-error';
import type { CoreContext } from './core-context';
import { QaService } from './qa-service';

type H = Pick<
  Handlers,
  | 'project.list'
  | 'project.create'
  | 'project.segmentation.get'
  | 'project.segmentation.set'
  | 'document.import'
  | 'document.list'
  | 'document.importXliff'
  | 'document.get'
  | 'document.delete'
  | 'layout.get'
  | 'layout.edit'
  | 'layout.undo'
  | 'layout.redo'
  | 'layout.confirm'
  | 'segment.update'
  | 'segment.split'
  | 'segment.merge'
  | 'segment.undo'
>;

function segmentationOf(store: ProjectStore) {
  const s = store.segmentationSettings();
  return { srx: s.srx ?? writeSrx(store.segmentationRules()!), custom: s.srx !== null, zhSemicolon: s.zhSemicolon, zhColon: s.zhColon };
}

/** States that need a clean glossary check (or a waiver for each error). */
const GATED_STATES = new Set(['reviewed', 'final']);

export function projectHandlers(ctx: CoreContext): H {
  const { projects, qa, jobs } = ctx;
  return {
    'project.list': () => projects.list(),
    'project.create': ({ name }) => projects.create(name),
    'project.segmentation.get': ({ projectId }) => segmentationOf(projects.get(projectId)),
    'project.segmentation.set': ({ projectId, srx, zhSemicolon, zhColon }) => {
      const store = projects.get(projectId);
      store.setSegmentationSettings({ srx, zhSemicolon, zhColon });
      return segmentationOf(store);
    },

    'document.import': ({ projectId, fileName, data, encoding, language, confirm, jobId }) =>
      jobs.run(jobId, async ({ progress, signal }) => {
        const store = projects.get(projectId);
        progress(0, 3, 'decode');
        const bytes = Buffer.from(data, 'base64');
        const doc = await importFile(new Uint8Array(bytes), fileName, { encoding, language });
        if (signal.aborted) throw new ApiError('cancelled', { jobId });
        progress(1, 3, 'rebuild');
        const documentId = store.addDocument(fileName, doc, { confirm });
        progress(3, 3, 'done');
        return {
          documentId,
          format: doc.meta.format,
          encoding: doc.meta.encoding ?? null,
          confidence: doc.meta.confidence ?? null,
          warnings: doc.meta.warnings,
          articles: doc.articles.length,
          blocks: doc.articles.reduce((n, a) => n + a.blocks.length, 0),
        };
      }),
    'document.list': ({ projectId }) => projects.get(projectId).listDocuments(),
    'document.importXliff': ({ projectId, data }) => applyXliff(projects.get(projectId), readXliff(new Uint8Array(Buffer.from(data, 'base64')))),
    'document.get': ({ projectId, documentId }) => projects.get(projectId).getDocument(documentId),
    'document.delete': ({ projectId, documentId }) => {
      projects.get(projectId).deleteDocument(documentId);
      return { deleted: true };
    },

    'layout.get': ({ projectId, documentId }) => projects.get(projectId).layout.get(documentId),
    'layout.edit': ({ projectId, documentId, edit }) =>
      projects.get(projectId).layout.edit(documentId, layoutEditSchema.parse(edit) as LayoutEdit),
    'layout.undo': ({ projectId, documentId }) => projects.get(projectId).layout.undo(documentId),
    'layout.redo': ({ projectId, documentId }) => projects.get(projectId).layout.redo(documentId),
    'layout.confirm': ({ projectId, documentId }) => {
      const store = projects.get(projectId);
      store.layout.confirm(documentId);
      return store.layout.get(documentId);
    },

    'segment.update': ({ projectId, segmentId, target, state, note }) => {
      const store = projects.get(projectId);
      const cur = store.getSegment(segmentId);
      const nextTarget = target ?? cur.target;
      const result = qa.check(cur.source, nextTarget, store.waivers(segmentId));
      const nextState = state;
      if (nextState && GATED_STATES.has(nextState)) {
        const blocking = QaService.blocking(result.findings);
        if (blocking.length > 0) {
          throw new ApiError('glossary-errors', {
            segmentId,
            state: nextState,
            findings: blocking.map((f) => ({ check: f.check, term: f.term, params: f.params })),
          });
        }
      }
      const segment = store.updateSegment(segmentId, { target, state: nextState, note });
      return { segment, qa: { segmentId, ...result } };
    },
    'segment.split': ({ projectId, segmentId, offset }) => projects.get(projectId).segmentOps.split(segmentId, offset),
    'segment.merge': ({ projectId, segmentId }) => ({ segmentId: projects.get(projectId).segmentOps.merge(segmentId) }),
    'segment.undo': ({ projectId, documentId }) => {
      projects.get(projectId).segmentOps.undo(documentId);
      return { undone: true };
    },
  };
}
