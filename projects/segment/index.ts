export { segmentParagraph, breakPositions, piecesAt, type SegmentPiece } from './segment-paragraph';
export { parseSrx, type ParseSrxOptions } from './parse-srx';
export { writeSrx } from './write-srx';
export { defaultRules, type DefaultRuleOptions } from './default-rules';
export { compileLanguage, checkRules, leadingLiteral, type CompiledLanguage, type CompiledRule } from './compile-rules';
export { javaRegexToJs, type JsRegex } from './java-regex';
export { SegmentationError, type SegmentationErrorCode } from './segmentation-error';
export {
  rulesForLanguage,
  type SegmentationRules,
  type SrxRule,
  type LanguageRule,
  type LanguageMap,
  type FormatHandle,
} from './segmentation-rules';
