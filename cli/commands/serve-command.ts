import type { Command } from 'commander';
import { serve } from '../../api/serve';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the workbench in your browser: the local HTTP host on 127.0.0.1')
    .option('--port <n>', 'port (default: a free one)', (v) => Number(v))
    .option('--projects <dir>', 'projects directory')
    .option('--glossary <path>', 'shared glossary database')
    .action(async (o: { port?: number; projects?: string; glossary?: string }) => {
      await serve({ port: o.port, projectsDir: o.projects, glossaryPath: o.glossary });
    });
}
