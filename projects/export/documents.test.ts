import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../model';
import { getExportFormat } from './registry';
import { escapeMarkdown } from './target-text';
import { buildTestProject } from './test-project';

const text = (d: Uint8Array): string => new TextDecoder().decode(d);
async function exportText(id: string, p: ProjectSnapshot, opts = {}): Promise<string> {
  const [f] = await getExportFormat(id).export(p, opts);
  return text(f!.data);
}
const bridge = () => buildTestProject().documents[0]!.articles[2]!;

/** A project whose first segment source and target hold markup and ampersands. */
function hostile(): ProjectSnapshot {
  const p = buildTestProject();
  const seg = p.documents[0]!.articles[0]!.blocks[0]!.segments[0]!;
  seg.source = '<script>alert("zh")</script> 科技 & 合作';
  seg.target = '<script>alert("en")</script> Tom & Jerry <b>bold</b> *star* _u_ # [x](y)';
  seg.state = 'translated';
  return p;
}

describe('bilingual HTML', () => {
  it('escapes every text: no markup from the project survives', async () => {
    const html = await exportText('html-bilingual', hostile());
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>bold');
    expect(html).toContain('&lt;script&gt;alert(&quot;zh&quot;)&lt;/script&gt; 科技 &amp; 合作');
    expect(html).toContain('Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;');
  });

  it('is self-contained, two columns stacking on narrow screens, with a print stylesheet', async () => {
    const html = await exportText('html-bilingual', buildTestProject());
    expect(html).not.toMatch(/<link|<script|src=|@import|url\(/i);
    expect(html).toMatch(/grid-template-columns:\s*1fr 1fr/);
    expect(html).toMatch(/@media \(max-width: \d+px\)[^@]*grid-template-columns:\s*1fr;/);
    expect(html).toMatch(/@media print[\s\S]*size: A4[\s\S]*break-inside: avoid/);
    // every article of the page, title and English of the bridge article in one row
    expect((html.match(/<article /g) ?? []).length).toBe(4);
    const row = /<div class="row title">([\s\S]*?)<\/div>\n/.exec(html.slice(html.indexOf('合安高速重庆段崇龛琼江大桥主跨合龙') - 200))?.[1] ?? '';
    expect(row).toContain('合安高速重庆段崇龛琼江大桥主跨合龙');
    expect(row).toContain('Main Span of Chongkan Qiongjiang Bridge');
  });

  it('sets lang attributes for the chosen script', async () => {
    for (const [script, tag] of [['simplified', 'zh-Hans'], ['tw', 'zh-Hant-TW'], ['hk', 'zh-Hant-HK']] as const) {
      const html = await exportText('html-bilingual', buildTestProject(), { script });
      expect(html).toContain(`class="cell zh" lang="${tag}"`);
      expect(html).toContain('class="cell en" lang="en"');
    }
  });

  it('joins a paragraph’s segments back into one block (English joined by one space)', async () => {
    const html = await exportText('html-bilingual', buildTestProject());
    const p4 = bridge().blocks[3]!;
    expect(p4.segments.length).toBe(2);
    const en = `${p4.segments[0]!.target} ${p4.segments[1]!.target}`.replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(html).toContain(`<p class="paragraph">${en}</p>`);
  });
});

describe('target documents', () => {
  it('HTML: English only, headline and caption markup, escaped', async () => {
    const html = await exportText('html', hostile());
    expect(html).toContain('<h1 class="title">&lt;script&gt;alert(&quot;en&quot;)');
    expect(html).toContain('<p class="caption"><em>On April 13, the main span');
    expect(html).not.toMatch(/[\u4e00-\u9fff]{2}/); // no Chinese text
  });

  it('Markdown: headlines, italics captions, escaped specials', async () => {
    const md = await exportText('md', hostile());
    expect(md).toMatch(/^# \\<script\\>alert\("en"\)\\<\/script\\> Tom \\& Jerry \\<b\\>bold\\<\/b\\> \\\*star\\\* \\_u\\_ # \\\[x\\\]\(y\)$/m);
    expect(md).toContain('# Main Span of Chongkan Qiongjiang Bridge');
    expect(md).toContain('*On April 13, the main span');
    expect(md).toContain('*Photo by Reporter Luo Bin*');
  });

  it('escapeMarkdown neutralises line-start constructs', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('a_b*c`d')).toBe('a\\_b\\*c\\`d');
  });

  it('plain text: one block a paragraph, untranslated blocks left out', async () => {
    const txt = await exportText('txt', buildTestProject());
    const paras = txt.trim().split('\n\n');
    const translatedBlocks = bridge().blocks.filter((b) => b.segments.some((s) => s.target));
    expect(paras.length).toBe(translatedBlocks.length);
    expect(paras[0]).toBe(bridge().blocks[0]!.segments[0]!.target);
  });
});

