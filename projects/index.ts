/**
 * The project domain: one public surface over the document model, import and page rebuilding,
 * segmentation, layout review edits, the SQLite project store and export.
 */
export * from './model';
export { DomainError } from './domain-error';
export * from './import';
export * from './segment';
export * from './layout';
export * from './store';
export * from './export';
