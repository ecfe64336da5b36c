import { describe, expect, it } from 'vitest';
import type { Finding } from '../model';
import { buildMatcher } from '../match/build-matcher';
import { loadFixtureConcepts, loadReferencePairs, makeConcept } from '../eval/fixture-glossary';
import { checkSegment } from './check-segment';
import { prepareGlossary } from './prepare-glossary';

const concepts = loadFixtureConcepts();
const glossary = prepareGlossary(concepts);
const check = (source: string, target: string, options = {}) => checkSegment({ source, target, glossary, options });
const codes = (fs: Finding[]) => fs.map((f) => `${f.check}:${f.severity}`);

describe('checkSegment', () => {
  it('finds nothing on the reference translation', () => {
    for (const p of loadReferencePairs()) expect(check(p.zh, p.en), p.id).toEqual([]);
  });

  it('reports a missing rendering with the source range and expected renderings', () => {
    const src = '推进西部科学城建设';
    const f = check(src, 'Advance the construction of the new city.');
    expect(f).toEqual([
      {
        check: 'term-missing',
        severity: 'error',
        term: '西部科学城',
        conceptId: expect.any(Number),
        sourceRange: [2, 7],
        targetRange: null,
        params: { expected: ['Western China Science City', 'Western Science City'] },
      },
    ]);
  });

  it('accepts admitted renderings, plurals, case and hyphen variants', () => {
    expect(check('推进西部科学城建设', 'Building the western science city.')).toEqual([]);
    expect(check('独角兽企业', 'unicorn companies')).toEqual([]);
    expect(check('成渝地区双城经济圈', 'the Chengdu Chongqing economic circle')).toEqual([]);
    expect(check('成渝地区双城经济圈', 'the Chengdu–Chongqing Economic Circle’s plan')).toEqual([]);
  });

  it('rejects a near miss (whole words only)', () => {
    expect(codes(check('西部科学城', 'the Western Science Cityscape'))).toEqual(['term-missing:error']);
  });

  it('reports forbidden renderings of source terms as errors and others as warnings', () => {
    const f = check('两江新区', 'the Two Rivers New District and West Science Town');
    expect(f.map((x) => [x.check, x.severity, x.term, x.targetRange])).toEqual([
      ['term-missing', 'error', '两江新区', null],
      ['term-forbidden', 'error', '两江新区', [4, 27]],
      ['term-forbidden', 'warning', '西部科学城', [32, 49]],
    ]);
    expect(codes(check('两江新区', 'the Two Rivers New District', { globalForbidden: false }))).toEqual([
      'term-missing:error',
      'term-forbidden:error',
    ]);
  });

  it('reports one forbidden hit when forbidden renderings overlap', () => {
    const f = check('成渝地区双城经济圈', 'the Chengdu-Chongqing Double City Economic Zone');
    expect(f.filter((x) => x.check === 'term-forbidden').map((x) => x.params.forbidden)).toEqual([
      'Chengdu-Chongqing Double City Economic Zone',
    ]);
  });

  it('warns when a term occurs more often in the source than in the target', () => {
    const f = check('两江新区和两江新区', 'Liangjiang New Area and it');
    expect(f).toMatchObject([{ check: 'term-count', severity: 'warning', params: { sourceCount: 2, targetCount: 1 } }]);
    expect(check('两江新区和两江新区', 'Liangjiang New Area and Liangjiang New Area')).toEqual([]);
  });

  it('checks numbers in Chinese forms', () => {
    expect(check('吸引3万余名观众', 'attracting more than 30,000 visitors')).toEqual([]);
    expect(check('吸引3万余名观众', 'attracting over 30 thousand visitors')).toEqual([]);
    expect(check('4月14日', 'on 14 April')).toEqual([]);
    expect(check('投资1.2亿元', 'investing 120 million yuan')).toEqual([]);
    expect(check('二〇二〇年三十五个村', 'thirty-five villages in 2020')).toEqual([]);
    const f = check('4月14日，完成11个项目', 'On May 14, eleven projects were completed; 12 more follow.');
    expect(f.map((x) => [x.check, x.severity, x.params.number])).toEqual([
      ['number-mismatch', 'error', '4月'],
      ['number-mismatch', 'warning', '12'],
    ]);
    expect(codes(check('完成11个项目', 'eleven projects', { extraNumbers: false }))).toEqual([]);
  });

  it('does not require numbers inside glossary terms', () => {
    expect(check('推进一带一路建设', 'advancing the Belt and Road Initiative')).toEqual([]);
  });

  it('reports untranslated segments and Chinese left in the target', () => {
    expect(check('合龙', '  ')).toMatchObject([{ check: 'untranslated', params: { reason: 'empty' }, sourceRange: [0, 2] }]);
    const f = check('崇龛琼江大桥合龙', 'Chongkan Qiongjiang Bridge 合龙');
    expect(f.map((x) => [x.check, x.targetRange])).toEqual([
      ['term-missing', null],
      ['untranslated', [27, 29]],
    ]);
    expect(check('', '')).toEqual([]);
  });

  it('accepts a matcher and a concept map, and filters checks', () => {
    const cs = [makeConcept(9, '合龙', { preferred: ['closure'], forbidden: ['dragon joining'] })];
    const input = { matcher: buildMatcher(cs), concepts: new Map(cs.map((c) => [c.id, c])) };
    expect(codes(checkSegment({ ...input, source: '合龙', target: 'dragon joining' }))).toEqual([
      'term-missing:error',
      'term-forbidden:error',
    ]);
    expect(
      codes(checkSegment({ ...input, source: '合龙', target: 'dragon joining', options: { checks: ['term-forbidden'] } })),
    ).toEqual(['term-forbidden:error']);
  });

  it('orders findings deterministically', () => {
    const f = check('两江新区3个', '两江 The Two Rivers New District 4');
    expect(f.map((x) => x.check)).toEqual(['term-missing', 'term-forbidden', 'number-mismatch', 'number-mismatch', 'untranslated']);
  });
});
