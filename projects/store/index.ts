export { ProjectStore, toSegment, type ProjectInfo, type DocumentSummary, type Waiver } from './project-store';
export { LayoutOps, LAYOUT_UNDO_DEPTH, type LayoutState, type SegmentFn } from './layout-ops';
export { SegmentOps } from './segment-ops';
export { ProjectError } from './project-error';
export { openDatabase } from './open-database';
export { PROJECT_MIGRATIONS } from './migrations';
export { applyXliff, type XliffApplyReport } from './apply-xliff';
