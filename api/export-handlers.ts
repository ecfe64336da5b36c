import { exportFormats, getExportFormat } from '../projects/export';
import type { Handlers } from './dispatcher';
import { ApiError } from './api-error';
import type { CoreContext } from './core-context';
import { buildQaReport, checkProject, termNotesOf } from './project-qa';

type H = Pick<Handlers, 'qa.document' | 'qa.project' | 'qa.waive' | 'qa.unwaive' | 'export.run'>;

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
        // one QA pass serves both the XLIFF notes and the release's report
        const checked = format.startsWith('xliff') || format === 'release' ? checkProject(store, qa) : [];
        const files = await fmt.export(snapshot, {
          script,
          forced: force,
          qa: format === 'release' ? buildQaReport(checked, force) : undefined,
          termNotes: termNotesOf(checked),
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
