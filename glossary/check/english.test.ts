import { describe, expect, it } from 'vitest';
import { makeConcept } from '../eval/fixture-glossary';
import { buildEnglishIndex } from './english-index';
import { stemWord, tokenize } from './english-tokens';

const index = buildEnglishIndex([
  makeConcept(1, '大桥', { preferred: ['Qiongjiang Bridge'] }),
  makeConcept(2, '科学城', { preferred: ['Science City'], forbidden: ['Science Town'] }),
  makeConcept(3, '双城', { preferred: ['twin-city'] }),
  makeConcept(4, '中国汽研', { preferred: ['CAERI'], caseSensitive: true }),
]);
const found = (text: string) => index.scan(tokenize(text)).map((h) => [h.ref.conceptId, h.ref.status, text.slice(h.start, h.end)]);

describe('English rendering lookup', () => {
  it.each(['Qiongjiang Bridge', 'Qiongjiang Bridges', "Qiongjiang Bridge's", 'Qiongjiang Bridges’', 'QIONGJIANG bridge'])(
    'accepts %s',
    (t) => expect(found(`the ${t} opened`)).toEqual([[1, 'preferred', t]]),
  );

  it('accepts hyphen, space and dash variants', () => {
    for (const t of ['twin-city', 'twin city', 'twin–city', 'Twin—City']) expect(found(t)).toEqual([[3, 'preferred', t]]);
  });

  it('matches whole words only', () => {
    expect(found('a Science Cityscape')).toEqual([]);
    expect(found('NeoScience City')).toEqual([]);
    expect(found('the Science Town')).toEqual([[2, 'forbidden', 'Science Town']]);
  });

  it('does not match across sentence punctuation', () => {
    expect(found('for science. City officials')).toEqual([]);
  });

  it('honours case-sensitive renderings', () => {
    expect(found('CAERI tested it')).toEqual([[4, 'preferred', 'CAERI']]);
    expect(found('caeri tested it')).toEqual([]);
  });

  it('stems plurals simply', () => {
    expect(stemWord('technologies')).toBe('technology');
    expect(stemWord('Branches')).toBe('Branch');
    expect(stemWord('status')).toBe('status');
    expect(stemWord('parks')).toBe('park');
  });
});
