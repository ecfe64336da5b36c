/** The error every transport returns: a stable code, details for the UI to word, never a stack. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;
  constructor(code: string, details: Record<string, unknown> = {}, message?: string) {
    super(message ?? code);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };
