/**
 * English-only documents as text: HTML, Markdown and plain text. Blocks without English are left out.
 */
import type { BlockType } from '../model';
import type { FlatDocument } from './flatten';
import { BASE_CSS, TARGET_CSS } from './html-styles';
import { esc } from './xml';

const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** Articles as lists of English blocks, skipping untranslated blocks and empty articles. */
function* englishArticles(docs: FlatDocument[]): Generator<{ type: BlockType; en: string }[]> {
  for (const doc of docs)
    for (const art of doc.articles) {
      const blocks = art.blocks.filter((b) => b.en !== '').map((b) => ({ type: b.type, en: oneLine(b.en) }));
      if (blocks.length) yield blocks;
    }
}

const HTML_TAG: Record<BlockType, [string, string]> = {
  title: ['<h1 class="title">', '</h1>'],
  subtitle: ['<p class="subtitle">', '</p>'],
  heading: ['<h2 class="heading">', '</h2>'],
  paragraph: ['<p>', '</p>'],
  byline: ['<p class="byline">', '</p>'],
  caption: ['<p class="caption"><em>', '</em></p>'],
  credit: ['<p class="credit"><em>', '</em></p>'],
  pullquote: ['<blockquote class="pullquote"><p>', '</p></blockquote>'],
};

export function targetHtml(docs: FlatDocument[], title: string): string {
  const out = [
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`,
    `<meta name="generator" content="Duizhao">\n<title>${esc(title)}</title>\n<style>${BASE_CSS}${TARGET_CSS}</style>\n</head>\n<body>\n<main>\n`,
  ];
  for (const blocks of englishArticles(docs)) {
    out.push('<article>\n');
    for (const b of blocks) {
      const [open, close] = HTML_TAG[b.type];
      out.push(`${open}${esc(b.en)}${close}\n`);
    }
    out.push('</article>\n');
  }
  out.push('</main>\n</body>\n</html>\n');
  return out.join('');
}

/** Escapes Markdown (CommonMark) specials so the text renders literally. */
export function escapeMarkdown(text: string): string {
  let s = text.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
  // Line-start constructs: headings, quotes, list markers, thematic breaks, setext underlines.
  s = s.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return s;
}

export function targetMarkdown(docs: FlatDocument[]): string {
  const articles: string[] = [];
  for (const blocks of englishArticles(docs)) {
    const parts: string[] = [];
    for (const b of blocks) {
      const t = escapeMarkdown(b.en);
      switch (b.type) {
        case 'title': parts.push(`# ${t}`); break;
        case 'subtitle': parts.push(`**${t}**`); break;
        case 'heading': parts.push(`## ${t}`); break;
        case 'caption':
        case 'credit': parts.push(`*${t}*`); break;
        case 'pullquote': parts.push(`> ${t}`); break;
        default: parts.push(t);
      }
    }
    articles.push(parts.join('\n\n'));
  }
  return articles.join('\n\n---\n\n') + '\n';
}

export function targetText(docs: FlatDocument[]): string {
  const articles: string[] = [];
  for (const blocks of englishArticles(docs)) articles.push(blocks.map((b) => b.en).join('\n\n'));
  return articles.join('\n\n* * *\n\n') + '\n';
}
