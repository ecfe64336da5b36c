/**
 * The release package: bilingual DOCX + HTML, English DOCX/HTML/MD/TXT, TMX, XLIFF 1.2 and 2.1, and
 * qa-report.html + qa-report.json. Gated by releaseBlockers unless `forced`.
 * Progress: blocks flattened, then one step per file.
 */
import type { ProjectSnapshot } from '../model';
import { docxBilingualFormat } from './docx-bilingual';
import { docxTargetFormat } from './docx-target';
import { ExportError, throwIfAborted } from './export-error';
import { countBlocks, flattenProject } from './flatten';
import { htmlBilingualFormat } from './html-bilingual';
import { htmlTargetFormat } from './html-target';
import { mdTargetFormat } from './md-target';
import { baseNameOf, utf8 } from './names';
import { qaReportHtml, qaReportJson } from './qa-report';
import { releaseBlockers } from './release-blockers';
import type { SingleFileFormat } from './single-file-format';
import { tmxFormat } from './tmx';
import { txtTargetFormat } from './txt-target';
import type { ExportFile, ExportFormat, ExportOptions, QaReport } from './types';
import { xliff12Format } from './xliff12';
import { xliff21Format } from './xliff21';

/** The formats of the package, rendered from one flattening of the project. */
export const RELEASE_FORMATS: readonly SingleFileFormat[] = [
  docxBilingualFormat,
  htmlBilingualFormat,
  docxTargetFormat,
  htmlTargetFormat,
  mdTargetFormat,
  txtTargetFormat,
  tmxFormat,
  xliff12Format,
  xliff21Format,
];

export async function exportRelease(project: ProjectSnapshot, options: ExportOptions): Promise<ExportFile[]> {
  const forced = options.forced === true;
  if (!options.qa && !forced) throw new ExportError('qa-missing');
  const now = options.now ?? new Date();
  const qa: QaReport = options.qa ?? { generatedAt: now.toISOString(), forced, counts: {}, findings: [] };
  const blockers = releaseBlockers(project, qa);
  if (blockers.length > 0 && !forced) throw new ExportError('release-blocked', { count: blockers.length, blockers });

  const base = baseNameOf(project.name, options.baseName);
  const blocks = countBlocks(project);
  const total = blocks + RELEASE_FORMATS.length;
  const report = options.onProgress;
  const docs = await flattenProject(project, { ...options, onProgress: report ? (done) => report(done, total) : undefined });
  const files: ExportFile[] = [];
  for (const [i, format] of RELEASE_FORMATS.entries()) {
    throwIfAborted(options.signal);
    files.push({ name: `${base}${format.suffix}`, data: await format.renderFile(docs, project, { ...options, now }) });
    report?.(blocks + i + 1, total);
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
