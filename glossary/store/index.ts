export { GlossaryError, isGlossaryError, type GlossaryErrorCode, type GlossaryErrorDetails } from './glossary-error';
export type {
  ConceptQuery,
  Conflict,
  ConflictKind,
  GlossaryStore,
  ImportAction,
  ImportMode,
  ImportReport,
  ImportRow,
  UndoResult,
} from './types';
export { IMPORT_MODES } from './types';
export { openSqliteGlossary } from './sqlite-glossary';
export { defaultGlossaryPath } from './default-path';
export { migrations } from './migrations';
export { findConflicts } from './find-conflicts';
export { planImport, mergeConcepts } from './plan-import';
export { normalizeConceptInput, mainZh, preferredEn } from './normalize-concept';
