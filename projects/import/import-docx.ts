/**
 * .docx import: mammoth converts the document to HTML (Heading1–6 → h1–h6, Title → h1,
 * Subtitle → p.subtitle, Caption → p.caption, tables, footnotes as a trailing list), then the
 * HTML walker of import-html reads it. A file that is not a readable .docx → ImportError
 * `invalid-docx`.
 */
import mammoth from 'mammoth';
import type { ImportedDocument, ImportWarning } from '../model';
import { ImportError } from './import-error';
import { htmlArticles } from './import-html';
import { detectLanguage } from './text-width';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
];

export async function importDocx(bytes: Uint8Array, language?: 'zh' | 'en'): Promise<ImportedDocument> {
  const zipMagic = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!zipMagic) throw new ImportError('invalid-docx', { reason: 'not-a-zip' });
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const res = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, externalFileAccess: false },
    );
    html = res.value;
    messages = res.messages;
  } catch (e) {
    throw new ImportError('invalid-docx', { reason: 'unreadable', cause: e instanceof Error ? e.message : String(e) });
  }
  const articles = htmlArticles(html);
  const warnings: ImportWarning[] = messages
    .filter((m) => m.type === 'error')
    .map((m) => ({ code: 'docx-conversion', detail: m.message }));
  const lang = language ?? detectLanguage(articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n'));
  return { articles, meta: { format: 'docx', language: lang, warnings } };
}
