/** The export format registry. */
import { docxBilingualFormat } from './docx-bilingual';
import { docxTargetFormat } from './docx-target';
import { ExportError } from './export-error';
import { htmlBilingualFormat } from './html-bilingual';
import { htmlTargetFormat } from './html-target';
import { mdTargetFormat } from './md-target';
import { parallelFormat } from './parallel';
import { releaseFormat } from './release';
import { tmxFormat } from './tmx';
import { txtTargetFormat } from './txt-target';
import type { ExportFormat } from './types';
import { xliff12Format } from './xliff12';
import { xliff21Format } from './xliff21';

export const exportFormats: ExportFormat[] = [
  docxBilingualFormat,
  htmlBilingualFormat,
  docxTargetFormat,
  htmlTargetFormat,
  mdTargetFormat,
  txtTargetFormat,
  parallelFormat,
  tmxFormat,
  xliff12Format,
  xliff21Format,
  releaseFormat,
];

export function getExportFormat(id: string): ExportFormat {
  const f = exportFormats.find((x) => x.id === id);
  if (!f) throw new ExportError('unknown-format', { id, known: exportFormats.map((x) => x.id) });
  return f;
}
