/**
 * HTML import (also the second half of .docx import, which converts to HTML first).
 * Content root: every top-level <article> is an article; else <main>; else <body>.
 * Dropped: nav, script, style, header, footer, aside, noscript, template, form.
 * h1 → title (first; a later h1 is a heading), the first h2–h6 right after the title →
 * subtitle, other h2–h6 → heading, p/li/dd/blockquote/pre → paragraph, figcaption,
 * <caption> and p.caption → caption, p.subtitle → subtitle, each table row → one paragraph
 * (cells joined by ` | `). Footnote back-links (`↑`) are dropped.
 */
import { parseHTML } from 'linkedom';
import type { ImportedArticle, ImportedBlock, ImportedDocument } from '../model';
import type { DecodedText } from './decode-text';
import { detectLanguage } from './text-width';

const DROP = new Set(['nav', 'script', 'style', 'header', 'footer', 'aside', 'noscript', 'template', 'form', 'button', 'svg', 'iframe', 'head']);
const LEAF = new Set(['p', 'li', 'dd', 'dt', 'blockquote', 'pre', 'figcaption', 'caption', 'address', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKISH = new Set([...LEAF, 'div', 'section', 'article', 'main', 'figure', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'body', 'hr', 'br']);

interface El {
  tagName: string;
  childNodes: ArrayLike<Node>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  remove(): void;
}
interface Node {
  nodeType: number;
  textContent: string | null;
}

export function importHtml(decoded: DecodedText, language?: 'zh' | 'en'): ImportedDocument {
  const articles = htmlArticles(decoded.text);
  const lang = language ?? detectLanguage(articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n'));
  return {
    articles,
    meta: { format: 'html', encoding: decoded.encoding, confidence: decoded.confidence, language: lang, warnings: decoded.warnings },
  };
}

/** Articles of an HTML document or fragment. */
export function htmlArticles(html: string): ImportedArticle[] {
  const doc = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const { document } = parseHTML(doc);
  const body = (document.body ?? document.documentElement) as unknown as El;
  for (const sel of ['a[href^="#footnote-ref"]', 'a[href^="#endnote-ref"]']) {
    for (const a of Array.from(body.querySelectorAll(sel))) a.remove();
  }
  const tops = Array.from(body.querySelectorAll('article')).filter((a) => !hasArticleAncestor(a as unknown as AncestorEl));
  const roots = tops.length > 0 ? tops : [((body.querySelectorAll('main')[0] as El | undefined) ?? body)];
  const out: ImportedArticle[] = [];
  for (const root of roots) {
    const blocks: ImportedBlock[] = [];
    walk(root, blocks);
    if (blocks.length > 0) out.push({ blocks });
  }
  return out;
}

interface AncestorEl {
  parentElement: AncestorEl | null;
  tagName: string;
}
function hasArticleAncestor(a: AncestorEl): boolean {
  for (let p = a.parentElement; p; p = p.parentElement) if (p.tagName.toLowerCase() === 'article') return true;
  return false;
}

function walk(el: El, out: ImportedBlock[]): void {
  let inline = '';
  const flushInline = (): void => {
    const t = normalizeText(inline);
    if (t !== '') out.push({ type: 'paragraph', text: t });
    inline = '';
  };
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as unknown as El;
    const tag = child.tagName.toLowerCase();
    if (DROP.has(tag)) continue;
    if (!BLOCKISH.has(tag)) {
      inline += child.textContent ?? '';
      continue;
    }
    flushInline();
    if (tag === 'tr') {
      const cells = Array.from(child.childNodes)
        .filter((c) => c.nodeType === 1)
        .map((c) => normalizeText(c.textContent ?? ''))
        .filter((c) => c !== '');
      if (cells.length > 0) out.push({ type: 'paragraph', text: cells.join(' | ') });
    } else if (LEAF.has(tag) && !hasBlockChild(child)) {
      const t = normalizeText(child.textContent ?? '');
      if (t !== '') out.push({ type: leafType(tag, child, out), text: t });
    } else walk(child, out);
  }
  flushInline();
}

function hasBlockChild(el: El): boolean {
  for (const c of Array.from(el.childNodes)) {
    if (c.nodeType !== 1) continue;
    const tag = (c as unknown as El).tagName.toLowerCase();
    if (BLOCKISH.has(tag) && tag !== 'br') return true;
  }
  return false;
}

function leafType(tag: string, el: El, before: ImportedBlock[]): ImportedBlock['type'] {
  const cls = ` ${el.getAttribute('class') ?? ''} `;
  if (tag === 'figcaption' || tag === 'caption' || cls.includes(' caption ')) return 'caption';
  if (cls.includes(' subtitle ')) return 'subtitle';
  if (tag === 'h1') return before.some((b) => b.type === 'title') ? 'heading' : 'title';
  if (/^h[2-6]$/.test(tag)) {
    const last = before[before.length - 1];
    return last?.type === 'title' ? 'subtitle' : 'heading';
  }
  return 'paragraph';
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const CJK_BREAK = new RegExp(`([${CJK}])\\s*\\n\\s*(?=[${CJK}])`, 'g');

/** Collapse HTML whitespace; a source line break between two CJK characters disappears. */
export function normalizeText(s: string): string {
  return s.replace(CJK_BREAK, '$1').replace(/\s+/g, ' ').trim();
}
