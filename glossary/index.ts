/**
 * The glossary domain: one public surface over the term base model, the store (behind the
 * GlossaryStore interface), file formats, the term matcher, the QA checks and term candidates.
 */
export * from './model';
export * from './store';
export {
  glossaryFormats,
  findGlossaryFormat,
  formatForFileName,
  readGlossaryFile,
  writeGlossaryFile,
  importGlossaryFile,
  TABLE_COLUMNS,
  REQUIRED_COLUMNS,
  LIST_SEPARATOR,
  guessCaseSensitive,
  type GlossaryFormat,
} from './formats';
export * from './match';
export * from './check';
export * from './candidates';
