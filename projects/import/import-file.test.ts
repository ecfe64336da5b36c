import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, importFile, toStructureJson } from './index';

const FILES = resolve(process.cwd(), 'tests/fixtures/import/files');
const read = (f: string): Uint8Array => new Uint8Array(readFileSync(`${FILES}/${f}`));
const texts = (d: Awaited<ReturnType<typeof importFile>>): [string, string][] =>
  d.articles.flatMap((a) => a.blocks.map((b): [string, string] => [b.type, b.text]));

async function importError(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('importFile: text pages', () => {
  it('imports the same page identically from every encoding', async () => {
    const ref = toStructureJson((await importFile(read('page-zh.utf8.txt'), 'page.txt')).articles);
    expect(ref.articles.length).toBe(3);
    for (const f of ['page-zh.utf16le.txt', 'page-zh.utf16be-bom.txt', 'page-zh.gb18030.txt', 'page-zh.utf8-bom.txt']) {
      const d = await importFile(read(f), f);
      expect(toStructureJson(d.articles), f).toEqual(ref);
      expect(d.meta.format).toBe('txt');
      expect(d.meta.language).toBe('zh');
    }
  });

  it('imports Big5 and reports the encoding', async () => {
    const d = await importFile(read('page-zh-trad.big5.txt'), 'page');
    expect(d.meta.encoding).toBe('Big5');
    expect(d.articles.length).toBe(3);
  });

  it('reads Chinese text with one paragraph per line', async () => {
    const d = await importFile(read('plain-zh.txt'), 'plain.text');
    expect(texts(d).map(([t]) => t)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads short Chinese lines that each end a sentence as one paragraph per line', async () => {
    const text = '第一句话在这里结束。\n第二句话也在这里结束。\n第三句话同样结束了。\n';
    const d = await importFile(new TextEncoder().encode(text), 'lines.txt');
    expect(texts(d).map(([, t]) => t)).toEqual(['第一句话在这里结束。', '第二句话也在这里结束。', '第三句话同样结束了。']);
  });

  it('reads English text: single-space joins, de-hyphenation, title and heading', async () => {
    const d = await importFile(read('article-en.txt'), 'article-en.txt');
    expect(d.meta.language).toBe('en');
    const t = texts(d);
    expect(t.map(([k]) => k)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
    expect(t[1]![1]).toContain('street performances take turns');
    expect(t[1]![1]).toContain('well-lit lanes');
    expect(t[3]![1]).toContain('Sino-American joint venture');
    expect(t[3]![1]).toContain('local commerce bureau.');
  });
});

describe('importFile: structured formats', () => {
  it('markdown', async () => {
    const d = await importFile(read('article.md'), 'article.markdown');
    expect(texts(d)).toEqual([
      ['title', '夜间经济点亮城市烟火气'],
      ['paragraph', '夜幕降临，滨江步行街华灯初上，小吃摊、文创集市和街头演艺轮番登场。'],
      ['heading', '十条措施支持夜间经济'],
      ['paragraph', '今年以来，全市出台支持夜间经济发展的十条措施，延长公共交通运营时间。'],
      ['paragraph', '在重点商圈增设临时停车位。'],
      ['paragraph', '鼓励商场、书店和博物馆延长营业时间。'],
      ['caption', '滨江步行街夜景'],
    ]);
    expect(d.articles[0]!.blocks[1]!.lines).toEqual([3, 4]);
  });

  it('html: article content only, typed blocks', async () => {
    const d = await importFile(read('article.html'), 'article.htm');
    const t = texts(d);
    expect(t[0]).toEqual(['title', '互联网医院让看病少跑腿']);
    expect(t[1]).toEqual(['subtitle', '市内三甲医院全部开通线上复诊']);
    expect(t).toContainEqual(['heading', '数据多跑路']);
    expect(t).toContainEqual(['paragraph', '“以前每个月都要请假去医院开药，现在在手机上就能复诊。”患者张先生说。']);
    expect(t).toContainEqual(['paragraph', '医保在线结算。']);
    expect(t).toContainEqual(['caption', '医生通过视频为患者问诊']);
    const all = t.map(([, s]) => s).join('');
    for (const dropped of ['不应出现', '版权所有', '网站导航头部', '首页']) expect(all).not.toContain(dropped);
  });

  it('docx: headings, table rows, footnote and caption', async () => {
    const d = await importFile(read('article.docx'), 'article.docx');
    expect(d.meta.format).toBe('docx');
    const t = texts(d);
    expect(t[0]).toEqual(['title', '互联网医院让看病少跑腿']);
    expect(t[1]).toEqual(['subtitle', '市内三甲医院全部开通线上复诊']);
    expect(t).toContainEqual(['heading', '数据多跑路']);
    expect(t).toContainEqual(['paragraph', '年份 | 线上服务人次']);
    expect(t).toContainEqual(['paragraph', '2023 | 85万']);
    expect(t).toContainEqual(['caption', '医生通过视频为外地患者问诊']);
    expect(t).toContainEqual(['paragraph', '数据来源：市卫生健康委2024年统计公报。']);
  });
});

describe('importFile: errors', () => {
  it('empty file', async () => {
    expect((await importError(importFile(read('empty.txt'), 'empty.txt'))).code).toBe('empty-file');
    expect((await importError(importFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]), 'bom.txt'))).code).toBe('empty-file');
  });

  it('binary content under a text extension', async () => {
    for (const f of ['binary.txt', 'zip-renamed.txt', 'pdf-renamed.txt']) {
      expect((await importError(importFile(read(f), f))).code, f).toBe('binary-file');
    }
  });

  it('too large (size limit overridable)', async () => {
    const bytes = read('page-zh.utf8.txt');
    const e = await importError(importFile(bytes, 'page.txt', { maxBytes: 1000 }));
    expect(e.code).toBe('too-large');
    expect(e.details).toMatchObject({ bytes: bytes.byteLength, maxBytes: 1000 });
  });

  it('unsupported extension', async () => {
    const e = await importError(importFile(read('page-zh.utf8.txt'), 'page.pdf'));
    expect(e.code).toBe('unsupported-format');
  });

  it('invalid docx', async () => {
    expect((await importError(importFile(read('not-a-docx.docx'), 'x.docx'))).code).toBe('invalid-docx');
    expect((await importError(importFile(read('broken-zip.docx'), 'y.docx'))).code).toBe('invalid-docx');
  });
});
