import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixtureConcepts } from '../eval/fixture-glossary';
import { checkSegment } from './check-segment';
import { prepareGlossary } from './prepare-glossary';

const concepts = loadFixtureConcepts();
const glossary = prepareGlossary(concepts);
const zhPieces = [...concepts.map((c) => c.terms[0]!.text), '的', '，', '。', '建设', '推进', '3万', '二〇二〇年', '4月14日', '一些', ' '];
const enPieces = [
  ...concepts.flatMap((c) => c.terms.filter((t) => t.lang === 'en').map((t) => t.text)),
  'the', 'and', '.', ',', '30,000', 'April 14', '2020', '合龙', 'Cityscape', '', '—',
];

describe('checkSegment properties', () => {
  it('never throws, keeps ranges inside the strings and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...zhPieces), { maxLength: 15 }),
        fc.array(fc.constantFrom(...enPieces), { maxLength: 15 }),
        (zs, es) => {
          const source = zs.join('');
          const target = es.join(' ');
          const f = checkSegment({ source, target, glossary });
          for (const x of f) {
            if (x.sourceRange) expect(x.sourceRange[1]).toBeLessThanOrEqual(source.length);
            if (x.targetRange) expect(x.targetRange[1]).toBeLessThanOrEqual(target.length);
            if (x.sourceRange) expect(x.sourceRange[0]).toBeLessThan(x.sourceRange[1]);
          }
          expect(checkSegment({ source, target, glossary })).toEqual(f);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a target holding the preferred rendering of every source occurrence has no term finding', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...concepts), { minLength: 1, maxLength: 6 }), (picked) => {
        const source = picked.map((c) => c.terms[0]!.text).join('，');
        const matches = glossary.matcher.match(source);
        const target = matches
          .map((m) => glossary.concepts.get(m.conceptId)!.terms.find((t) => t.lang === 'en' && t.status === 'preferred')!.text)
          .join('; ');
        const f = checkSegment({ source, target, glossary, options: { checks: ['term-missing', 'term-count'] } });
        expect(f).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('removing every rendering of a source concept always yields term-missing for it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...concepts), (c) => {
        const source = `推进${c.terms[0]!.text}建设`;
        const m = glossary.matcher.match(source);
        fc.pre(m.length === 1 && m[0]!.conceptId === c.id);
        const f = checkSegment({ source, target: 'We push forward the construction.', glossary });
        expect(f.map((x) => [x.check, x.conceptId])).toEqual([['term-missing', c.id]]);
      }),
      { numRuns: 100 },
    );
  });
});
