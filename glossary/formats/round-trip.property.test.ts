import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConceptInput, Term } from '../model';
import { guessCaseSensitive } from './case-sensitivity';
import { readGlossaryFile, writeGlossaryFile } from './glossary-file';
import { content } from './test-helpers';

// Words over an alphabet with the characters that break naive writers (quotes, commas, &, <, >). Terms never
// hold `;` or `|` (they separate list items in table cells) nor tabs/newlines; notes may hold `;` and `|`.
const chars = fc.constantFrom(...'abcXYZ中文两江新区,"\'&<>()-.:/'.split(''));
const word = fc.string({ unit: chars, minLength: 1, maxLength: 8 });
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
const noteText = fc.option(fc.array(fc.oneof(phrase, fc.constant(';'), fc.constant('|')), { minLength: 1, maxLength: 3 }).map((p) => p.join(' ')), { nil: '' });

const mk = (lang: Term['lang'], text: string, status: Term['status']): Term => ({ lang, text, status, caseSensitive: guessCaseSensitive(lang, text), note: '' });

const conceptArb: fc.Arbitrary<ConceptInput> = fc
  .record({
    zh: phrase,
    en: phrase,
    admitted: fc.uniqueArray(phrase, { maxLength: 2 }),
    forbidden: fc.uniqueArray(phrase, { maxLength: 2 }),
    note: noteText,
    domain: fc.option(word, { nil: '' }),
  })
  .filter((r) => new Set([r.en, ...r.admitted, ...r.forbidden]).size === 1 + r.admitted.length + r.forbidden.length)
  .map((r) => ({
    domain: r.domain,
    definition: '',
    note: r.note,
    terms: [mk('zh', r.zh, 'preferred'), mk('en', r.en, 'preferred'), ...r.admitted.map((t) => mk('en', t, 'admitted')), ...r.forbidden.map((t) => mk('en', t, 'forbidden'))],
  }));

describe('round trip of generated glossaries', () => {
  for (const id of ['csv', 'tsv', 'tbx-v2', 'tbx-v3']) {
    it(`${id} keeps every concept`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(conceptArb, { minLength: 1, maxLength: 6 }), async (concepts) => {
          const back = await readGlossaryFile(await writeGlossaryFile(concepts, id), 'x', id);
          expect(content(back)).toEqual(content(concepts));
        }),
        { numRuns: 60 },
      );
    });
  }
});
