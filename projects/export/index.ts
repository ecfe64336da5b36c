/** Public surface of the export module: format adapters, the release package, XLIFF re-import, atomic writing. */
export type {
  ChineseScript,
  ExportFile,
  ExportFormat,
  ExportOptions,
  QaReport,
  QaReportFinding,
  ReleaseBlocker,
  XliffImport,
  XliffUnit,
} from './types';
export { ExportError, type ExportErrorCode } from './export-error';
export { exportFormats, getExportFormat } from './registry';
export { writeExport, type WriteExportOptions } from './write-export';
export { readXliff } from './read-xliff';
export { releaseBlockers, BLOCKING_CHECKS } from './release-blockers';
export { exportRelease } from './release';
export { escapeMarkdown } from './target-text';
export { scriptConverter, htmlLang, regionLang } from './script';
export { sanitizeBaseName } from './names';
export { tmxDate } from './tmx';