describe('parallel text', () => {
  it('writes line-aligned files with the same number of lines, newlines flattened', async () => {
    const p = buildTestProject();
    const segs = p.documents[0]!.articles.flatMap((a) => a.blocks.flatMap((b) => b.segments));
    segs[0]!.source = '第一行\n第二行';
    segs[0]!.target = 'line one\r\nline two\u2028three';
    const files = await getExportFormat('parallel').export(p, {});
    expect(files.map((f) => f.name)).toEqual(['Chongqing-Daily-2020-04-14-p.3.parallel.zh.txt', 'Chongqing-Daily-2020-04-14-p.3.parallel.en.txt']);
    const [zh, en] = files.map((f) => text(f.data).split('\n'));
    expect(zh!.length).toBe(en!.length);
    expect(zh!.length).toBe(segs.length + 1); // trailing newline
    expect(zh![0]).toBe('第一行 第二行');
    expect(en![0]).toBe('line one line two three');
    const i = segs.findIndex((s) => s.target.startsWith('Main Span'));
    expect(zh![i]).toBe(segs[i]!.source);
    expect(en![i]).toBe(segs[i]!.target);
  });

  it('keeps blocks without segments as one line with an empty English line', async () => {
    const p = buildTestProject();
    p.documents[0]!.layoutConfirmed = false;
    for (const a of p.documents[0]!.articles) for (const b of a.blocks) b.segments = [];
    const [zh, en] = (await getExportFormat('parallel').export(p, {})).map((f) => text(f.data).split('\n'));
    const blocks = p.documents[0]!.articles.flatMap((a) => a.blocks);
    expect(zh!.length).toBe(blocks.length + 1);
    expect(en!.length).toBe(zh!.length);
    expect(zh![0]).toBe(blocks[0]!.text);
    expect(en!.every((l) => l === '')).toBe(true);
  });
});

describe('DOCX', () => {
  async function docxParts(id: string, p: ProjectSnapshot, opts = {}) {
    const [f] = await getExportFormat(id).export(p, opts);
    const zip = await JSZip.loadAsync(f!.data);
    return {
      buffer: Buffer.from(f!.data),
      document: (await zip.file('word/document.xml')?.async('string')) ?? '',
      styles: (await zip.file('word/styles.xml')?.async('string')) ?? '',
      footer: (await Promise.all(Object.keys(zip.files).filter((n) => /word\/footer\d*\.xml/.test(n)).map((n) => zip.file(n)!.async('string')))).join(''),
    };
  }

  it('bilingual: named styles, fonts, A4, page numbers, repeated header row, two columns', async () => {
    const d = await docxParts('docx-bilingual', buildTestProject());
    for (const name of ['Duizhao Title', 'Duizhao Body', 'Duizhao Caption', 'Duizhao Heading', 'Duizhao Credit'])
      expect(d.styles).toContain(`w:val="${name}"`);
    expect(d.styles).toMatch(/w:styleId="DuizhaoTitle"[\s\S]*?<w:basedOn w:val="Heading1"\/>/);
    expect(d.styles).toMatch(/w:styleId="DuizhaoBody"[\s\S]*?<w:basedOn w:val="Normal"\/>/);
    expect(d.document).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Noto Serif CJK SC" w:hAnsi="Times New Roman"\/>/);
    expect(d.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(d.document).toContain('<w:tblHeader/>');
    expect((d.document.match(/<w:tbl>/g) ?? []).length).toBe(4);
    expect(d.footer).toContain('PAGE');
    expect(d.footer).toContain('NUMPAGES');
    // reading order: the Chinese title, then its English
    const { value } = await mammoth.extractRawText({ buffer: d.buffer });
    const zh = value.indexOf('合安高速重庆段崇龛琼江大桥主跨合龙');
    const en = value.indexOf('Main Span of Chongkan Qiongjiang Bridge');
    expect(zh).toBeGreaterThan(-1);
    expect(en).toBeGreaterThan(zh);
    expect(value).toContain('中文');
  });

  it('bilingual: the chosen script converts the Chinese column and its font', async () => {
    const d = await docxParts('docx-bilingual', buildTestProject(), { script: 'tw' });
    expect(d.document).toContain('合安高速重慶段崇龕瓊江大橋主跨合龍');
    expect(d.document).toContain('w:eastAsia="Noto Serif CJK TC"');
    expect(d.document).toContain('w:eastAsia="zh-TW"');
  });

  it('target: English only, captions in italics, escaped text', async () => {
    const d = await docxParts('docx', hostile());
    const { value } = await mammoth.extractRawText({ buffer: d.buffer });
    expect(value).toContain('<script>alert("en")</script> Tom & Jerry');
    expect(value).toContain('Photo by Reporter Luo Bin');
    expect(value).not.toMatch(/[\u4e00-\u9fff]{2}/);
    expect(d.document).toMatch(/<w:pStyle w:val="DuizhaoCaption"\/>[\s\S]*?<w:i\/>[\s\S]*?On April 13/);
  });
});
