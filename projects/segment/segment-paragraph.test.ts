import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLanguage, leadingLiteral, type CompiledLanguage } from './compile-rules';
import { defaultRules } from './default-rules';
import { breakPositions, segmentParagraph } from './segment-paragraph';

/** SRX by the book: every position, every rule in order, no candidate scan, no literal shortcut. */
function naiveBreaks(text: string, lang: CompiledLanguage): number[] {
  const out: number[] = [];
  for (let p = 1; p < text.length; p++) {
    if (/[\udc00-\udfff]/.test(text[p]!) && /[\ud800-\udbff]/.test(text[p - 1]!)) continue;
    for (const { rule, at } of lang.rules) {
      at.lastIndex = p;
      if (at.test(text)) {
        if (rule.break) out.push(p);
        break;
      }
    }
  }
  return out;
}

const sources = (text: string, lang: 'zh' | 'en', opts = {}) =>
  segmentParagraph(text, lang, defaultRules(opts)).map((s) => s.source);

describe('segmentParagraph — edge cases', () => {
  it('returns [] for empty text', () => {
    expect(segmentParagraph('', 'zh')).toEqual([]);
    expect(segmentParagraph('', 'en')).toEqual([]);
  });

  it('gives one segment with an empty source for whitespace-only text', () => {
    expect(segmentParagraph(' \n\t　', 'zh')).toEqual([{ source: '', separator: ' \n\t　' }]);
    expect(segmentParagraph('   ', 'en')).toEqual([{ source: '', separator: '   ' }]);
  });

  it('moves trailing whitespace to the separator and keeps leading whitespace of the text', () => {
    expect(segmentParagraph('  Hello there. Bye.  ', 'en')).toEqual([
      { source: '  Hello there.', separator: ' ' },
      { source: 'Bye.', separator: '  ' },
    ]);
  });

  it('breaks at hard line breaks, folding blank lines into the separator', () => {
    expect(segmentParagraph('第一行\n\n第二行\r\n第三行', 'zh')).toEqual([
      { source: '第一行', separator: '\n\n' },
      { source: '第二行', separator: '\r\n' },
      { source: '第三行', separator: '' },
    ]);
  });
});

describe('segmentParagraph — Chinese', () => {
  const cases: [string, string[]][] = [
    ['今天天气很好。我们去公园吧！你去吗？', ['今天天气很好。', '我们去公园吧！', '你去吗？']],
    ['真的吗？！太好了。', ['真的吗？！', '太好了。']],
    ['他走了……我们也走吧。', ['他走了……', '我们也走吧。']],
    ['你好吗?我很好!谢谢。', ['你好吗?', '我很好!', '谢谢。']],
    ['累计已完成计划投资57.50%，进度为65.7%。全长94.975公里。', ['累计已完成计划投资57.50%，进度为65.7%。', '全长94.975公里。']],
    ['他说：“今天很好。明天也好。”我们都笑了。', ['他说：“今天很好。明天也好。”', '我们都笑了。']],
    ['“悬浇连续梁施工是重难点。”现场人员介绍。', ['“悬浇连续梁施工是重难点。”', '现场人员介绍。']],
    ['「你來了。我等你很久了。」他說。', ['「你來了。我等你很久了。」', '他說。']],
    ['签署了《关于合作的协议。补充》文件。然后散会。', ['签署了《关于合作的协议。补充》文件。', '然后散会。']],
    ['会议结束（全体通过。）随后休会。', ['会议结束（全体通过。）', '随后休会。']],
    ['他问：“走吗？”“走！”', ['他问：“走吗？”', '“走！”']],
    ['第一句。 第二句。', ['第一句。', '第二句。']],
    ['利用5G网络。Version 2.0 发布。', ['利用5G网络。', 'Version 2.0 发布。']],
    ['本报讯 （记者 杨永芹）4月13日晚上，大桥合龙。', ['本报讯 （记者 杨永芹）4月13日晚上，大桥合龙。']],
    ['没有句号的标题', ['没有句号的标题']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(sources(text, 'zh')).toEqual(expected);
  });

  it('bounds the quote rule: an unclosed quote does not block breaks forever', () => {
    const long = '字'.repeat(400);
    const text = `他说：“${long}。后来的句子。`;
    expect(sources(text, 'zh')).toEqual([`他说：“${long}。`, '后来的句子。']);
  });

  it('does not break at ； or ： by default', () => {
    expect(sources('一是加强合作；二是扩大开放：具体如下。', 'zh')).toHaveLength(1);
  });

  it('breaks at ； with zhSemicolon and at ： with zhColon, never inside quotes', () => {
    const text = '一是加强合作；二是扩大开放：具体如下。他说：“甲；乙：丙。”';
    expect(sources(text, 'zh', { zhSemicolon: true })).toEqual([
      '一是加强合作；',
      '二是扩大开放：具体如下。',
      '他说：“甲；乙：丙。”',
    ]);
    expect(sources(text, 'zh', { zhColon: true })).toEqual([
      '一是加强合作；二是扩大开放：',
      '具体如下。',
      '他说：',
      '“甲；乙：丙。”',
    ]);
    expect(sources(text, 'zh', { zhSemicolon: true, zhColon: true })).toHaveLength(5);
  });
});

