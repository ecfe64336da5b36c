import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openSqliteGlossary } from '../glossary/store';
import { glossaryFormats } from '../glossary/formats';
import { segmentParagraph } from '../projects/segment';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { EventHub } from './event-hub';
import { exportFormatIds, exportHandlers } from './export-handlers';
import { glossaryHandlers } from './glossary-handlers';
import { Jobs } from './jobs';
import { projectHandlers } from './project-handlers';
import { ProjectRegistry } from './project-registry';
import { QaService } from './qa-service';
import type { CoreContext } from './core-context';
import { resolvePaths } from './paths';

export interface CoreOptions {
  /** Directory of project files; default: the user data directory (see resolvePaths). */
  projectsDir?: string;
  /** The shared glossary SQLite file. */
  glossaryPath?: string;
  /** Who edits (audit fields, waivers). */
  user?: string;
  /** How often other processes' glossary edits are looked for, in ms (0: never). */
  watchMs?: number;
  log?: (e: unknown) => void;
}

export interface Core {
  dispatch: Dispatch;
  hub: EventHub;
  context: CoreContext;
  close(): void;
}

export const VERSION = '0.1.0';

/** Wire the core: project registry, shared glossary, QA service, job runner, one dispatcher. */
export function createCore(opts: CoreOptions = {}): Core {
  const paths = resolvePaths({ projectsDir: opts.projectsDir, glossaryPath: opts.glossaryPath });
  mkdirSync(dirname(paths.glossaryPath), { recursive: true });
  const glossary = openSqliteGlossary(paths.glossaryPath);
  const hub = new EventHub();
  const ctx: CoreContext = {
    projects: new ProjectRegistry(paths.projectsDir, (t, lang, rules) => segmentParagraph(t, lang, rules)),
    glossary,
    glossaryPath: paths.glossaryPath,
    qa: new QaService(glossary),
    hub,
    jobs: new Jobs(hub),
    user: opts.user ?? process.env.DUIZHAO_USER ?? process.env.USER ?? 'translator',
    version: VERSION,
  };
  const handlers: Handlers = {
    'app.info': () => ({
      version: VERSION,
      projectsDir: paths.projectsDir,
      glossaryPath: paths.glossaryPath,
      user: ctx.user,
      importFormats: ['txt', 'docx', 'html', 'md'],
      exportFormats: exportFormatIds(),
      glossaryFormats: glossaryFormats.map((f) => f.id),
    }),
    'job.cancel': ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
    ...projectHandlers(ctx),
    ...glossaryHandlers(ctx),
    ...exportHandlers(ctx),
  };
  const dispatch = createDispatcher(handlers, opts.log);

  // Another window or process may change the shared glossary: announce new versions.
  let lastVersion = glossary.version();
  const watchMs = opts.watchMs ?? 1000;
  const timer =
    watchMs > 0
      ? setInterval(() => {
          try {
            const v = glossary.version();
            if (v !== lastVersion) {
              lastVersion = v;
              hub.emit('glossary.changed', { version: v });
            }
          } catch {
            // the file may be busy for a moment; the next tick looks again
          }
        }, watchMs)
      : null;
  timer?.unref();

  return {
    dispatch,
    hub,
    context: ctx,
    close() {
      if (timer) clearInterval(timer);
      ctx.projects.closeAll();
      glossary.close();
    },
  };
}
