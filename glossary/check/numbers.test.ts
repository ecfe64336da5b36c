import { describe, expect, it } from 'vitest';
import { extractTargetNumbers, sameNumber } from './numbers-en';
import { extractSourceNumbers } from './numbers-zh';

const values = (zh: string) => extractSourceNumbers(zh).required.map((n) => n.value);
const kinds = (zh: string) => extractSourceNumbers(zh).required.map((n) => [zh.slice(n.start, n.end), n.kind]);
const targetValues = (en: string) => extractTargetNumbers(en).values.map((v) => v.value);

describe('extractSourceNumbers', () => {
  it.each([
    ['吸引3万余名观众', [30000]],
    ['共11个项目', [11]],
    ['约需2.5小时', [2.5]],
    ['完成投资57.50%', [57.5]],
    ['投资1.2亿元', [1.2e8]],
    ['三十五个村', [35]],
    ['二〇二〇年', [2020]],
    ['共计３０，０００人', [30000]],
    ['2万5千人', [25000]],
    ['两千名', [2000]],
    ['三百零五家', [305]],
    ['一亿二千万元', [1.2e8]],
    ['百分之三十', [30]],
    ['第一批', [1]],
    ['三四个', [3, 4]],
    ['十五日', [15]],
    ['48+80+48米', [48, 80, 48]],
  ])('%s', (zh, expected) => {
    const got = values(zh);
    expect(got).toHaveLength(expected.length);
    got.forEach((v, i) => expect(sameNumber(v, expected[i]!)).toBe(true));
  });

  it.each(['四川安岳', '一条重要通道', '十分重要', '万州区', '百姓', '进一步加强', '利用5G网络', '一些', '三分之一', '两岸'])(
    'does not read %s as a number',
    (zh) => expect(values(zh)).toEqual([]),
  );

  it('reads N月 as a month and N日 as a day', () => {
    expect(kinds('4月14日')).toEqual([
      ['4月', 'month'],
      ['14', 'number'],
    ]);
    expect(kinds('三个月')).toEqual([['三', 'number']]);
    expect(kinds('13月')).toEqual([['13', 'number']]);
    expect(kinds('4 月 14 日')).toEqual([
      ['4 月', 'month'],
      ['14', 'number'],
    ]);
    expect(kinds('1-2月')).toEqual([
      ['1', 'month'],
      ['2月', 'month'],
    ]);
    expect(kinds('一至三月')).toEqual([
      ['一', 'month'],
      ['三月', 'month'],
    ]);
  });

  it('skips numbers inside the given ranges', () => {
    expect(extractSourceNumbers('共建一带一路三个', [[2, 6]]).required.map((n) => n.value)).toEqual([3]);
  });
});

describe('extractTargetNumbers', () => {
  it.each([
    ['more than 30,000 visitors', [30000]],
    ['30,000-plus', [30000]],
    ['eleven projects', [11]],
    ['thirty-five villages', [35]],
    ['120 million yuan', [1.2e8]],
    ['1.2bn', [1.2e9]],
    ['57.5%', [57.5]],
    ['the 14th', [14]],
    ['the first batch', [1]],
    ['a hundred villages', [100]],
    ['a 5G network', []],
    ['G20 summit', []],
  ])('%s', (en, expected) => expect(targetValues(en)).toEqual(expected));

  it('collects months from names and numeric dates', () => {
    expect([...extractTargetNumbers('on Apr. 14 and 14 September, 2020-03-01').months].sort((a, b) => a - b)).toEqual([3, 4, 9]);
  });
});
