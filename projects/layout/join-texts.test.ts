import { describe, expect, it } from 'vitest';
import { joinTexts, unionLines } from './join-texts';

describe('joinTexts', () => {
  it.each([
    ['第一段', '第二段', '第一段第二段'],
    ['one', 'two', 'one two'],
    ['end.', 'Next', 'end. Next'],
    ['café', 'au lait', 'café au lait'],
    ['利用', '5G网络', '利用5G网络'],
    ['5G', '网络', '5G网络'],
    ['word ', 'next', 'word next'],
    ['word', ' next', 'word next'],
    ['', 'x', 'x'],
    ['x', '', 'x'],
    ['(重庆段)', '高速', '(重庆段)高速'],
  ])('%s + %s', (a, b, want) => {
    expect(joinTexts(a, b)).toBe(want);
  });
});

describe('unionLines', () => {
  it('covers both ranges, or keeps the one that exists', () => {
    expect(unionLines([3, 4], [1, 2])).toEqual([1, 4]);
    expect(unionLines(undefined, [1, 2])).toEqual([1, 2]);
    expect(unionLines([5, 6], undefined)).toEqual([5, 6]);
    expect(unionLines(undefined, undefined)).toBeUndefined();
  });
});
