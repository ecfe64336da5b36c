import { DomainError } from '../domain-error';

/** Typed import failure: a stable `code` for the UI layer to translate, plus structured `details`. */

export const IMPORT_ERROR_CODES = [
  'unsupported-format',
  'binary-file',
  'empty-file',
  'too-large',
  'decode-failed',
  'unknown-encoding',
  'invalid-docx',
  'invalid-html',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends DomainError<ImportErrorCode> {
  constructor(code: ImportErrorCode, details: Record<string, unknown> = {}) {
    super('ImportError', code, details);
  }
}

/** Default size limit of one imported file: 20 MiB (override with `maxBytes`). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
