import { DomainError } from '../domain-error';

/** The one error type of the export module: a stable `code` plus data `details`. */
export type ExportErrorCode =
  | 'cancelled'
  | 'unknown-format'
  | 'invalid-xliff'
  | 'release-blocked'
  | 'qa-missing'
  | 'write-failed'
  | 'invalid-output';

export class ExportError extends DomainError<ExportErrorCode> {
  constructor(code: ExportErrorCode, details: Record<string, unknown> = {}) {
    super('ExportError', code, details);
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportError('cancelled');
}
