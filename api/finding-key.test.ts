import { describe, expect, it } from 'vitest';
import en from '../renderer/src/locales/en.json';
import { findingKey } from './finding-key';
import { findingMessage } from './finding-message';

const base = { term: '西部科学城', params: { forbidden: 'West Science Town', expected: ['Western China Science City'] } };

describe('finding wording', () => {
  it('tells a forbidden rendering of a source term from one whose term is elsewhere', () => {
    const inSource = { ...base, check: 'term-forbidden' as const, severity: 'error' as const };
    const elsewhere = { ...base, check: 'term-forbidden' as const, severity: 'warning' as const };
    expect(findingKey(inSource)).toBe('term-forbidden');
    expect(findingKey(elsewhere)).toBe('term-forbidden-elsewhere');
    expect(findingMessage(inSource)).toBe('西部科学城: forbidden rendering "West Science Town"; use "Western China Science City"');
    expect(findingMessage(elsewhere)).toBe('forbidden rendering "West Science Town" (its term is not in this source)');
  });

  it('has UI words for every key', () => {
    const keys = [
      findingKey({ check: 'term-missing', severity: 'error', params: {} }),
      findingKey({ check: 'term-count', severity: 'warning', params: {} }),
      findingKey({ check: 'number-mismatch', severity: 'error', params: {} }),
      findingKey({ check: 'number-mismatch', severity: 'warning', params: { kind: 'extra' } }),
      findingKey({ check: 'untranslated', severity: 'error', params: { reason: 'empty' } }),
      findingKey({ check: 'untranslated', severity: 'error', params: { reason: 'han' } }),
      findingKey({ check: 'term-forbidden', severity: 'warning', params: {} }),
    ];
    expect(new Set(keys).size).toBe(7);
    for (const k of keys) expect((en.finding as Record<string, string>)[k], k).toBeTruthy();
  });
});
