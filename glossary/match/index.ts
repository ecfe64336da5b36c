export { buildMatcher } from './build-matcher';
export { naiveMatch } from './naive-match';
export { normalizeZh, normalizeZhCode } from './normalize-zh';
export { preferredZh } from './compile-terms';
export type { TermMatch, TermMatcher } from './types';
