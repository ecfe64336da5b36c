/**
 * XLIFF 1.2 (strict schema). One <file> per document, <group restype="x-duizhao-article"> per article,
 * <group restype="x-duizhao-<block type>"> per block, one <trans-unit id="s<segmentId>"> per segment.
 * States: initial → new, translated → translated, reviewed → signed-off, final → final (on <target state>;
 * final also sets approved="yes"). 1.2 has no <ignorable>: a non-empty separator is kept in a
 * <note from="duizhao:separator"> as a JSON string (so whitespace survives any parser).
 */
import type { SegmentState } from '../model';
import type { FlatDocument, FlatSegment } from './flatten';
import { TOOL_NAME, TOOL_VERSION } from './names';
import { regionLang } from './script';
import { singleFileFormat } from './single-file-format';
import type { ExportOptions } from './types';
import { NOTE_SEPARATOR, needsPreserve, segmentNotes } from './xliff-notes';
import { escAttr, escText } from './xml';

export const STATE_TO_12: Record<SegmentState, string> = {
  initial: 'new',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

function unitXml(seg: FlatSegment, options: ExportOptions): string {
  const preserve = needsPreserve(seg.source) || needsPreserve(seg.target);
  const attrs = `id="s${seg.id}"${seg.state === 'final' ? ' approved="yes"' : ''}${preserve ? ' xml:space="preserve"' : ''}`;
  const parts = [`<trans-unit ${attrs}>`, `<source>${escText(seg.source)}</source>`];
  parts.push(`<target state="${STATE_TO_12[seg.state]}">${escText(seg.target)}</target>`);
  for (const n of segmentNotes(seg, options)) parts.push(`<note from="${escAttr(n.kind)}" priority="${n.priority}">${escText(n.text)}</note>`);
  if (seg.separator !== '') parts.push(`<note from="${NOTE_SEPARATOR}" priority="10">${escText(JSON.stringify(seg.separator))}</note>`);
  parts.push('</trans-unit>');
  return parts.join('');
}

export function renderXliff12(docs: FlatDocument[], options: ExportOptions): string {
  const src = regionLang(options.script);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n',
  ];
  for (const doc of docs) {
    out.push(`<file original="${escAttr(doc.name)}" source-language="${src}" target-language="en" datatype="plaintext">\n`);
    out.push(`<header><tool tool-id="duizhao" tool-name="${TOOL_NAME}" tool-version="${TOOL_VERSION}"/></header>\n<body>\n`);
    for (const art of doc.articles) {
      const blocks = art.blocks.filter((b) => b.segments.length > 0);
      if (blocks.length === 0) continue;
      out.push(`<group id="a${art.id}" restype="x-duizhao-article">\n`);
      for (const block of blocks) {
        out.push(`<group id="b${block.id}" restype="x-duizhao-${block.type}">\n`);
        for (const seg of block.segments) out.push(unitXml(seg, options), '\n');
        out.push('</group>\n');
      }
      out.push('</group>\n');
    }
    out.push('</body>\n</file>\n');
  }
  out.push('</xliff>\n');
  return out.join('');
}

export const xliff12Format = singleFileFormat({
  id: 'xliff12',
  label: 'xliff-1.2',
  suffix: '.xliff12.xlf',
  render: (docs, _project, options) => renderXliff12(docs, options),
});
