import type { TFunction } from 'i18next';
import { findingKey } from '../../api/finding-key';
import type { Finding } from '../../glossary/model';

interface FindingLike {
  check: Finding['check'];
  term: string | null;
  severity: Finding['severity'];
  params: Finding['params'];
}

export function findingText(t: TFunction, f: FindingLike): string {
  const values: Record<string, string> = { term: f.term ?? '' };
  for (const [k, v] of Object.entries(f.params)) values[k] = Array.isArray(v) ? v.join(' / ') : String(v);
  return t(`finding.${findingKey(f)}`, values);
}
