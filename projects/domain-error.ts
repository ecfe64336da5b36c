/**
 * The base of every error the project core throws: a stable `code` for callers to word (UI through
 * i18next, CLI in English) and a `details` object; never a UI sentence. The dispatcher maps any
 * error with a string `code` and object `details` to an error envelope.
 */
export class DomainError<C extends string = string> extends Error {
  readonly code: C;
  readonly details: Record<string, unknown>;

  constructor(name: string, code: C, details: Record<string, unknown> = {}) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details).slice(0, 500)}` : ''}`);
    this.name = name;
    this.code = code;
    this.details = details;
  }
}
