import type { Command } from 'commander';
import { writeFileSync, renameSync } from 'node:fs';
import { readGlossaryFile, writeGlossaryFile, glossaryFormats } from '../../glossary/formats';
import { openGlossary, readInput } from './shared';

export function registerGlossary(program: Command): void {
  const g = program.command('glossary').description('the shared glossary');
  g.command('import')
    .description('import a glossary file (CSV/TSV, OmegaT txt, TBX, XLSX) into the shared glossary')
    .argument('<file>')
    .option('--glossary <path>', 'glossary database (default: $DUIZHAO_GLOSSARY or the user data directory)')
    .option('--user <name>', 'who imports', process.env.DUIZHAO_USER ?? process.env.USER ?? 'cli')
    .action(async (file: string, o: { glossary?: string; user: string }) => {
      const { bytes, name } = readInput(file);
      const incoming = await readGlossaryFile(bytes, name);
      const { store, path } = openGlossary(o.glossary);
      try {
        const r = store.importConcepts(incoming, 'merge', o.user).counts;
        process.stdout.write(
          `${path}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.conflicting} conflicting\n`,
        );
      } finally {
        store.close();
      }
    });
  g.command('export')
    .description(`export the shared glossary: ${glossaryFormats.map((f) => f.id).join(', ')}`)
    .requiredOption('--format <format>')
    .requiredOption('--out <file>')
    .option('--glossary <path>')
    .action(async (o: { format: string; out: string; glossary?: string }) => {
      const { store } = openGlossary(o.glossary);
      try {
        const data = await writeGlossaryFile(store.allConcepts(), o.format);
        const tmp = `${o.out}.part-${process.pid}`;
        writeFileSync(tmp, data);
        renameSync(tmp, o.out);
        process.stdout.write(o.out + '\n');
      } finally {
        store.close();
      }
    });
  g.command('list')
    .description('list concepts as JSON lines')
    .option('--glossary <path>')
    .option('--search <text>')
    .action((o: { glossary?: string; search?: string }) => {
      const { store } = openGlossary(o.glossary);
      try {
        for (const c of store.listConcepts({ text: o.search, limit: 100000 }).items) process.stdout.write(JSON.stringify(c) + '\n');
      } finally {
        store.close();
      }
    });
}
