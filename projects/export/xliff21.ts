/**
 * XLIFF 2.1 (core namespace urn:oasis:names:tc:xliff:document:2.0, version="2.1").
 * One <file> per document, <group type="duizhao:article"> per article, <group type="duizhao:<block type>">
 * per block, one <unit id="s<segmentId>"> per segment holding one <segment> and, when the segment has a
 * separator, an <ignorable> with it (so an import can rebuild the block text exactly).
 */
import type { FlatDocument, FlatSegment } from './flatten';
import { regionLang } from './script';
import { singleFileFormat } from './single-file-format';
import type { ExportOptions } from './types';
import { needsPreserve, segmentNotes } from './xliff-notes';
import { escAttr, escText } from './xml';

const space = (t: string): string => (needsPreserve(t) ? ' xml:space="preserve"' : '');

function unitXml(seg: FlatSegment, options: ExportOptions): string {
  const notes = segmentNotes(seg, options);
  const parts: string[] = [`<unit id="s${seg.id}">`];
  if (notes.length) {
    parts.push('<notes>');
    for (const n of notes) parts.push(`<note category="${escAttr(n.kind)}" priority="${n.priority}">${escText(n.text)}</note>`);
    parts.push('</notes>');
  }
  parts.push(`<segment id="g${seg.id}" state="${seg.state}">`);
  parts.push(`<source${space(seg.source)}>${escText(seg.source)}</source>`);
  if (seg.target !== '' || seg.state !== 'initial') parts.push(`<target${space(seg.target)}>${escText(seg.target)}</target>`);
  parts.push('</segment>');
  if (seg.separator !== '') parts.push(`<ignorable><source xml:space="preserve">${escText(seg.separator)}</source></ignorable>`);
  parts.push('</unit>');
  return parts.join('');
}

export function renderXliff21(docs: FlatDocument[], options: ExportOptions): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${regionLang(options.script)}" trgLang="en">\n`,
  ];
  for (const doc of docs) {
    out.push(`<file id="f${doc.id}" original="${escAttr(doc.name)}">\n`);
    if (doc.articles.length === 0) out.push(`<group id="empty${doc.id}"/>\n`);
    for (const art of doc.articles) {
      out.push(`<group id="a${art.id}" type="duizhao:article">\n`);
      for (const block of art.blocks) {
        if (block.segments.length === 0) continue;
        out.push(`<group id="b${block.id}" type="duizhao:${block.type}">\n`);
        for (const seg of block.segments) out.push(unitXml(seg, options), '\n');
        out.push('</group>\n');
      }
      out.push('</group>\n');
    }
    out.push('</file>\n');
  }
  out.push('</xliff>\n');
  return out.join('');
}

export const xliff21Format = singleFileFormat({
  id: 'xliff21',
  label: 'xliff-2.1',
  suffix: '.xliff21.xlf',
  render: (docs, _project, options) => renderXliff21(docs, options),
});
