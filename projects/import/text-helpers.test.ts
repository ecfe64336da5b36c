import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinEnglishLines } from './english-text';
import { rebuildPage } from './rebuild-page';
import { renderColumns, wrap } from './render-columns';
import { displayWidth, endsSentence, removeOcrSpaces } from './text-width';

describe('text helpers', () => {
  it('removes OCR spaces only between ASCII letters/digits and CJK', () => {
    expect(removeOcrSpaces('4 月14 日')).toBe('4月14日');
    expect(removeOcrSpaces('利用 5G 网络')).toBe('利用5G网络');
    expect(removeOcrSpaces('本报讯 （记者 张亦筑）')).toBe('本报讯 （记者 张亦筑）');
    expect(removeOcrSpaces('以信息化力量 战“疫”也战贫')).toBe('以信息化力量 战“疫”也战贫');
    expect(removeOcrSpaces('New York  Times')).toBe('New York Times');
  });

  it('recognises sentence ends through closing quotes', () => {
    expect(endsSentence('他说：“好。”')).toBe(true);
    expect(endsSentence('验区……”')).toBe(true);
    expect(endsSentence('人工智能、')).toBe(false);
    expect(endsSentence('（下称《框架协议》）')).toBe(false);
  });

  it('undoes line-end hyphenation but keeps compounds', () => {
    expect(joinEnglishLines(['the transla-', 'tion was'])).toBe('the translation was');
    expect(joinEnglishLines(['a self-', 'made man'])).toBe('a self-made man');
    expect(joinEnglishLines(['Sino-', 'American'])).toBe('Sino-American');
    expect(joinEnglishLines(['state-of-the-', 'art'])).toBe('state-of-the-art');
    expect(joinEnglishLines(['two', 'lines'])).toBe('two lines');
  });

  it('wraps at the requested display width', () => {
    const lines = wrap('一二三四五六七八九十一二三四五六七八九十', 6, 4);
    expect(lines[0]).toBe('一二三四');
    expect(lines.slice(1, -1).every((l) => displayWidth(l) === 6)).toBe(true);
  });

  it('renders a page whose gold keeps every character of the page', () => {
    const r = renderColumns({ articles: [{ title: '标题', subtitles: ['副题'], body: [{ type: 'paragraph', text: '正文第一段，共有12个字。' }] }] }, { seed: 3 });
    const pageChars = [...r.text.replace(/\s+/g, '')].sort().join('');
    const goldChars = [...r.gold.articles.flatMap((a) => [a.title, ...a.subtitles, ...a.blocks.map((b) => b.text)]).join('').replace(/\s+/g, '')].sort().join('');
    expect(goldChars).toBe(pageChars);
  });
});

describe('rebuildPage invariants (property-based)', () => {
  const alphabet = fc.constantFrom(...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严。，、；：“”！？（）\n \n\n0123456789ABCabc□');

  it('never loses or invents a non-whitespace character', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), (chars) => {
        const text = chars.join('');
        const out = rebuildPage(text).flatMap((a) => a.blocks.map((b) => b.text)).join('');
        expect([...out.replace(/\s+/g, '')].sort().join('')).toBe([...text.replace(/\s+/g, '')].sort().join(''));
      }),
      { numRuns: 150 },
    );
  });
});
