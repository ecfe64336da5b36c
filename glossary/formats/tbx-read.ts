import type { ConceptInput, Term, TermStatus } from '../model';
import { GlossaryError } from '../store/glossary-error';
import { guessCaseSensitive } from './case-sensitivity';
import { decodeText } from './decode-text';
import { child, elements, parseXml, textOf, type XmlNode } from './xml-tree';

/** administrativeStatus / normativeAuthorization values (TBX 2008 and TBX-Basic) and common short forms. */
const STATUS: Record<string, TermStatus> = {
  'preferredterm-admn-sts': 'preferred',
  'admittedterm-admn-sts': 'admitted',
  'deprecatedterm-admn-sts': 'forbidden',
  'supersededterm-admn-sts': 'forbidden',
  preferredterm: 'preferred',
  admittedterm: 'admitted',
  deprecatedterm: 'forbidden',
  supersededterm: 'forbidden',
  standardizedterm: 'preferred',
  preferred: 'preferred',
  admitted: 'admitted',
  deprecated: 'forbidden',
  forbidden: 'forbidden',
  obsolete: 'forbidden',
  superseded: 'forbidden',
};

const STATUS_TYPES = new Set(['administrativeStatus', 'normativeAuthorization']);

function langOf(tag: string | undefined): 'zh' | 'en' | null {
  const l = (tag ?? '').toLowerCase();
  if (l === 'zh' || l.startsWith('zh-') || l.startsWith('zh_') || l === 'cmn' || l.startsWith('cmn-')) return 'zh';
  if (l === 'en' || l.startsWith('en-') || l.startsWith('en_')) return 'en';
  return null;
}

/** `descrip`/`descripGrp` of a level: DCA (`<descrip type="x">`) or DCT (`<x>`) style. */
function descrips(node: XmlNode, type: string): string[] {
  const out: string[] = [];
  for (const el of elements(node)) {
    const d = el.name === 'descripGrp' ? child(el, 'descrip') : el;
    if (!d) continue;
    if ((d.name === 'descrip' && d.attrs.type === type) || d.name === type) out.push(textOf(d, type === 'subjectField'));
  }
  return out.filter(Boolean);
}

function notes(node: XmlNode): string[] {
  return elements(node, 'note')
    .map((n) => textOf(n, false))
    .filter(Boolean);
}

interface RawTerm {
  lang: 'zh' | 'en';
  text: string;
  status: TermStatus | null;
  note: string;
}

/** A term container: v2 `tig`/`ntig`, v3 `termSec`. */
function readTermContainer(el: XmlNode, lang: 'zh' | 'en', line: () => number): RawTerm | null {
  const holder = el.name === 'ntig' ? (child(el, 'termGrp') ?? el) : el;
  const termEl = child(holder, 'term');
  if (!termEl) throw new GlossaryError('invalid-tbx', { reason: 'term-missing', element: el.name, entry: line() });
  const text = textOf(termEl);
  if (!text) return null;
  let status: TermStatus | null = null;
  for (const n of elements(holder)) {
    const tn = n.name === 'termNoteGrp' ? child(n, 'termNote') : n;
    if (!tn) continue;
    const isStatus = (tn.name === 'termNote' && STATUS_TYPES.has(tn.attrs.type ?? '')) || STATUS_TYPES.has(tn.name);
    if (!isStatus) continue;
    const value = textOf(tn).toLowerCase();
    status = STATUS[value] ?? STATUS[value.replace(/-admn-sts$/, '')] ?? null;
    if (!status) throw new GlossaryError('invalid-tbx', { reason: 'unknown-status', value: textOf(tn), entry: line() });
  }
  return { lang, text, status, note: notes(el).join('\n') };
}

function readEntry(entry: XmlNode, entryNo: number): ConceptInput | null {
  const line = (): number => entryNo;
  const raw: RawTerm[] = [];
  const definitions = [...descrips(entry, 'definition')];
  const domains = [...descrips(entry, 'subjectField')];
  const entryNotes = [...notes(entry)];
  for (const ls of elements(entry).filter((e) => e.name === 'langSet' || e.name === 'langSec')) {
    const lang = langOf(ls.attrs['xml:lang'] ?? ls.attrs.lang);
    if (!lang) continue;
    definitions.push(...descrips(ls, 'definition'));
    domains.push(...descrips(ls, 'subjectField'));
    entryNotes.push(...notes(ls));
    for (const tc of elements(ls).filter((e) => e.name === 'tig' || e.name === 'ntig' || e.name === 'termSec')) {
      const t = readTermContainer(tc, lang, line);
      if (t) raw.push(t);
    }
  }
  if (!raw.some((t) => t.lang === 'zh')) return null;
  // Terms without a status: Chinese ones are preferred; the first English one is preferred unless
  // the entry names a preferred English term, the rest admitted.
  let enPreferred = raw.some((t) => t.lang === 'en' && t.status === 'preferred');
  const terms: Term[] = raw.map((t) => {
    let status = t.status;
    if (!status) {
      if (t.lang === 'zh') status = 'preferred';
      else if (!enPreferred) {
        status = 'preferred';
        enPreferred = true;
      } else status = 'admitted';
    }
    return { lang: t.lang, text: t.text, status, caseSensitive: guessCaseSensitive(t.lang, t.text), note: t.note };
  });
  return { domain: domains[0] ?? '', definition: definitions[0] ?? '', note: [...new Set(entryNotes)].join('\n'), terms };
}

/**
 * Read TBX: v2 (`<martif>`, TBX 2008, as OmegaT reads and exports it) or v3 (`<tbx>`, ISO 30042:2019,
 * TBX-Basic, DCA or DCT style). zh and en language sections are read, others ignored; entries without a
 * Chinese term are skipped. Status from `termNote type="administrativeStatus"` (deprecated/superseded →
 * forbidden), domain from `subjectField`, definition from `descrip type="definition"`, notes from `<note>`.
 */
export function readTbx(bytes: Uint8Array): ConceptInput[] {
  const root = parseXml(decodeText(bytes));
  if (root.name !== 'martif' && root.name !== 'tbx') throw new GlossaryError('invalid-tbx', { reason: 'root', root: root.name });
  const body = child(child(root, 'text'), 'body');
  if (!body) throw new GlossaryError('invalid-tbx', { reason: 'no-body' });
  const out: ConceptInput[] = [];
  elements(body)
    .filter((e) => e.name === 'termEntry' || e.name === 'conceptEntry')
    .forEach((e, i) => {
      const c = readEntry(e, i + 1);
      if (c) out.push(c);
    });
  return out;
}
