/**
 * Markdown import: `#` → title (a later `#` opens a new article), `##`…`######` → heading,
 * paragraphs joined from wrapped lines (CJK without spaces, English with one space and
 * de-hyphenation), list items and block quotes → paragraphs, `![alt](src)` alone → caption.
 * Inline markup (emphasis, code, links) is reduced to its text.
 */
import type { ImportedArticle, ImportedBlock, ImportedDocument } from '../model';
import type { DecodedText } from './decode-text';
import { joinEnglishLines } from './english-text';
import { detectLanguage, joinCjkLines } from './text-width';

export function importMd(decoded: DecodedText, language?: 'zh' | 'en'): ImportedDocument {
  const lang = language ?? detectLanguage(decoded.text);
  return {
    articles: markdownArticles(decoded.text, lang),
    meta: { format: 'md', encoding: decoded.encoding, confidence: decoded.confidence, language: lang, warnings: decoded.warnings },
  };
}

export function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_\s][^*_]*?)[*_](?=$|[^*\w])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim();
}

export function markdownArticles(text: string, lang: 'zh' | 'en'): ImportedArticle[] {
  const articles: ImportedArticle[] = [];
  let blocks: ImportedBlock[] = [];
  let para: string[] = [];
  let paraStart = 0;
  let inFence = false;
  const join = (ls: string[]): string => (lang === 'en' ? joinEnglishLines(ls) : joinCjkLines(ls));
  const flush = (end: number): void => {
    if (para.length === 0) return;
    const onlyImage = para.length === 1 && /^!\[[^\]]*\]\([^)]*\)$/.test(para[0]!.trim());
    const t = stripInline(join(para));
    if (t !== '') blocks.push({ type: onlyImage ? 'caption' : 'paragraph', text: t, lines: [paraStart, end] });
    para = [];
  };
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const no = i + 1;
    if (/^\s*(```|~~~)/.test(raw)) {
      flush(no - 1);
      inFence = !inFence;
      return;
    }
    if (inFence) {
      if (raw.trim() !== '') blocks.push({ type: 'paragraph', text: raw.trim(), lines: [no, no] });
      return;
    }
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (h) {
      flush(no - 1);
      const level = h[1]!.length;
      const t = stripInline(h[2]!);
      if (level === 1) {
        if (blocks.length > 0) articles.push({ blocks });
        blocks = [{ type: 'title', text: t, lines: [no, no] }];
      } else blocks.push({ type: 'heading', text: t, lines: [no, no] });
      return;
    }
    if (raw.trim() === '' || /^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      flush(no - 1);
      return;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    const quote = /^\s*>\s?(.*)$/.exec(raw);
    if (item) {
      flush(no - 1);
      paraStart = no;
      para.push(item[1]!);
      return;
    }
    if (para.length === 0) paraStart = no;
    para.push(quote ? quote[1]! : raw);
  });
  flush(lines.length);
  if (blocks.length > 0) articles.push({ blocks });
  return articles;
}
