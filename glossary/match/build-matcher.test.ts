import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixtureConcepts, loadReferencePairs, makeConcept } from '../eval/fixture-glossary';
import { buildMatcher } from './build-matcher';
import { naiveMatch } from './naive-match';
import { normalizeZh } from './normalize-zh';

const concepts = loadFixtureConcepts();
const matcher = buildMatcher(concepts);

describe('buildMatcher', () => {
  it('prefers the longest term at the leftmost position', () => {
    const src = '推动成渝地区双城经济圈建设，成渝地区的双城经济圈';
    const m = matcher.match(src);
    expect(m.map((x) => x.matched)).toEqual(['成渝地区双城经济圈', '成渝地区', '双城经济圈']);
    for (const x of m) expect(src.slice(x.start, x.end)).toBe(x.matched);
    expect(m[0]!.zh).toBe('成渝地区双城经济圈');
  });

  it('matches Traditional script with offsets into the original string', () => {
    const src = '共建西部科學城與兩江新區';
    const m = matcher.match(src);
    expect(m.map((x) => [x.zh, x.matched, x.start, x.end])).toEqual([
      ['西部科学城', '西部科學城', 2, 7],
      ['两江新区', '兩江新區', 8, 12],
    ]);
  });

  it('ignores full-width forms and Latin case', () => {
    const m = buildMatcher([makeConcept(1, '5G网络', { preferred: ['5G network'] })]);
    for (const src of ['利用5G网络', '利用５Ｇ网络', '利用5g网络', '利用５ｇ網絡']) {
      const r = m.match(src);
      expect(r).toHaveLength(1);
      expect(r[0]!.start).toBe(2);
      expect(r[0]!.matched).toBe(src.slice(2));
    }
  });

  it('flags forbidden zh terms and prefers a preferred form on duplicates', () => {
    const m = buildMatcher([
      makeConcept(7, '乡村振兴', { preferred: ['rural revitalization'] }, { zhForbidden: ['农村振兴'] }),
      makeConcept(3, '农村振兴', { preferred: ['rural revival'] }),
    ]);
    expect(m.match('农村振兴')[0]).toMatchObject({ conceptId: 3, status: 'preferred' });
    const only = buildMatcher([
      makeConcept(7, '乡村振兴', { preferred: ['rural revitalization'] }, { zhForbidden: ['农村振兴'] }),
    ]);
    expect(only.match('推进农村振兴')[0]).toMatchObject({ conceptId: 7, status: 'forbidden', zh: '乡村振兴', start: 2 });
  });

  it('finds exactly the terms listed in the reference translation', () => {
    for (const pair of loadReferencePairs()) {
      // The fixture lists each term once, in order of first occurrence.
      const distinct = [...new Set(matcher.match(pair.zh).map((x) => x.zh))];
      expect(distinct).toEqual(pair.terms.map((t) => t[0]));
    }
  });

  it('handles empty glossaries, empty text and astral characters', () => {
    expect(buildMatcher([]).match('成渝地区')).toEqual([]);
    expect(matcher.match('')).toEqual([]);
    const m = buildMatcher([makeConcept(1, '𠀀城', { preferred: ['X City'] })]);
    expect(m.match('a𠀀城b')).toMatchObject([{ start: 1, end: 4 }]);
  });

  it('agrees with naiveMatch on random texts built from term pieces', () => {
    const pieces = [
      ...concepts.flatMap((c) => c.terms.filter((t) => t.lang === 'zh').map((t) => t.text)),
      '成渝', '地区', '双城', '经济', '科学', '城', '，', 'Ａ', 'a', '的', '中国', '新区', '西部科學',
    ];
    const zhPieces = concepts.flatMap((c) => c.terms.filter((t) => t.lang === 'zh').map((t) => t.text));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 30 }),
        fc.array(fc.constantFrom(...zhPieces), { minLength: 1, maxLength: 40 }),
        (parts, termSubset) => {
          const src = parts.join('');
          expect(matcher.match(src)).toEqual(naiveMatch(concepts, src));
          const sub = concepts.filter((c) => termSubset.includes(c.terms[0]!.text));
          expect(buildMatcher(sub).match(src)).toEqual(naiveMatch(sub, src));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with naiveMatch on overlapping synthetic alphabets', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom('甲', '乙', '丙'), minLength: 1, maxLength: 5 }), { maxLength: 12 }),
        fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '丁'), maxLength: 60 }),
        (terms, src) => {
          const cs = terms.map((t, i) => makeConcept(i + 1, t, { preferred: [`T${i}`] }));
          expect(buildMatcher(cs).match(src)).toEqual(naiveMatch(cs, src));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('normalizeZh', () => {
  it('keeps the length and maps per character', () => {
    const s = '臺灣ＡＢＣ１２３　西部科學城5G';
    const n = normalizeZh(s);
    expect(n.length).toBe(s.length);
    expect(n).toBe('台湾abc123 西部科学城5g');
  });
});

describe('buildMatcher at scale', () => {
  it('agrees with naiveMatch for 20,000 synthetic terms of 2–8 characters', async () => {
    const { rng } = await import('../eval/mutations');
    const random = rng(3);
    const alphabet = [...'成渝地区双城经济圈西部科学城一多园两江新天府重庆市技局四川省厅框架协议创中心综合性国家'];
    const terms = new Set<string>();
    while (terms.size < 20_000) {
      const len = 2 + Math.floor(random() * 7);
      terms.add(Array.from({ length: len }, () => alphabet[Math.floor(random() * alphabet.length)]!).join(''));
    }
    const cs = [...terms].map((t, i) => makeConcept(i + 1, t, { preferred: [`T${i}`] }));
    const text = Array.from({ length: 5_000 }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('');
    const m = buildMatcher(cs);
    expect(m.size).toBe(20_000);
    const got = m.match(text);
    expect(got.length).toBeGreaterThan(100);
    expect(got).toEqual(naiveMatch(cs, text));
  });
});
