/** The one error type of the export module: a stable `code` plus data `details`. */
export type ExportErrorCode =
  | 'cancelled'
  | 'unknown-format'
  | 'invalid-xliff'
  | 'release-blocked'
  | 'qa-missing'
  | 'write-failed'
  | 'invalid-output';

export class ExportError extends Error {
  readonly code: ExportErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ExportErrorCode, details: Record<string, unknown> = {}) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details).slice(0, 500)}` : ''}`);
    this.name = 'ExportError';
    this.code = code;
    this.details = details;
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportError('cancelled');
}