describe('segmentParagraph — English', () => {
  const cases: [string, string[]][] = [
    ['Mr. Smith met Mrs. Jones. Dr. Brown was late.', ['Mr. Smith met Mrs. Jones.', 'Dr. Brown was late.']],
    ['The U.S. and the U.K. signed it. Talks resume soon.', ['The U.S. and the U.K. signed it.', 'Talks resume soon.']],
    ['Use fruit, e.g. apples, i.e. red ones. Then eat.', ['Use fruit, e.g. apples, i.e. red ones.', 'Then eat.']],
    ['Bring pens, paper, etc. and a ruler. Done.', ['Bring pens, paper, etc. and a ruler.', 'Done.']],
    ['It opened on Jan. 5 and closed Feb. 28. Crowds came.', ['It opened on Jan. 5 and closed Feb. 28.', 'Crowds came.']],
    ['See No. 7 on p. 12. Thanks.', ['See No. 7 on p. 12.', 'Thanks.']],
    ['J. R. R. Tolkien wrote it. Readers loved it.', ['J. R. R. Tolkien wrote it.', 'Readers loved it.']],
    ['Pi is 3.14 roughly. It is irrational.', ['Pi is 3.14 roughly.', 'It is irrational.']],
    ['He said "Stop." Then he left.', ['He said "Stop."', 'Then he left.']],
    ["She asked 'Why?' Nobody knew.", ["She asked 'Why?'", 'Nobody knew.']],
    ['"Why?" he asked. "Because."', ['"Why?" he asked.', '"Because."']],
    ['Wait... what happened? Nothing... Really!', ['Wait... what happened?', 'Nothing...', 'Really!']],
    ['He paused . . . and went on. Fine.', ['He paused . . . and went on.', 'Fine.']],
    ['Really?! Yes. (It was.) Next.', ['Really?!', 'Yes.', '(It was.)', 'Next.']],
    ['Version 2.0.1 shipped at example.com today. Great.', ['Version 2.0.1 shipped at example.com today.', 'Great.']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });
});

describe('segmentParagraph — properties', () => {
  const token = fc.oneof(
    fc.constantFrom(...'中文句子测试大桥合龙的是了在'.split('')),
    fc.constantFrom('Hello', 'world', 'Mr', 'U', 'S', 'e', 'g', 'apple', 'The', 'he'),
    fc.constantFrom('0', '3', '57', '.50', '%'),
    fc.constantFrom('。', '！', '？', '……', '…', '.', '?', '!', '，', '；', '：', ',', ';', ':', '...'),
    fc.constantFrom('“', '”', '「', '」', '《', '》', '"', "'", '‘', '’', '（', '）', '(', ')', '[', ']'),
    fc.constantFrom(' ', '  ', '\t', '　', '\u00a0', '\n', '\n\n', '\r\n', '\r'),
    fc.constantFrom('😀', '𠀀', '\ud800'),
  );
  const textArb = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));

  for (const lang of ['zh', 'en'] as const) {
    it(`is lossless and well-formed (${lang})`, () => {
      fc.assert(
        fc.property(textArb, (text) => {
          const segs = segmentParagraph(text, lang);
          expect(segs.map((s) => s.source + s.separator).join('')).toBe(text);
          if (text === '') {
            expect(segs).toEqual([]);
            return;
          }
          const onlyWs = /^\s*$/u.test(text);
          segs.forEach((s, i) => {
            expect(/^\s*$/u.test(s.separator)).toBe(true);
            expect(/\s$/u.test(s.source)).toBe(false);
            if (!onlyWs) expect(/\S/u.test(s.source)).toBe(true);
            if (i > 0) expect(/^\s/u.test(s.source)).toBe(false);
            // never cut a surrogate pair
            const last = s.source.charCodeAt(s.source.length - 1);
            if (i < segs.length - 1 && s.separator === '') expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
          });
          if (onlyWs) expect(segs).toEqual([{ source: '', separator: text }]);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('finds exactly the breaks of a naive every-position SRX evaluation', () => {
    const langs = (['zh', 'en'] as const).flatMap((l) => [
      compileLanguage(defaultRules(), l),
      compileLanguage(defaultRules({ zhColon: true, zhSemicolon: true }), l),
    ]);
    fc.assert(
      fc.property(textArb, fc.constantFrom(...langs), (text, lang) => {
        expect(breakPositions(text, lang)).toEqual(naiveBreaks(text, lang));
      }),
      { numRuns: 500 },
    );
  });

  it('is lossless on arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom('zh' as const, 'en' as const), (text, lang) => {
        expect(segmentParagraph(text, lang).map((s) => s.source + s.separator).join('')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('leadingLiteral', () => {
  it.each([
    ['“[^“”\\n]{0,300}?', '', '“'],
    ['《+x', '', '《'],
    ['𠀀a', 'u', '𠀀'],
    ['a|b', '', null],
    ['(?:a|b)c', '', null],
    ['[a|]b', '', null],
    ['a?b', '', null],
    ['a*', '', null],
    ['a{0,2}', '', null],
    ['\\.x', '', null],
    ['ab', 'i', null],
    ['a(b|c)', '', 'a'],
  ])('%s (%s)', (source, flags, want) => {
    expect(leadingLiteral(source, flags)).toBe(want);
  });
});
