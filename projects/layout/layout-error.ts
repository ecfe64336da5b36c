/** Errors of layout edits: a stable code plus details. */
export class LayoutError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;
  constructor(code: string, details: Record<string, unknown> = {}) {
    super(`${code} ${JSON.stringify(details)}`);
    this.name = 'LayoutError';
    this.code = code;
    this.details = details;
  }
}
