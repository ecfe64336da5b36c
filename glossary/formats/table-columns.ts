import type { Concept, ConceptInput, Term } from '../model';
import { GlossaryError } from '../store/glossary-error';
import { guessCaseSensitive } from './case-sensitivity';

/**
 * The tabular glossary layout shared by CSV, TSV and XLSX (see /work/shared/fixtures/glossary-chengyu.csv):
 * `zh, en, admitted_en, forbidden_en, note, domain`, plus optional `definition` and `admitted_zh`.
 * Cells of the list columns (`admitted_en`, `forbidden_en`, `admitted_zh`) hold several terms separated
 * by `;` or `|`; writers join with `; `.
 */
export const TABLE_COLUMNS = ['zh', 'en', 'admitted_en', 'forbidden_en', 'note', 'domain', 'definition', 'admitted_zh'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly TableColumn[] = ['zh', 'en'];
/** Columns always written, in this order (the shared format); the optional ones only when some concept needs them. */
const BASE_COLUMNS: readonly TableColumn[] = ['zh', 'en', 'admitted_en', 'forbidden_en', 'note', 'domain'];

/** Header spellings accepted for each column (compared lower-case, spaces and dashes as `_`). */
const ALIASES: Record<TableColumn, string[]> = {
  zh: ['zh', 'source', 'chinese', 'zh_cn', 'term_zh', '中文', '原文', '术语'],
  en: ['en', 'target', 'english', 'en_us', 'en_gb', 'term_en', '英文', '译文'],
  admitted_en: ['admitted_en', 'admitted', 'alternative', 'alternatives', '可用译法'],
  forbidden_en: ['forbidden_en', 'forbidden', 'deprecated', 'deprecated_en', '禁用译法'],
  note: ['note', 'notes', 'comment', 'comments', '备注', '说明'],
  domain: ['domain', 'subject', 'subject_field', 'category', '领域'],
  definition: ['definition', '定义'],
  admitted_zh: ['admitted_zh', 'zh_synonyms', 'synonyms_zh'],
};

export const LIST_SEPARATOR = /[;|]/;

function normalizeHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function columnOf(cell: string): TableColumn | null {
  const h = normalizeHeader(cell);
  for (const col of TABLE_COLUMNS) if (ALIASES[col].includes(h)) return col;
  return null;
}

/** A table row with the 1-based file line (CSV) or sheet row (XLSX) it starts on. */
export interface SourceRow {
  line: number;
  cells: string[];
}

const isBlank = (r: SourceRow): boolean => r.cells.every((c) => c.trim() === '');

/**
 * Turn table rows into concepts. The header is the first non-blank row; it must name `zh` and `en`
 * (else `missing-column` with the column and the header line). A data row with text but no zh or no en
 * is a `bad-row` (details: line, column). Blank rows are skipped.
 */
export function rowsToConcepts(rows: readonly SourceRow[]): ConceptInput[] {
  const headerRow = rows.find((r) => !isBlank(r));
  if (!headerRow) return [];
  const index = new Map<TableColumn, number>();
  headerRow.cells.forEach((cell, i) => {
    const col = columnOf(cell);
    if (col && !index.has(col)) index.set(col, i);
  });
  for (const col of REQUIRED_COLUMNS) {
    if (!index.has(col)) {
      throw new GlossaryError('missing-column', { column: col, line: headerRow.line, header: headerRow.cells.map((c) => c.trim()) });
    }
  }
  const out: ConceptInput[] = [];
  for (const row of rows) {
    if (row.line <= headerRow.line || isBlank(row)) continue;
    const get = (col: TableColumn): string => {
      const i = index.get(col);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const list = (col: TableColumn): string[] => get(col).split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);
    for (const col of REQUIRED_COLUMNS) {
      if (!get(col)) throw new GlossaryError('bad-row', { line: row.line, column: col, reason: 'empty' });
    }
    const term = (lang: Term['lang'], text: string, status: Term['status']): Term => ({
      lang,
      text,
      status,
      caseSensitive: guessCaseSensitive(lang, text),
      note: '',
    });
    out.push({
      domain: get('domain'),
      definition: get('definition'),
      note: get('note'),
      terms: [
        term('zh', get('zh'), 'preferred'),
        ...list('admitted_zh').map((t) => term('zh', t, 'admitted')),
        term('en', get('en'), 'preferred'),
        ...list('admitted_en').map((t) => term('en', t, 'admitted')),
        ...list('forbidden_en').map((t) => term('en', t, 'forbidden')),
      ],
    });
  }
  return out;
}

/**
 * Concepts as table rows (header first). One row per concept: its first preferred zh and en term; other zh
 * terms go to `admitted_zh`, other en terms to `admitted_en`/`forbidden_en`. Term notes, forbidden zh
 * terms and case sensitivity are not written.
 */
export function conceptsToRows(concepts: readonly (Concept | ConceptInput)[]): string[][] {
  const body = concepts.map((c) => {
    const zh = c.terms.filter((t) => t.lang === 'zh' && t.status !== 'forbidden');
    const en = c.terms.filter((t) => t.lang === 'en');
    const mainZh = zh.find((t) => t.status === 'preferred') ?? zh[0];
    const mainEn = en.find((t) => t.status === 'preferred') ?? en.find((t) => t.status === 'admitted');
    const join = (ts: Term[]): string => ts.map((t) => t.text).join('; ');
    const cells: Record<TableColumn, string> = {
      zh: mainZh?.text ?? '',
      en: mainEn?.text ?? '',
      admitted_en: join(en.filter((t) => t !== mainEn && t.status !== 'forbidden')),
      forbidden_en: join(en.filter((t) => t.status === 'forbidden')),
      note: c.note,
      domain: c.domain,
      definition: c.definition,
      admitted_zh: join(zh.filter((t) => t !== mainZh)),
    };
    return cells;
  });
  const columns = [...BASE_COLUMNS, ...(['definition', 'admitted_zh'] as const).filter((col) => body.some((r) => r[col] !== ''))];
  return [columns.slice(), ...body.map((r) => columns.map((col) => r[col]))];
}
