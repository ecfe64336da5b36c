import { exportFormats, getExportFormat } from '../projects/export';
import type { Handlers } from './dispatcher';
import { ApiError } from './api-error';
import type { CoreContext } from './core-context';
import { buildQaReport, checkProject } from './project-qa';

type H = Pick<Handlers, 'qa.document' | 'qa.project' | 'qa.waive' | 'qa.unwaive' | 'export.run'>;

/** Glossary matches of every segment, for XLIFF notes. */
function termNotes(ctx: CoreContext, projectId: string): Map<number, { zh: string; en: string }[]> {
  const notes = new Map<number, { zh: string; en: string }[]>();
  for (const { segment, qa } of checkProject(ctx.projects.get(projectId), ctx.qa)) {
    if (qa.matches.length) notes.set(segment.id, qa.matches.map((m) => ({ zh: m.zh, en: m.preferred[0] ?? '' })));
  }
  return notes;
}

export function exportHandlers(ctx: CoreContext): H {
  const { projects, qa, jobs, user } = ctx;
  return {
    'qa.document': ({ projectId, documentId }) =>
      checkProject(projects.get(projectId), qa, documentId).map((r) => ({ segmentId: r.segment.id, ...r.qa })),
    'qa.project': ({ projectId }) =>
      checkProject(projects.get(projectId), qa).map((r) => ({
        segmentId: r.segment.id,
        documentId: r.segment.documentId,
        document: r.document,
        source: r.segment.source,
        target: r.segment.target,
        state: r.segment.state,
        ...r.qa,
      })),
    'qa.waive': ({ projectId, segmentId, check, term, reason }) =>
      ({ id: projects.get(projectId).addWaiver({ segmentId, check, term, reason, by: user }).id }),
    'qa.unwaive': ({ projectId, waiverId }) => {
      projects.get(projectId).removeWaiver(waiverId);
      return { removed: true };
    },
    'export.run': ({ projectId, format, script, force, jobId }) =>
      jobs.run(jobId, async ({ signal, progress }) => {
        const store = projects.get(projectId);
        const fmt = getExportFormat(format);
        const snapshot = store.snapshot();
        const qaReport = format === 'release' ? buildQaReport(store, qa, force) : undefined;
        const files = await fmt.export(snapshot, {
          script,
          forced: force,
          qa: qaReport,
          termNotes: format.startsWith('xliff') || format === 'release' ? termNotes(ctx, projectId) : undefined,
          signal,
          onProgress: (done, total) => progress(done, total, 'export'),
        });
        if (signal.aborted) throw new ApiError('cancelled', { jobId });
        const enc = (f: { name: string; data: Uint8Array }) => ({ name: f.name, data: Buffer.from(f.data).toString('base64') });
        let zip = null;
        if (files.length > 1) {
          const { default: JSZip } = await import('jszip');
          const z = new JSZip();
          for (const f of files) z.file(f.name, f.data);
          const data = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
          zip = enc({ name: `${snapshot.name.replace(/[^\w.-]+/g, '_') || 'project'}-${format}.zip`, data });
        }
        return { files: files.map(enc), zip };
      }),
  };
}

export const exportFormatIds = (): string[] => exportFormats.map((f) => f.id);
