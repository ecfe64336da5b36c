import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toStructureJson } from '../model';
import { rebuildPage } from './rebuild-page';
import { renderColumns, type CleanPage } from './render-columns';
import { scoreStructure } from './structure-score';

const SHARED = resolve(process.cwd(), '../shared/fixtures');
const PAGES = resolve(process.cwd(), 'tests/fixtures/import/pages');
const nonSpace = (s: string): string => [...s.replace(/\s+/g, '')].sort().join('');

describe('rebuildPage on the shared OCR page', () => {
  const text = readFileSync(`${SHARED}/newspaper-page-zh.txt`, 'utf8');
  const articles = rebuildPage(text);
  const score = scoreStructure(`${SHARED}/newspaper-page-zh.expected.json`, toStructureJson(articles));

  it('meets the structure targets', () => {
    expect(score.paragraph_f1).toBeGreaterThanOrEqual(0.95);
    expect(score.heading_f1).toBeGreaterThanOrEqual(0.9);
    expect(score.title_accuracy).toBe(1);
    expect(score.assignment_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(score.char_coverage).toBe(1);
    expect(score.other_recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every block a 1-based line range inside the source', () => {
    const n = text.split('\n').length;
    for (const a of articles)
      for (const b of a.blocks) {
        expect(b.lines).toBeDefined();
        const [from, to] = b.lines!;
        expect(from).toBeGreaterThanOrEqual(1);
        expect(to).toBeGreaterThanOrEqual(from);
        expect(to).toBeLessThanOrEqual(n);
      }
  });

  it('keeps exactly the non-whitespace characters of the source', () => {
    const out = articles.flatMap((a) => a.blocks.map((b) => b.text)).join('');
    expect(nonSpace(out)).toBe(nonSpace(text));
  });
});

describe('rebuildPage on generated pages of our own clean articles', () => {
  const files = readdirSync(PAGES).filter((f) => f.endsWith('.json'));
  it('has at least three article sets', () => expect(files.length).toBeGreaterThanOrEqual(3));

  for (const f of files.filter((x) => !x.includes('plain-briefs'))) {
    it(`${f}: scores well across layouts (seeds 1–4)`, () => {
      const page = JSON.parse(readFileSync(`${PAGES}/${f}`, 'utf8')) as CleanPage;
      for (const seed of [1, 2, 3, 4]) {
        const r = renderColumns(page, { seed });
        const s = scoreStructure(r.gold, toStructureJson(rebuildPage(r.text)));
        expect(s.char_coverage, `seed ${seed}`).toBe(1);
        expect(s.paragraph_f1, `seed ${seed}`).toBeGreaterThanOrEqual(0.9);
        expect(s.heading_f1, `seed ${seed}`).toBeGreaterThanOrEqual(0.8);
        expect(s.title_accuracy, `seed ${seed}`).toBeGreaterThanOrEqual(0.66);
        expect(s.assignment_accuracy, `seed ${seed}`).toBeGreaterThanOrEqual(0.85);
      }
    });
  }

  it('stays robust with frequent column breaks, wider columns, OCR spaces everywhere and ±1 line-width jitter', () => {
    const variants = [
      { width: [12, 14] as [number, number], columnLines: [5, 10] as [number, number] },
      { width: [14, 17] as [number, number], columnLines: [8, 14] as [number, number], ocrSpaces: 1 },
      { jitter: 0.3 },
    ];
    for (const f of files.filter((x) => !x.includes('plain-briefs'))) {
      const page = JSON.parse(readFileSync(`${PAGES}/${f}`, 'utf8')) as CleanPage;
      for (const v of variants)
        for (const seed of [21, 22]) {
          const r = renderColumns(page, { ...v, seed });
          const s = scoreStructure(r.gold, toStructureJson(rebuildPage(r.text)));
          const where = `${f} ${JSON.stringify(v)} seed ${seed}`;
          expect(s.char_coverage, where).toBe(1);
          expect(s.paragraph_f1, where).toBeGreaterThanOrEqual(0.9);
          expect(s.heading_f1, where).toBeGreaterThanOrEqual(0.8);
          expect(s.assignment_accuracy, where).toBeGreaterThanOrEqual(0.85);
        }
    }
  });

  it('marker-free briefs (no datelines, bylines or captions): paragraphs still rebuilt exactly', () => {
    const page = JSON.parse(readFileSync(`${PAGES}/page-plain-briefs.json`, 'utf8')) as CleanPage;
    for (const seed of [1, 2, 3]) {
      const r = renderColumns(page, { seed, width: [12, 14] });
      const s = scoreStructure(r.gold, toStructureJson(rebuildPage(r.text)));
      expect(s.char_coverage).toBe(1);
      expect(s.paragraph_f1).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('rebuildPage rules', () => {
  it('joins a column break in mid-word and removes OCR spaces around digits and Latin', () => {
    const text = ['在推进地区开展关键核心技', '术联合攻关方面，双方将于 4 月', '', '14 日利用 5G 网络签订协议并取', '得突破。', ''].join('\n');
    const [art] = rebuildPage(text);
    expect(art!.blocks.map((b) => b.text)).toEqual(['在推进地区开展关键核心技术联合攻关方面，双方将于4月14日利用5G网络签订协议并取得突破。']);
    expect(art!.blocks[0]!.lines).toEqual([1, 5]);
  });

  it('splits at a blank line after a finished sentence', () => {
    const text = '第一段的文字在这里结束了。\n\n第二段的文字从这里开始了。\n';
    expect(rebuildPage(text)[0]!.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('puts a headline printed after the body on its article and a glued byline on the next', () => {
    const body = (s: string): string[] => [s.slice(0, 12), s.slice(12, 24), s.slice(24), ''];
    const text = [
      ...body('本报讯 （记者 张三）市里今天召开了春季运动会，共有三千名运动员参加比赛。'),
      '春季运动会开幕',
      '三千名运动员同场竞技展风采 □本报记者 李四',
      '',
      ...body('新修的图书馆今天正式对外开放，市民可以凭身份证免费入馆阅读图书。'),
      '市图书馆新馆开放',
      '',
    ].join('\n');
    const arts = rebuildPage(text);
    expect(arts).toHaveLength(2);
    expect(arts[0]!.blocks[0]).toMatchObject({ type: 'title', text: '春季运动会开幕' });
    expect(arts[0]!.blocks[1]).toMatchObject({ type: 'subtitle', text: '三千名运动员同场竞技展风采' });
    expect(arts[1]!.blocks.find((b) => b.type === 'byline')?.text).toBe('□本报记者 李四');
    expect(arts[1]!.blocks[0]).toMatchObject({ type: 'title', text: '市图书馆新馆开放' });
  });

  it('reads a caption followed by a photo credit', () => {
    const text = ['今天市里召开了春季运动会，共有三千名运', '动员参加了比赛，场面非常热烈。', '', '运动会开幕', '', '运动员在开幕式上入场', '记者 王五 摄', ''].join('\n');
    const blocks = rebuildPage(text)[0]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['title', 'paragraph', 'caption', 'credit']);
  });

  it('ignores indentation when every line is indented, and reads \r\n line ends', () => {
    const page = readFileSync(`${SHARED}/newspaper-page-zh.txt`, 'utf8');
    const indented = page.split('\n').map((l) => (l.trim() === '' ? l : ` ${l}`)).join('\r\n');
    const s = scoreStructure(`${SHARED}/newspaper-page-zh.expected.json`, toStructureJson(rebuildPage(indented)));
    expect(s.paragraph_f1).toBeGreaterThanOrEqual(0.95);
    expect(s.char_coverage).toBe(1);
  });

  it('does not depend on the article order of the real page (articles 3 and 4 swapped)', () => {
    const lines = readFileSync(`${SHARED}/newspaper-page-zh.txt`, 'utf8').split('\n');
    const seg = (a: number, b: number): string[] => lines.slice(a - 1, b);
    // Article boundaries of the shared page: the bridge article spans lines 312–355, the last one 356–end.
    const swapped = [...seg(1, 311), ...seg(356, lines.length), ...seg(312, 355)].join('\n');
    const s = scoreStructure(`${SHARED}/newspaper-page-zh.expected.json`, toStructureJson(rebuildPage(swapped)));
    expect(s.paragraph_f1).toBeGreaterThanOrEqual(0.95);
    expect(s.title_accuracy).toBe(1);
    expect(s.assignment_accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('returns no articles for blank input', () => {
    expect(rebuildPage('\n \n')).toEqual([]);
  });
});
