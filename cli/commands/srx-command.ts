import type { Command } from 'commander';
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { defaultRules, parseSrx, writeSrx } from '../../projects/segment';
import { openProjectFile } from './shared';
import { UsageError } from '../user-error';

/** Segmentation rules as data: SRX 2.0 files, per project, importable and exportable. */
export function registerSrx(program: Command): void {
  const srx = program.command('srx').description('segmentation rules (SRX 2.0)');
  srx
    .command('export')
    .description("write the project's rules (or the defaults) as an SRX 2.0 file")
    .requiredOption('--out <file>')
    .option('--project <path>', 'a project file; without it, the default rules')
    .option('--zh-semicolon', 'defaults: also end Chinese sentences at ；')
    .option('--zh-colon', 'defaults: also end Chinese sentences at ：')
    .action((o: { out: string; project?: string; zhSemicolon?: boolean; zhColon?: boolean }) => {
      let xml: string;
      if (o.project) {
        if (!existsSync(o.project)) throw new UsageError(`no project file at ${o.project}`);
        const store = openProjectFile(o.project, false);
        try {
          xml = store.segmentationSettings().srx ?? writeSrx(store.segmentationRules()!);
        } finally {
          store.close();
        }
      } else {
        xml = writeSrx(defaultRules({ zhSemicolon: o.zhSemicolon, zhColon: o.zhColon }));
      }
      const tmp = `${o.out}.part-${process.pid}`;
      writeFileSync(tmp, xml);
      renameSync(tmp, o.out);
      process.stdout.write(o.out + '\n');
    });
  srx
    .command('import')
    .description("use an SRX 2.0 file as the project's segmentation rules (for documents confirmed from now on)")
    .argument('<file>')
    .requiredOption('--project <path>')
    .action((file: string, o: { project: string }) => {
      if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
      const xml = readFileSync(file, 'utf8');
      parseSrx(xml);
      const store = openProjectFile(o.project, false);
      try {
        store.setSegmentationSettings({ srx: xml });
      } finally {
        store.close();
      }
      process.stdout.write(`${o.project}: segmentation rules from ${file}\n`);
    });
}
