/**
 * Entry point: bytes + file name → ImportedDocument, dispatched on the extension.
 * Checks, in order: size (`too-large`, default limit DEFAULT_MAX_BYTES = 20 MiB, override with
 * `maxBytes`), emptiness (`empty-file`: no bytes, or only a BOM/whitespace), format
 * (`unsupported-format`), binary content for text formats (`binary-file`: zip or PDF magic,
 * NUL bytes outside UTF-16), then decoding and the format's reader.
 */
import type { ImportedDocument } from '../model';
import { decodeText } from './decode-text';
import { DEFAULT_MAX_BYTES, ImportError } from './import-error';
import { importDocx } from './import-docx';
import { importHtml } from './import-html';
import { importMd } from './import-md';
import { importTxt } from './import-txt';

export interface ImportOptions {
  /** Force a text encoding (iconv-lite label, e.g. 'GB18030', 'Big5', 'UTF-16LE'). */
  encoding?: string;
  /** Source language; detected from the script when absent. */
  language?: 'zh' | 'en';
  /** Size limit in bytes (default 20 MiB). */
  maxBytes?: number;
}

export type ImportFormat = 'txt' | 'docx' | 'html' | 'md';

const EXTENSIONS: Record<string, ImportFormat> = {
  '': 'txt',
  txt: 'txt',
  text: 'txt',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  md: 'md',
  markdown: 'md',
};

/** Format for a file name, or null when the extension is not supported. */
export function formatOf(fileName: string): ImportFormat | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return EXTENSIONS[ext] ?? null;
}

export async function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportedDocument> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > max) throw new ImportError('too-large', { bytes: bytes.byteLength, maxBytes: max });
  const format = formatOf(fileName);
  if (format === null) throw new ImportError('unsupported-format', { fileName });
  if (isBlank(bytes)) throw new ImportError('empty-file', { fileName });
  if (format === 'docx') return importDocx(bytes, options.language);

  const magic = sniffMagic(bytes);
  if (magic) throw new ImportError('binary-file', { fileName, reason: magic });
  const decoded = decodeText(bytes, options.encoding);
  if (decoded.text.trim() === '') throw new ImportError('empty-file', { fileName });
  if (format === 'html') return importHtml(decoded, options.language);
  if (format === 'md') return importMd(decoded, options.language);
  return importTxt(decoded, options.language);
}

function isBlank(bytes: Uint8Array): boolean {
  if (bytes.byteLength === 0) return true;
  if (bytes.byteLength > 16) return false;
  for (const b of bytes) if (![0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00].includes(b)) return false;
  return true;
}

function sniffMagic(b: Uint8Array): string | null {
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'pdf';
  return null;
}
