/**
 * Reads XLIFF 1.2 and 2.0/2.1 back into units: ids, sources, targets, states, notes and separators.
 * Inline markup of foreign files is flattened to its text (placeholders contribute nothing).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SegmentState } from '../model';
import { ExportError } from './export-error';
import type { XliffImport, XliffUnit } from './types';
import { NOTE_GLOSSARY, NOTE_SEPARATOR } from './xliff-notes';

/** A node in fast-xml-parser's preserveOrder form. */
type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true, // also decodes numeric character references (&#39; &#13;)
});

const tagOf = (n: Node): string | null => Object.keys(n).find((k) => k !== ':@' && k !== '#text') ?? null;
const childrenOf = (n: Node): Node[] => {
  const tag = tagOf(n);
  return tag ? ((n[tag] as Node[] | undefined) ?? []) : [];
};
const attr = (n: Node, name: string): string | undefined => {
  const a = n[':@'] as Record<string, string> | undefined;
  return a?.[name];
};
const kids = (n: Node, tag: string): Node[] => childrenOf(n).filter((c) => tagOf(c) === tag);
const kid = (n: Node, tag: string): Node | undefined => childrenOf(n).find((c) => tagOf(c) === tag);

/** The text of an element, inline elements flattened. */
function textOf(n: Node | undefined): string {
  if (!n) return '';
  let s = '';
  for (const c of childrenOf(n)) {
    if ('#text' in c) s += String(c['#text']);
    else s += textOf(c);
  }
  return s;
}

const segmentIdOf = (id: string): number | null => {
  const m = /^s(\d+)$/.exec(id);
  return m ? Number(m[1]) : null;
};

const STATE_FROM_12: Record<string, SegmentState> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-adaptation': 'translated',
  'needs-l10n': 'translated',
  translated: 'translated',
  'needs-review-translation': 'translated',
  'needs-review-adaptation': 'translated',
  'needs-review-l10n': 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};

function walk(nodes: Node[], tag: string, visit: (n: Node) => void): void {
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === tag) visit(n);
    else if (t === 'group' || t === 'body' || t === 'file') walk(childrenOf(n), tag, visit);
  }
}

function read12(root: Node): XliffImport {
  const files = kids(root, 'file');
  const first = files[0];
  const units: XliffUnit[] = [];
  for (const file of files) {
    walk(childrenOf(file), 'trans-unit', (tu) => {
      const id = attr(tu, 'id') ?? '';
      const targetNode = kid(tu, 'target');
      const target = textOf(targetNode);
      const stateAttr = targetNode ? attr(targetNode, 'state') : undefined;
      let state: SegmentState = stateAttr ? (STATE_FROM_12[stateAttr] ?? 'translated') : target ? 'translated' : 'initial';
      if (!stateAttr && attr(tu, 'approved') === 'yes') state = 'final';
      const notes: string[] = [];
      let separator = '';
      for (const note of kids(tu, 'note')) {
        const from = attr(note, 'from') ?? '';
        const text = textOf(note);
        if (from === NOTE_GLOSSARY) continue;
        if (from === NOTE_SEPARATOR) {
          try {
            separator = String(JSON.parse(text));
          } catch {
            throw new ExportError('invalid-xliff', { reason: 'bad-separator-note', unit: id });
          }
          continue;
        }
        notes.push(text);
      }
      units.push({ id, segmentId: segmentIdOf(id), source: textOf(kid(tu, 'source')), target, state, note: notes.join('\n'), separator });
    });
  }
  return {
    version: '1.2',
    srcLang: (first && attr(first, 'source-language')) ?? '',
    trgLang: (first && attr(first, 'target-language')) ?? '',
    units,
  };
}

const STATES_2 = new Set<string>(['initial', 'translated', 'reviewed', 'final']);

function read2(root: Node, version: '2.0' | '2.1'): XliffImport {
  const units: XliffUnit[] = [];
  for (const file of kids(root, 'file')) {
    walk(childrenOf(file), 'unit', (u) => {
      const unitId = attr(u, 'id') ?? '';
      const notesNode = kid(u, 'notes');
      const note = (notesNode ? kids(notesNode, 'note') : [])
        .filter((n) => attr(n, 'category') !== NOTE_GLOSSARY)
        .map(textOf)
        .join('\n');
      const parts = childrenOf(u).filter((c) => tagOf(c) === 'segment' || tagOf(c) === 'ignorable');
      const segCount = parts.filter((c) => tagOf(c) === 'segment').length;
      let current: XliffUnit | null = null;
      let leading = '';
      for (const p of parts) {
        if (tagOf(p) === 'ignorable') {
          if (current) current.separator += textOf(kid(p, 'source'));
          else leading += textOf(kid(p, 'source'));
          continue;
        }
        const state = attr(p, 'state') ?? 'initial';
        if (!STATES_2.has(state)) throw new ExportError('invalid-xliff', { reason: 'bad-state', unit: unitId, state });
        const id = segCount === 1 ? unitId : `${unitId}#${attr(p, 'id') ?? units.length}`;
        current = {
          id,
          segmentId: segCount === 1 ? segmentIdOf(unitId) : null,
          source: leading + textOf(kid(p, 'source')),
          target: textOf(kid(p, 'target')),
          state: state as SegmentState,
          note,
          separator: '',
        };
        leading = '';
        units.push(current);
      }
    });
  }
  return { version, srcLang: attr(root, 'srcLang') ?? '', trgLang: attr(root, 'trgLang') ?? '', units };
}

export function readXliff(data: Uint8Array | string): XliffImport {
  const text = typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
  const xml = text.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ExportError('invalid-xliff', { reason: 'not-well-formed', line: valid.err.line, col: valid.err.col, code: valid.err.code });
  }
  const doc = parser.parse(xml) as Node[];
  const root = doc.find((n) => tagOf(n) === 'xliff');
  if (!root) throw new ExportError('invalid-xliff', { reason: 'no-xliff-root' });
  const version = attr(root, 'version') ?? '';
  if (version === '1.2' || version === '1.1') return read12(root);
  if (version === '2.0' || version === '2.1' || version === '2.2') return read2(root, version === '2.0' ? '2.0' : '2.1');
  throw new ExportError('invalid-xliff', { reason: 'unsupported-version', version });
}
