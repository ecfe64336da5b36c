/**
 * Shared DOCX pieces: named paragraph styles ("Duizhao Title", "Duizhao Body", "Duizhao Caption"…,
 * based on Heading 1-3 / Normal), Latin + East Asian run fonts, A4 page with 2 cm margins, a header
 * with the project name and page numbers in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type IParagraphStyleOptions,
} from 'docx';
import type { BlockType } from '../model';

export const LATIN_FONT = 'Times New Roman';
export const A4 = { width: 11906, height: 16838 };
export const MARGIN = 1134; // 2 cm in twips
export const TEXT_WIDTH = A4.width - 2 * MARGIN;

export interface RunLang {
  font: { ascii: string; hAnsi: string; cs: string; eastAsia: string };
  language: { value?: string; eastAsia?: string };
}

export function runLang(cjk: string, zhTag: string | null): RunLang {
  return {
    font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: cjk },
    language: zhTag ? { eastAsia: zhTag } : { value: 'en-GB' },
  };
}

/** Style id per block type. */
export const STYLE_OF: Record<BlockType, string> = {
  title: 'DuizhaoTitle',
  subtitle: 'DuizhaoSubtitle',
  heading: 'DuizhaoHeading',
  paragraph: 'DuizhaoBody',
  byline: 'DuizhaoByline',
  caption: 'DuizhaoCaption',
  credit: 'DuizhaoCredit',
  pullquote: 'DuizhaoPullquote',
};

const GREY = '595959';

export function paragraphStyles(cjk: string): IParagraphStyleOptions[] {
  const font = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: cjk };
  return [
    { id: 'DuizhaoTitle', name: 'Duizhao Title', basedOn: 'Heading1', next: 'DuizhaoBody', quickFormat: true,
      run: { font, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 0, after: 80, line: 300 }, keepNext: true } },
    { id: 'DuizhaoSubtitle', name: 'Duizhao Subtitle', basedOn: 'Heading2', next: 'DuizhaoBody', quickFormat: true,
      run: { font, size: 23, bold: false, color: GREY }, paragraph: { spacing: { before: 0, after: 80, line: 288 }, keepNext: true } },
    { id: 'DuizhaoHeading', name: 'Duizhao Heading', basedOn: 'Heading3', next: 'DuizhaoBody', quickFormat: true,
      run: { font, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
    { id: 'DuizhaoBody', name: 'Duizhao Body', basedOn: 'Normal', next: 'DuizhaoBody', quickFormat: true,
      run: { font, size: 21 }, paragraph: { spacing: { before: 0, after: 80, line: 312 } } },
    { id: 'DuizhaoByline', name: 'Duizhao Byline', basedOn: 'DuizhaoBody', next: 'DuizhaoBody', quickFormat: true,
      run: { font, size: 19, color: GREY } },
    { id: 'DuizhaoCaption', name: 'Duizhao Caption', basedOn: 'DuizhaoBody', next: 'DuizhaoBody', quickFormat: true,
      run: { font, size: 18, color: GREY } },
    { id: 'DuizhaoCredit', name: 'Duizhao Credit', basedOn: 'DuizhaoCaption', next: 'DuizhaoBody', quickFormat: true,
      paragraph: { alignment: AlignmentType.RIGHT } },
    { id: 'DuizhaoPullquote', name: 'Duizhao Pullquote', basedOn: 'DuizhaoBody', next: 'DuizhaoBody', quickFormat: true,
      run: { font, size: 21, bold: true, color: '8A1C1C' }, paragraph: { indent: { left: 170 } } },
    { id: 'DuizhaoColumnHead', name: 'Duizhao Column Head', basedOn: 'Normal', next: 'DuizhaoBody', quickFormat: true,
      run: { font, size: 17, bold: true, color: GREY, allCaps: true }, paragraph: { spacing: { before: 0, after: 0 } } },
  ];
}

/** Captions and credits are italic in English (never in Chinese: no synthetic CJK italics). */
export const italicInEnglish = (type: BlockType): boolean => type === 'caption' || type === 'credit';

/** Runs for one text: newlines become line breaks; captions/credits in italics for English only. */
export function textRuns(text: string, lang: RunLang, italics = false): TextRun[] {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, italics: italics || undefined, ...lang }));
}

export function styledParagraph(style: string, text: string, lang: RunLang, italics = false): Paragraph {
  return new Paragraph({ style, children: textRuns(text, lang, italics) });
}

export interface DocxShell {
  title: string;
  cjk: string;
  children: FileChild[];
}

export async function packDocx(shell: DocxShell): Promise<Uint8Array> {
  const lang = runLang(shell.cjk, null);
  const doc = new Document({
    creator: 'Duizhao',
    title: shell.title,
    description: 'Exported by Duizhao',
    styles: {
      default: { document: { run: { font: lang.font, size: 21 } } },
      paragraphStyles: paragraphStyles(shell.cjk),
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: shell.title, size: 16, color: '808080', ...lang })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18, ...lang })],
              }),
            ],
          }),
        },
        children: shell.children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
