import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Concept, Finding } from '../../glossary/model';
import { readGlossaryFile } from '../../glossary/formats';
import { openSqliteGlossary } from '../../glossary/store';
import { checkSegment, prepareGlossary } from '../../glossary/check';
import { findingMessage } from '../../api/finding-message';
import { QaService } from '../../api/qa-service';
import { checkProject } from '../../api/project-qa';
import { openProjectFile } from './shared';
import { UsageError } from '../user-error';

/** A glossary database, or a glossary file in any supported format loaded on the fly. */
async function loadConcepts(path: string): Promise<Concept[]> {
  if (!existsSync(path)) throw new UsageError(`no glossary at ${path}`);
  const ext = extname(path).toLowerCase();
  if (['.sqlite', '.db', '.sqlite3', '.duizhao-glossary'].includes(ext) || readFileSync(path).subarray(0, 15).toString('latin1') === 'SQLite format 3') {
    const store = openSqliteGlossary(path);
    try {
      return store.allConcepts();
    } finally {
      store.close();
    }
  }
  const inputs = await readGlossaryFile(new Uint8Array(readFileSync(path)), basename(path));
  const now = new Date().toISOString();
  return inputs.map((c, i) => ({
    id: i + 1,
    domain: c.domain,
    definition: c.definition,
    note: c.note,
    terms: c.terms,
    createdBy: '',
    createdAt: now,
    modifiedBy: '',
    modifiedAt: now,
  }));
}

const toJson = (f: Finding) => ({
  check: f.check,
  term: f.term,
  severity: f.severity,
  message: findingMessage(f),
  source_range: f.sourceRange,
  target_range: f.targetRange,
});

export function registerQa(program: Command): void {
  program
    .command('qa')
    .description('check translations against the glossary: term-missing, term-forbidden, term-count, number-mismatch, untranslated')
    .option('--glossary <path>', 'glossary database, or a CSV/TSV/TBX/XLSX glossary file')
    .option('--bitext <file>', 'JSON lines {"id","zh","en"} to check')
    .option('--project <path>', 'check every segment of a project file instead')
    .option('--json', 'JSON lines output (the default)')
    .action(async (o: { glossary?: string; bitext?: string; project?: string }) => {
      if (!o.bitext && !o.project) throw new UsageError('give --bitext FILE.jsonl or --project P');
      let errors = 0;
      const emit = (id: unknown, findings: Finding[]) => {
        errors += findings.filter((f) => f.severity === 'error').length;
        process.stdout.write(JSON.stringify({ id, findings: findings.map(toJson) }) + '\n');
      };
      if (o.project) {
        if (!existsSync(o.project)) throw new UsageError(`no project file at ${o.project}`);
        const store = openProjectFile(o.project, false);
        const glossary = openSqliteGlossary(o.glossary ?? (await import('../../api/paths')).resolvePaths({}).glossaryPath);
        try {
          for (const r of checkProject(store, new QaService(glossary))) {
            emit(r.segment.id, r.qa.findings.filter((f) => !f.waived));
          }
        } finally {
          store.close();
          glossary.close();
        }
      } else {
        if (!o.glossary) throw new UsageError('--bitext needs --glossary');
        if (!existsSync(o.bitext!)) throw new UsageError(`no such file: ${o.bitext}`);
        const glossary = prepareGlossary(await loadConcepts(o.glossary));
        const rl = createInterface({ input: createReadStream(o.bitext!, 'utf8'), crlfDelay: Infinity });
        let n = 0;
        for await (const line of rl) {
          n++;
          if (line.trim() === '') continue;
          let row: { id?: unknown; zh?: unknown; en?: unknown };
          try {
            row = JSON.parse(line) as typeof row;
          } catch {
            throw new UsageError(`${o.bitext}: line ${n} is not JSON`);
          }
          if (typeof row.zh !== 'string' || typeof row.en !== 'string') {
            throw new UsageError(`${o.bitext}: line ${n} needs string fields "zh" and "en"`);
          }
          emit(row.id ?? n, checkSegment({ source: row.zh, target: row.en, glossary }));
        }
      }
      process.exitCode = errors > 0 ? 1 : 0;
    });
}
