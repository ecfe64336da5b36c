import type { Finding } from '../glossary/model';
import { findingKey } from './finding-key';

const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => `"${x}"`).join(' or ') : `"${String(v)}"`);

/**
 * English wording of a finding, for the CLI and exported reports (the UI words findings itself
 * through i18next from `check` and `params`).
 */
export function findingMessage(f: Pick<Finding, 'check' | 'severity' | 'term' | 'params'>): string {
  const p = f.params;
  switch (findingKey(f)) {
    case 'term-missing':
      return `${f.term}: expected ${list(p.expected)} in the translation`;
    case 'term-forbidden':
      return `${f.term}: forbidden rendering ${list(p.forbidden)}${Array.isArray(p.expected) && p.expected.length ? `; use ${list(p.expected)}` : ''}`;
    case 'term-forbidden-elsewhere':
      return `forbidden rendering ${list(p.forbidden)} (its term is not in this source)`;
    case 'term-count':
      return `${f.term}: ${p.sourceCount ?? '?'} occurrence(s) in the source, ${p.targetCount ?? '?'} rendering(s) in the translation`;
    case 'number-mismatch':
      return `number ${String(p.number)} of the source is missing from the translation`;
    case 'number-extra':
      return `number ${String(p.number)} of the translation is not in the source`;
    case 'untranslated':
      return 'the segment is not translated';
    case 'untranslated-han':
      return `Chinese text left in the translation: ${String(p.text ?? '')}`;
  }
}
