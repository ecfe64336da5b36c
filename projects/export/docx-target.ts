/** English-only DOCX: the articles in the Duizhao styles, each new article on a new page. */
import { Paragraph, TextRun, type FileChild } from 'docx';
import { italicInEnglish, packDocx, runLang, STYLE_OF, textRuns } from './docx-common';
import type { FlatDocument } from './flatten';
import { cjkFont } from './script';
import { singleFileFormat } from './single-file-format';
import type { ExportOptions } from './types';

export function targetDocxChildren(docs: FlatDocument[], cjk: string): FileChild[] {
  const en = runLang(cjk, null);
  const children: FileChild[] = [];
  for (const doc of docs)
    for (const art of doc.articles) {
      const blocks = art.blocks.filter((b) => b.en !== '');
      blocks.forEach((b, i) => {
        children.push(
          new Paragraph({
            style: STYLE_OF[b.type],
            pageBreakBefore: i === 0 && children.length > 0 ? true : undefined,
            children: textRuns(b.en, en, italicInEnglish(b.type)),
          }),
        );
      });
    }
  if (children.length === 0) children.push(new Paragraph({ children: [new TextRun('')] }));
  return children;
}

export async function renderTargetDocx(docs: FlatDocument[], title: string, options: ExportOptions): Promise<Uint8Array> {
  const cjk = cjkFont(options.script);
  return packDocx({ title, cjk, children: targetDocxChildren(docs, cjk) });
}

export const docxTargetFormat = singleFileFormat({
  id: 'docx',
  label: 'docx-target',
  suffix: '.en.docx',
  targetOnly: true,
  render: (docs, project, options) => renderTargetDocx(docs, project.name, options),
});
