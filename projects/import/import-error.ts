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

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ImportErrorCode, details: Record<string, unknown> = {}) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'ImportError';
    this.code = code;
    this.details = details;
  }
}

/** Default size limit of one imported file: 20 MiB (override with `maxBytes`). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
