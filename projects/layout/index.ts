export { applyLayoutEdit, joinTexts, type LayoutArticle } from './apply-layout-edit';
export { layoutEditSchema, type LayoutEdit } from './layout-edit';
export { LayoutError } from './layout-error';
