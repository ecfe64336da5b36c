import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GlossaryError } from '../store/glossary-error';

/** A parsed XML element: local name (namespace prefix removed), attributes as written, children in order. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text of a text node (`name` is `#text`). */
  text: string;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

function convert(items: Ordered[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of items) {
    for (const key of Object.keys(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        out.push({ name: '#text', attrs: {}, children: [], text: String(item[key]) });
        continue;
      }
      const name = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
      out.push({ name, attrs: item[':@'] ?? {}, children: convert((item[key] as Ordered[]) ?? []), text: '' });
    }
  }
  return out;
}

/** Parse XML text into the root element. Malformed XML → `invalid-xml` with line and column. */
export function parseXml(text: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new GlossaryError('invalid-xml', { line: valid.err.line, column: valid.err.col, reason: valid.err.code });
  }
  let parsed: Ordered[];
  try {
    parsed = parser.parse(text) as Ordered[];
  } catch (e) {
    // e.g. external entities in the DOCTYPE, which are never resolved.
    throw new GlossaryError('invalid-xml', { line: 0, column: 0, reason: 'parser' }, { cause: e });
  }
  const root = convert(parsed).find((n) => n.name !== '#text');
  if (!root) throw new GlossaryError('invalid-xml', { line: 1, column: 1, reason: 'no-root' });
  return root;
}

export function elements(node: XmlNode, name?: string): XmlNode[] {
  return node.children.filter((c) => c.name !== '#text' && (name === undefined || c.name === name));
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/**
 * All text inside an element (inline markup such as `<hi>` dropped), trimmed. With `collapse` (for terms)
 * runs of whitespace become one space; without it (notes, definitions) line breaks are kept.
 */
export function textOf(node: XmlNode, collapse = true): string {
  const parts: string[] = [];
  const walk = (n: XmlNode): void => {
    if (n.name === '#text') parts.push(n.text);
    else n.children.forEach(walk);
  };
  walk(node);
  const text = parts.join('');
  return collapse ? text.replace(/\s+/g, ' ').trim() : text.replace(/\r\n?/g, '\n').trim();
}

/** Escape text for element content and attribute values; drops characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
