import type { Finding } from '../glossary/model';

/**
 * Which wording a finding needs: its check, refined by what its params say. The UI looks the key
 * up in i18next (`finding.<key>`), the CLI and reports in `findingMessage`; both decide the same way.
 */
export type FindingKey =
  | Finding['check']
  | 'number-extra'
  | 'untranslated-han'
  | 'term-forbidden-elsewhere';

export function findingKey(f: Pick<Finding, 'check' | 'severity' | 'params'>): FindingKey {
  if (f.check === 'number-mismatch' && f.params.kind === 'extra') return 'number-extra';
  if (f.check === 'untranslated' && f.params.reason === 'han') return 'untranslated-han';
  // a forbidden rendering whose term is not in this source is only a warning
  if (f.check === 'term-forbidden' && f.severity === 'warning') return 'term-forbidden-elsewhere';
  return f.check;
}
