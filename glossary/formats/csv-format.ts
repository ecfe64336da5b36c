import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { GlossaryError } from '../store/glossary-error';
import { decodeText, encodeUtf8 } from './decode-text';
import type { GlossaryFormat } from './format-types';
import { conceptsToRows, rowsToConcepts, type SourceRow } from './table-columns';

/** Parse delimited text into rows that know the line they start on. */
export function parseDelimited(text: string, delimiter: string): SourceRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      // TSV files are rarely quoted, and a stray " in a term must not swallow the rest of the file.
      quote: delimiter === '\t' ? false : '"',
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const err = e as { code?: string; lines?: number };
    throw new GlossaryError('bad-row', { line: err.lines ?? 0, reason: err.code ?? 'parse-error' }, { cause: e });
  }
  const rows: SourceRow[] = [];
  let nextLine = 1;
  for (const r of records) {
    rows.push({ line: nextLine, cells: r.record });
    nextLine = r.info.lines + 1;
  }
  return rows;
}

function delimitedFormat(id: 'csv' | 'tsv', delimiter: string, extensions: string[]): GlossaryFormat {
  return {
    id,
    extensions,
    loses: ['term-notes', 'case-sensitivity', 'forbidden-zh', 'term-order'],
    async read(bytes) {
      return rowsToConcepts(parseDelimited(decodeText(bytes), delimiter));
    },
    async write(concepts) {
      const rows = conceptsToRows(concepts);
      const text =
        delimiter === '\t'
          ? rows.map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n') + '\n'
          : stringify(rows, { delimiter, record_delimiter: 'unix' });
      // CSV gets a BOM so that Excel opens the Chinese text as UTF-8.
      return encodeUtf8(text, id === 'csv');
    },
  };
}

/** Comma-separated glossary with a header row (the shared Duizhao format). */
export const csvFormat = delimitedFormat('csv', ',', ['.csv']);
/** Tab-separated glossary with the same header row (no quoting; tabs and newlines inside cells become spaces). */
export const tsvFormat = delimitedFormat('tsv', '\t', ['.tsv', '.tab']);
