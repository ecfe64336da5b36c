/** Public surface of the importers (see README.md). */
export { importFile, formatOf } from './import-file';
export type { ImportOptions, ImportFormat } from './import-file';
export { decodeText, MAX_REPLACED } from './decode-text';
export type { DecodedText } from './decode-text';
export { rebuildPage } from './rebuild-page';
export { ImportError, DEFAULT_MAX_BYTES, IMPORT_ERROR_CODES } from './import-error';
export type { ImportErrorCode } from './import-error';
export { renderColumns } from './render-columns';
export type { CleanArticle, CleanPage, RenderOptions, RenderedPage } from './render-columns';
export { joinEnglishLines } from './english-text';
export { toStructureJson } from '../model';
