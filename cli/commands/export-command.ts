import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { getExportFormat, writeExport } from '../../projects/export';
import { QaService } from '../../api/qa-service';
import { buildQaReport, checkProject, termNotesOf } from '../../api/project-qa';
import { cancelOnSigint, openGlossary, openProjectFile, progressPrinter } from './shared';
import { UsageError } from '../user-error';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a project: docx-bilingual|html-bilingual|docx|html|md|txt|parallel|tmx|xliff12|xliff21|release')
    .argument('<project>', 'the project file')
    .requiredOption('--format <format>', 'the export format')
    .requiredOption('--out <path>', 'output file, directory, or .zip')
    .option('--script <script>', 'Chinese script of the source column: simplified, tw or hk', 'simplified')
    .option('--force', 'release: export even with open glossary errors (the QA report says so)')
    .option('--glossary <path>', 'the shared glossary database (default: $DUIZHAO_GLOSSARY or the user data directory)')
    .action(async (projectPath: string, o: { format: string; out: string; script: string; force?: boolean; glossary?: string }) => {
      if (!['simplified', 'tw', 'hk'].includes(o.script)) throw new UsageError('--script is simplified, tw or hk');
      if (!existsSync(projectPath)) throw new UsageError(`no project file at ${projectPath}`);
      const fmt = getExportFormat(o.format);
      const store = openProjectFile(projectPath, false);
      const { store: glossary } = openGlossary(o.glossary);
      const cancel = cancelOnSigint();
      try {
        const qa = new QaService(glossary);
        // one QA pass serves both the XLIFF notes and the release's report
        const checked = o.format === 'release' || o.format.startsWith('xliff') ? checkProject(store, qa) : [];
        const files = await fmt.export(store.snapshot(), {
          script: o.script as 'simplified' | 'tw' | 'hk',
          forced: !!o.force,
          qa: o.format === 'release' ? buildQaReport(checked, !!o.force) : undefined,
          termNotes: termNotesOf(checked),
          signal: cancel.signal,
          onProgress: progressPrinter('exporting'),
        });
        const written = await writeExport(files, o.out, { zip: o.out.endsWith('.zip'), signal: cancel.signal });
        for (const w of written) process.stdout.write(w + '\n');
      } finally {
        cancel.done();
        store.close();
        glossary.close();
      }
    });
}
