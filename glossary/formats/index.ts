export { GlossaryError, isGlossaryError, type GlossaryErrorCode, type GlossaryErrorDetails } from '../store/glossary-error';
export { planImport } from '../store/plan-import';
export type { ImportReport, ImportRow, ImportMode, ImportAction } from '../store/types';
export type { GlossaryFormat } from './format-types';
export { glossaryFormats, findGlossaryFormat, formatForFileName } from './registry';
export { readGlossaryFile, writeGlossaryFile, importGlossaryFile } from './glossary-file';
export { TABLE_COLUMNS, REQUIRED_COLUMNS, LIST_SEPARATOR } from './table-columns';
export { guessCaseSensitive } from './case-sensitivity';
