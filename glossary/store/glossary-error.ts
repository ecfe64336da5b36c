/** Stable error codes of the glossary store and file formats (part of the CLI/UI contract). */
export type GlossaryErrorCode =
  | 'not-a-glossary'
  | 'newer-schema'
  | 'not-found'
  | 'invalid-concept'
  | 'undo-stale'
  | 'unsupported-format'
  | 'missing-column'
  | 'bad-row'
  | 'invalid-xml'
  | 'invalid-tbx'
  | 'invalid-xlsx'
  | 'empty-glossary';

/** Machine-readable context of an error: file line/column, the offending column name, ids… */
export type GlossaryErrorDetails = Record<string, string | number | boolean | null | string[] | number[]>;

/** The one error type thrown by glossary/store and glossary/formats. The UI turns `code` + `details` into words. */
export class GlossaryError extends Error {
  readonly code: GlossaryErrorCode;
  readonly details: GlossaryErrorDetails;

  constructor(code: GlossaryErrorCode, details: GlossaryErrorDetails = {}, options?: { cause?: unknown }) {
    super(`${code} ${JSON.stringify(details)}`, options);
    this.name = 'GlossaryError';
    this.code = code;
    this.details = details;
  }
}

export function isGlossaryError(e: unknown, code?: GlossaryErrorCode): e is GlossaryError {
  return e instanceof GlossaryError && (code === undefined || e.code === code);
}
