import { glossaryFormats, planImport, readGlossaryFile, writeGlossaryFile } from '../glossary/formats';
import { findTermCandidates } from '../glossary/candidates';
import type { Handlers } from './dispatcher';
import type { CoreContext } from './core-context';

type H = Pick<
  Handlers,
  | 'glossary.info'
  | 'glossary.list'
  | 'glossary.import'
  | 'glossary.export'
  | 'glossary.add'
  | 'glossary.update'
  | 'glossary.delete'
  | 'glossary.undo'
  | 'glossary.redo'
  | 'glossary.domains'
  | 'glossary.candidates'
  | 'glossary.conflicts'
  | 'qa.check'
>;

export function glossaryHandlers(ctx: CoreContext): H {
  const { glossary, user, jobs } = ctx;
  return {
    'glossary.info': () => ({
      path: ctx.glossaryPath,
      version: glossary.version(),
      concepts: glossary.listConcepts({ limit: 1 }).total,
    }),
    'glossary.list': (q) => glossary.listConcepts(q),
    'glossary.import': ({ fileName, data, dryRun, jobId }) =>
      jobs.run(jobId, async ({ progress }) => {
        progress(0, 2, 'read');
        const incoming = await readGlossaryFile(new Uint8Array(Buffer.from(data, 'base64')), fileName);
        progress(1, 2, 'apply');
        const report = dryRun ? planImport(glossary, incoming) : glossary.importConcepts(incoming, 'merge', user);
        progress(2, 2, 'done');
        return { ...report.counts, rows: report.rows as unknown as Record<string, unknown>[] };
      }),
    'glossary.export': async ({ format }) => {
      const fmt = glossaryFormats.find((f) => f.id === format);
      const data = await writeGlossaryFile(glossary.allConcepts(), format);
      const ext = fmt?.extensions[0] ?? format;
      return { files: [{ name: `glossary.${ext.replace(/^\./, '')}`, data: Buffer.from(data).toString('base64') }] };
    },
    'glossary.add': ({ concept }) => glossary.addConcept(concept, user),
    'glossary.update': ({ id, concept }) => glossary.updateConcept(id, concept, user),
    'glossary.delete': ({ id }) => {
      glossary.deleteConcept(id, user);
      return { deleted: true };
    },
    'glossary.undo': () => ({ undone: glossary.undo(user) !== null }),
    'glossary.redo': () => ({ redone: glossary.redo(user) !== null }),
    'glossary.domains': () => glossary.domains(),
    'glossary.candidates': ({ projectId, minCount, minLength, limit }) => {
      ctx.qa.refresh();
      const segments = ctx.projects.get(projectId).allSegments().map((s) => ({ id: s.id, source: s.source }));
      return findTermCandidates(segments, ctx.qa.matcherNow(), { minCount, minLen: minLength, limit });
    },
    'glossary.conflicts': () => glossary.conflicts() as never,
    'qa.check': ({ source, target }) => ctx.qa.check(source, target),
  };
}
