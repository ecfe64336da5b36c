import type { Command } from 'commander';
import { importFile } from '../../projects/import';
import { toStructureJson } from '../../projects/model';
import { readXliff } from '../../projects/export';
import { applyXliff } from '../../projects/store';
import { openProjectFile, readInput, segmentFn } from './shared';
import { parseSrx } from '../../projects/segment';
import { UsageError } from '../user-error';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import a .txt/.docx/.html/.md file (print its structure, or add it to a project), or an .xlf back into its project')
    .argument('<file>', 'the document to import')
    .option('--json', 'print the document structure as JSON (the shared fixtures schema)')
    .option('--project <path>', 'add the document to this project file (created if missing)')
    .option('--encoding <name>', 'text encoding (default: detected), e.g. UTF-8, GB18030, Big5, UTF-16LE')
    .option('--language <lang>', 'source language: zh or en (default: detected)')
    .option('--review', 'with --project: leave the layout for review in the workbench instead of segmenting now')
    .action(async (file: string, o: { json?: boolean; project?: string; encoding?: string; language?: string; review?: boolean }) => {
      if (!o.json && !o.project) throw new UsageError('say what to do: --json to print the structure, or --project P to add it to a project');
      if (o.language && o.language !== 'zh' && o.language !== 'en') throw new UsageError('--language is zh or en');
      const { bytes, name } = readInput(file);
      if (/\.(xlf|xliff|xlf2)$/i.test(name)) {
        // translations coming back from another tool: applied to the project they were exported from
        if (!o.project) throw new UsageError('an XLIFF file goes back into the project it came from: add --project P');
        const store = openProjectFile(o.project, false);
        try {
          const r = applyXliff(store, readXliff(bytes));
          process.stdout.write(JSON.stringify(r) + '\n');
          process.stderr.write(`${name}: ${r.updated} segment(s) updated, ${r.unchanged} unchanged, ${r.unmatched.length} unknown unit(s), ${r.sourceMismatch.length} with a changed source (left alone)\n`);
        } finally {
          store.close();
        }
        return;
      }
      const doc = await importFile(bytes, name, { encoding: o.encoding, language: o.language as 'zh' | 'en' | undefined });
      for (const w of doc.meta.warnings) process.stderr.write(`warning: ${w.code}${w.line ? ` (line ${w.line})` : ''}${w.detail ? `: ${w.detail}` : ''}\n`);
      if (o.project) {
        const store = openProjectFile(o.project, true);
        try {
          const id = store.addDocument(name, doc, { confirm: !o.review });
          const d = store.listDocuments().find((x) => x.id === id)!;
          process.stderr.write(`imported ${name} into ${o.project} as document ${id}: ${doc.articles.length} article(s), ${d.segments} segment(s)${o.review ? ', layout awaiting review' : ''}\n`);
        } finally {
          store.close();
        }
      }
      if (o.json) {
        const out = { ...toStructureJson(doc.articles), meta: doc.meta };
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      }
    });

  program
    .command('segment')
    .description('import a document and print its sentence segments with article/block ids')
    .argument('<file>')
    .option('--json', 'print JSON (the default)')
    .option('--encoding <name>', 'text encoding (default: detected)')
    .option('--language <lang>', 'zh or en (default: detected)')
    .option('--srx <file>', 'segmentation rules (SRX 2.0) instead of the defaults')
    .action(async (file: string, o: { encoding?: string; language?: string; srx?: string }) => {
      const rules = o.srx ? parseSrx(Buffer.from(readInput(o.srx).bytes).toString('utf8')) : undefined;
      const { bytes, name } = readInput(file);
      const doc = await importFile(bytes, name, { encoding: o.encoding, language: o.language as 'zh' | 'en' | undefined });
      const lang = doc.meta.language;
      const segments: unknown[] = [];
      doc.articles.forEach((a, ai) =>
        a.blocks.forEach((b, bi) =>
          segmentFn(b.text, lang, rules).forEach((s, si) =>
            segments.push({
              id: `a${ai + 1}.b${bi + 1}.s${si + 1}`,
              article: ai + 1,
              block: bi + 1,
              type: b.type,
              source: s.source,
              separator: s.separator,
            }),
          ),
        ),
      );
      process.stdout.write(JSON.stringify({ language: lang, segments }, null, 2) + '\n');
    });
}
