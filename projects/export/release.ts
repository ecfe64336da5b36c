/**
 * The release package: bilingual DOCX + HTML, English DOCX/HTML/MD/TXT, TMX, XLIFF 1.2 and 2.1, and
 * qa-report.html + qa-report.json. Gated by releaseBlockers unless `forced`.
 * Progress: blocks flattened, then one step per file.
 */
import type { ProjectSnapshot } from '../model';
import { renderBilingualDocx } from './docx-bilingual';
import { renderTargetDocx } from './docx-target';
import { ExportError, throwIfAborted } from './export-error';
import { countBlocks, flattenProject, type FlatDocument } from './flatten';
import { bilingualHtml } from './html-bilingual';
import { baseNameOf, utf8 } from './names';
import { qaReportHtml, qaReportJson } from './qa-report';
import { releaseBlockers } from './release-blockers';
import { htmlLang } from './script';
import { targetHtml, targetMarkdown, targetText } from './target-text';
import { renderTmx } from './tmx';
import type { ExportFile, ExportFormat, ExportOptions, QaReport } from './types';
import { renderXliff12 } from './xliff12';
import { renderXliff21 } from './xliff21';

type Step = [suffix: string, render: (docs: FlatDocument[]) => Promise<Uint8Array> | Uint8Array];

export async function exportRelease(project: ProjectSnapshot, options: ExportOptions): Promise<ExportFile[]> {
  const forced = options.forced === true;
  if (!options.qa && !forced) throw new ExportError('qa-missing');
  const now = options.now ?? new Date();
  const qa: QaReport = options.qa ?? { generatedAt: now.toISOString(), forced, counts: {}, findings: [] };
  const blockers = releaseBlockers(project, qa);
  if (blockers.length > 0 && !forced) throw new ExportError('release-blocked', { count: blockers.length, blockers });

  const base = baseNameOf(project.name, options.baseName);
  const title = project.name;
  const steps: Step[] = [
    ['.bilingual.docx', (d) => renderBilingualDocx(d, title, options)],
    ['.bilingual.html', (d) => utf8(bilingualHtml(d, title, htmlLang(options.script)))],
    ['.en.docx', (d) => renderTargetDocx(d, title, options)],
    ['.en.html', (d) => utf8(targetHtml(d, title))],
    ['.en.md', (d) => utf8(targetMarkdown(d))],
    ['.en.txt', (d) => utf8(targetText(d))],
    ['.tmx', (d) => utf8(renderTmx(d, { ...options, now }))],
    ['.xliff12.xlf', (d) => utf8(renderXliff12(d, options))],
    ['.xliff21.xlf', (d) => utf8(renderXliff21(d, options))],
  ];
  const blocks = countBlocks(project);
  const total = blocks + steps.length;
  const docs = await flattenProject(project, {
    ...options,
    onProgress: options.onProgress ? (done) => options.onProgress?.(done, total) : undefined,
  });
  const files: ExportFile[] = [];
  for (const [i, [suffix, render]] of steps.entries()) {
    throwIfAborted(options.signal);
    files.push({ name: `${base}${suffix}`, data: await render(docs) });
    options.onProgress?.(blocks + i + 1, total);
  }
  files.push({ name: 'qa-report.json', data: utf8(qaReportJson(project.name, qa, forced, blockers)) });
  files.push({ name: 'qa-report.html', data: utf8(qaReportHtml(project.name, qa, forced, blockers)) });
  return files;
}

export const releaseFormat: ExportFormat = {
  id: 'release',
  label: 'release-package',
  extensions: ['.docx', '.html', '.md', '.txt', '.tmx', '.xlf', '.json'],
  export: exportRelease,
};
