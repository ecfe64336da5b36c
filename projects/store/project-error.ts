/** Errors of the project store: a stable code plus details, never a UI sentence. */
export class ProjectError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;
  constructor(code: string, details: Record<string, unknown> = {}) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'ProjectError';
    this.code = code;
    this.details = details;
  }
}
