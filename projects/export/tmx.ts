/**
 * TMX 1.4b: header creationtool="Duizhao", datatype="plaintext", segtype="sentence", adminlang="en",
 * srclang = the source language tag; one <tu tuid="<segmentId>"> per translated segment (untranslated
 * ones are skipped) with creationdate/changedate in TMX form (YYYYMMDDThhmmssZ).
 */
import { flatSegments, type FlatDocument } from './flatten';
import { TOOL_NAME, TOOL_VERSION } from './names';
import { regionLang } from './script';
import { singleFileFormat } from './single-file-format';
import type { ExportOptions } from './types';
import { escAttr, escText } from './xml';

/** ISO date → TMX date (YYYYMMDDThhmmssZ, UTC); null when the date cannot be parsed. */
const ISO_UTC = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?Z$/;

export function tmxDate(iso: string | Date): string | null {
  if (typeof iso === 'string') {
    const m = ISO_UTC.exec(iso); // fast path for the stored form (toISOString)
    if (m) return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
  }
  const d = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function renderTmx(docs: FlatDocument[], options: ExportOptions): string {
  const src = regionLang(options.script);
  const now = tmxDate(options.now ?? new Date()) ?? '';
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n',
    `<header creationtool="${TOOL_NAME}" creationtoolversion="${TOOL_VERSION}" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${src}" o-tmf="Duizhao" creationdate="${now}"/>\n<body>\n`,
  ];
  for (const { seg } of flatSegments(docs)) {
    if (seg.target.trim() === '') continue;
    const created = tmxDate(seg.createdAt);
    const changed = tmxDate(seg.updatedAt);
    const dates = `${created ? ` creationdate="${created}"` : ''}${changed ? ` changedate="${changed}"` : ''}`;
    out.push(
      `<tu tuid="${seg.id}"${dates}>`,
      `<tuv xml:lang="${escAttr(src)}"><seg>${escText(seg.source)}</seg></tuv>`,
      `<tuv xml:lang="en"><seg>${escText(seg.target)}</seg></tuv></tu>\n`,
    );
  }
  out.push('</body>\n</tmx>\n');
  return out.join('');
}

export const tmxFormat = singleFileFormat({
  id: 'tmx',
  label: 'tmx-1.4b',
  suffix: '.tmx',
  render: (docs, _project, options) => renderTmx(docs, options),
});
