/**
 * Bilingual DOCX: per article a two-column table (Chinese left, English right) with a repeating
 * "中文 / English" header row, a headline row (title + subtitles), then one row per block in its
 * named style. Light borders, fixed layout, rows that do not split across pages.
 */
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import { italicInEnglish, packDocx, runLang, STYLE_OF, styledParagraph, TEXT_WIDTH, type RunLang } from './docx-common';
import { splitHeadlines, type FlatBlock, type FlatDocument } from './flatten';
import { cjkFont, regionLang } from './script';
import { singleFileFormat } from './single-file-format';
import type { ExportOptions } from './types';

const LIGHT = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const COL = Math.floor(TEXT_WIDTH / 2);
const HEAD_FILL = 'EDEDED';
const CELL_MARGINS = { top: 60, bottom: 60, left: 110, right: 110 };

function cell(paragraphs: Paragraph[], fill?: string): TableCell {
  return new TableCell({
    width: { size: COL, type: WidthType.DXA },
    margins: CELL_MARGINS,
    children: paragraphs.length ? paragraphs : [new Paragraph({})],
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  });
}

/** Long paragraph rows may split across pages (else they leave large gaps); short rows never do. */
function blockRow(blocks: FlatBlock[], zh: RunLang, en: RunLang): TableRow {
  return new TableRow({
    cantSplit: blocks.some((b) => b.type !== 'paragraph') ? true : undefined,
    children: [
      cell(blocks.map((b) => styledParagraph(STYLE_OF[b.type], b.zh, zh))),
      cell(blocks.map((b) => styledParagraph(STYLE_OF[b.type], b.en, en, italicInEnglish(b.type)))),
    ],
  });
}

export function bilingualDocxChildren(docs: FlatDocument[], cjk: string, zhTag: string): FileChild[] {
  const zh = runLang(cjk, zhTag);
  const en = runLang(cjk, null);
  const children: FileChild[] = [];
  for (const doc of docs)
    for (const art of doc.articles) {
      const { headlines, body } = splitHeadlines(art);
      const rows: TableRow[] = [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: [
            cell([styledParagraph('DuizhaoColumnHead', '中文', zh)], HEAD_FILL),
            cell([styledParagraph('DuizhaoColumnHead', 'English', en)], HEAD_FILL),
          ],
        }),
      ];
      if (headlines.length) rows.push(blockRow(headlines, zh, en));
      for (const b of body) rows.push(blockRow([b], zh, en));
      if (children.length) children.push(new Paragraph({ spacing: { before: 240, after: 240 }, children: [] }));
      children.push(
        new Table({
          rows,
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: [COL, COL],
          layout: TableLayoutType.FIXED,
          borders: { top: LIGHT, bottom: LIGHT, left: LIGHT, right: LIGHT, insideHorizontal: LIGHT, insideVertical: LIGHT },
        }),
      );
    }
  if (children.length === 0) children.push(new Paragraph({}));
  return children;
}

export async function renderBilingualDocx(docs: FlatDocument[], title: string, options: ExportOptions): Promise<Uint8Array> {
  const cjk = cjkFont(options.script);
  const children = bilingualDocxChildren(docs, cjk, regionLang(options.script));
  return packDocx({ title, cjk, children });
}

export const docxBilingualFormat = singleFileFormat({
  id: 'docx-bilingual',
  label: 'docx-bilingual',
  suffix: '.bilingual.docx',
  render: (docs, project, options) => renderBilingualDocx(docs, project.name, options),
});
