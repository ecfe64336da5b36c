/**
 * Bilingual HTML: one self-contained page, per article a two-column grid (Chinese | English) that
 * stacks on narrow screens and prints as an A4 table with no break inside a row. Every text is escaped.
 */
import { splitHeadlines, type FlatBlock, type FlatDocument } from './flatten';
import { BASE_CSS, BILINGUAL_CSS } from './html-styles';
import { htmlLang } from './script';
import { singleFileFormat } from './single-file-format';
import { esc } from './xml';

const para = (text: string, type: string): string =>
  text === '' ? `<p class="${type} empty">—</p>` : `<p class="${type}">${esc(text)}</p>`;

function rowHtml(blocks: FlatBlock[], zhLang: string): string {
  const zh = blocks.map((b) => para(b.zh, b.type)).join('');
  const en = blocks.map((b) => para(b.en, b.type)).join('');
  const kind = blocks[0]?.type ?? 'paragraph';
  return `<div class="row ${kind}"><div class="cell zh" lang="${zhLang}">${zh}</div><div class="cell en" lang="en">${en}</div></div>\n`;
}

export function bilingualHtml(docs: FlatDocument[], title: string, zhLang: string): string {
  const out: string[] = [
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Duizhao">\n`,
    `<title>${esc(title)}</title>\n<style>${BASE_CSS}${BILINGUAL_CSS}</style>\n</head>\n<body>\n<main>\n`,
  ];
  for (const doc of docs) {
    for (const art of doc.articles) {
      const { headlines, body } = splitHeadlines(art);
      out.push(`<article id="a${art.id}">\n<div class="rows">\n`);
      out.push(`<div class="row head"><div class="cell colhead zh" lang="${zhLang}">中文</div><div class="cell colhead en" lang="en">English</div></div>\n`);
      if (headlines.length) out.push(rowHtml(headlines, zhLang));
      for (const b of body) out.push(rowHtml([b], zhLang));
      out.push('</div>\n</article>\n');
    }
  }
  out.push('</main>\n</body>\n</html>\n');
  return out.join('');
}


export const htmlBilingualFormat = singleFileFormat({
  id: 'html-bilingual',
  label: 'html-bilingual',
  suffix: '.bilingual.html',
  render: (docs, project, options) => bilingualHtml(docs, project.name, htmlLang(options.script)),
});
