import type { TFunction } from 'i18next';

interface FindingLike {
  check: string;
  term: string | null;
  severity: string;
  params: Record<string, string | number | string[]>;
}

/** The i18n key of a finding: the check, refined by what its params say. */
export function findingKey(f: FindingLike): string {
  if (f.check === 'number-mismatch' && f.params.kind === 'extra') return 'finding.number-extra';
  if (f.check === 'untranslated' && f.params.reason === 'han') return 'finding.untranslated-han';
  if (f.check === 'term-forbidden' && f.severity === 'warning') return 'finding.term-forbidden-elsewhere';
  return `finding.${f.check}`;
}

export function findingText(t: TFunction, f: FindingLike): string {
  const values: Record<string, string> = { term: f.term ?? '' };
  for (const [k, v] of Object.entries(f.params)) values[k] = Array.isArray(v) ? v.join(' / ') : String(v);
  return t(findingKey(f), values);
}
