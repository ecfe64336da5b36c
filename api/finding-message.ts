import type { Finding } from '../glossary/model';

const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => `"${x}"`).join(' or ') : `"${String(v)}"`);

/**
 * English wording of a finding, for the CLI and exported reports (the UI words findings itself
 * through i18next from `check` and `params`).
 */
export function findingMessage(f: Pick<Finding, 'check' | 'term' | 'params'>): string {
  const p = f.params;
  switch (f.check) {
    case 'term-missing':
      return `${f.term}: expected ${list(p.expected)} in the translation`;
    case 'term-forbidden':
      return f.term
        ? `${f.term}: forbidden rendering ${list(p.forbidden)}${Array.isArray(p.expected) && p.expected.length ? `; use ${list(p.expected)}` : ''}`
        : `forbidden rendering ${list(p.forbidden)} (its term is not in this source)`;
    case 'term-count':
      return `${f.term}: ${p.sourceCount ?? '?'} occurrence(s) in the source, ${p.targetCount ?? '?'} rendering(s) in the translation`;
    case 'number-mismatch':
      return p.kind === 'extra'
        ? `number ${String(p.number)} of the translation is not in the source`
        : `number ${String(p.number)} of the source is missing from the translation`;
    case 'untranslated':
      return p.reason === 'empty' ? 'the segment is not translated' : `Chinese text left in the translation: ${String(p.text ?? '')}`;
    default:
      return f.check;
  }
}
