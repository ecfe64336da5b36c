/**
 * Plain-text import. Chinese text that is hard-wrapped in narrow columns (median line width
 * ≤ 40 characters, most lines breaking in mid-sentence) goes through the newspaper-page rebuilder; Chinese text with one paragraph
 * per line is read line by line; English text is read by blank-line blocks (english-text).
 */
import type { ImportedArticle, ImportedBlock, ImportedDocument } from '../model';
import type { DecodedText } from './decode-text';
import { englishArticles } from './english-text';
import { isBylineLine, isCreditLine } from './page-markers';
import { rebuildPage } from './rebuild-page';
import { detectLanguage, displayWidth, endsSentence } from './text-width';

/** Lines at most this wide (median) mark hard-wrapped column text. */
export const WRAPPED_MAX_WIDTH = 40;

export function importTxt(decoded: DecodedText, language?: 'zh' | 'en'): ImportedDocument {
  const lang = language ?? detectLanguage(decoded.text);
  const articles = lang === 'en' ? englishArticles(decoded.text) : chineseArticles(decoded.text);
  return {
    articles,
    meta: { format: 'txt', encoding: decoded.encoding, confidence: decoded.confidence, language: lang, warnings: decoded.warnings },
  };
}

export function chineseArticles(text: string): ImportedArticle[] {
  return isHardWrapped(text) ? rebuildPage(text) : linePerParagraph(text);
}

/**
 * Hard-wrapped column text: short lines (median ≤ WRAPPED_MAX_WIDTH) that mostly break in
 * mid-sentence. Short lines that nearly all end a sentence are one paragraph per line.
 */
function isHardWrapped(text: string): boolean {
  const widths: number[] = [];
  let finished = 0;
  for (const l of text.split('\n')) {
    const w = displayWidth(l);
    if (w > 0) {
      widths.push(w);
      if (endsSentence(l)) finished++;
    }
    if (widths.length >= 2000) break;
  }
  if (widths.length === 0) return false;
  if (finished > widths.length * 0.6) return false;
  widths.sort((a, b) => a - b);
  return widths[widths.length >> 1]! <= WRAPPED_MAX_WIDTH;
}

/** One block per non-blank line: short unpunctuated lines are the title (first) or headings. */
function linePerParagraph(text: string): ImportedArticle[] {
  const blocks: ImportedBlock[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') return;
    let type: ImportedBlock['type'] = 'paragraph';
    if (isCreditLine(t)) type = 'credit';
    else if (isBylineLine(t)) type = 'byline';
    else if (displayWidth(t) <= WRAPPED_MAX_WIDTH && !endsSentence(t)) type = blocks.length === 0 ? 'title' : 'heading';
    blocks.push({ type, text: t, lines: [i + 1, i + 1] });
  });
  return blocks.length ? [{ blocks }] : [];
}
