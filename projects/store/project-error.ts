import { DomainError } from '../domain-error';

/** Errors of the project store: a stable code plus details, never a UI sentence. */
export class ProjectError extends DomainError {
  constructor(code: string, details: Record<string, unknown> = {}) {
    super('ProjectError', code, details);
  }
}
