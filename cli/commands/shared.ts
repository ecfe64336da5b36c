import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openSqliteGlossary, type GlossaryStore } from '../../glossary/store';
import { segmentParagraph, type SegmentationRules } from '../../projects/segment';
import { ProjectStore } from '../../projects/store';
import { resolvePaths } from '../../api/paths';
import { UsageError } from '../user-error';

export const segmentFn = (t: string, lang: 'zh' | 'en', rules?: SegmentationRules) => segmentParagraph(t, lang, rules);

export function readInput(file: string): { bytes: Uint8Array; name: string } {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  return { bytes: new Uint8Array(readFileSync(file)), name: basename(file) };
}

export function openProjectFile(path: string, create: boolean): ProjectStore {
  return ProjectStore.open(path, {
    create,
    name: basename(path).replace(/\.duizhao$/, ''),
    segment: segmentFn,
  });
}

export function openGlossary(path?: string): { store: GlossaryStore; path: string } {
  const p = resolvePaths({ glossaryPath: path }).glossaryPath;
  return { store: openSqliteGlossary(p), path: p };
}

/** Ctrl+C cancels the running job instead of killing the process half-way. */
export function cancelOnSigint(): { signal: AbortSignal; done: () => void } {
  const ctl = new AbortController();
  const onInt = () => {
    process.stderr.write('\ncancelling…\n');
    ctl.abort();
  };
  process.on('SIGINT', onInt);
  return { signal: ctl.signal, done: () => process.off('SIGINT', onInt) };
}

/** Progress on stderr when it is a terminal (or DUIZHAO_PROGRESS=1). */
export function progressPrinter(label: string): (done: number, total: number) => void {
  const on = process.stderr.isTTY || process.env.DUIZHAO_PROGRESS === '1';
  let last = -1;
  return (done, total) => {
    if (!on) return;
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (pct === last) return;
    last = pct;
    process.stderr.write(`\r${label} ${pct}% (${done}/${total})${done >= total ? '\n' : ''}`);
  };
}
