import ExcelJS from 'exceljs';
import { GlossaryError } from '../store/glossary-error';
import type { GlossaryFormat } from './format-types';
import { conceptsToRows, rowsToConcepts, type SourceRow } from './table-columns';

/** Excel workbook: the first worksheet holds the same header and columns as the CSV format. */
export const xlsxFormat: GlossaryFormat = {
  id: 'xlsx',
  extensions: ['.xlsx'],
  loses: ['term-notes', 'case-sensitivity', 'forbidden-zh', 'term-order'],
  async read(bytes) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    } catch (e) {
      throw new GlossaryError('invalid-xlsx', { reason: 'unreadable' }, { cause: e });
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw new GlossaryError('invalid-xlsx', { reason: 'no-sheet' });
    const rows: SourceRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cell.text ?? '';
      });
      rows.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    return rowsToConcepts(rows);
  },
  async write(concepts) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Duizhao';
    const sheet = wb.addWorksheet('Glossary');
    const rows = conceptsToRows(concepts);
    for (const r of rows) sheet.addRow(r);
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((col, i) => {
      col.width = i < 2 ? 36 : 28;
    });
    const buf = await wb.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  },
};
