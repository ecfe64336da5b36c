export { applyLayoutEdit } from './apply-layout-edit';
export { joinTexts, unionLines } from './join-texts';
export { layoutEditSchema, type LayoutArticle, type LayoutEdit, type LayoutEditOp } from './layout-edit';
export { LayoutError, type LayoutErrorCode } from './layout-error';
