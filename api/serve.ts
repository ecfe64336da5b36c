import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from './create-core';
import { startHttpHost, type HttpHost } from './http-host';

export const RENDERER_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');

/** Start the core and the local HTTP host; prints the log-in URL; stops cleanly on SIGINT/SIGTERM. */
export async function serve(opts: { port?: number; projectsDir?: string; glossaryPath?: string; quiet?: boolean; token?: string }): Promise<HttpHost> {
  const core = createCore({ projectsDir: opts.projectsDir, glossaryPath: opts.glossaryPath });
  if (!existsSync(join(RENDERER_DIST, 'index.html'))) {
    process.stderr.write('note: the workbench UI is not built yet (npm run build:renderer); the API is served.\n');
  }
  const host = await startHttpHost({ dispatch: core.dispatch, hub: core.hub, staticDir: RENDERER_DIST, port: opts.port, token: opts.token ?? (process.env.DUIZHAO_TOKEN || undefined) });
  const info = core.context;
  if (!opts.quiet) {
    process.stdout.write(
      `Duizhao workbench: ${host.url}\n  projects: ${info.projects.dir}\n  glossary: ${info.glossaryPath}\n  (Ctrl+C stops)\n`,
    );
  }
  const stop = async () => {
    await host.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return host;
}
