import { DomainError } from '../domain-error';

/** Stable codes of segmentation failures; a UI/CLI layer turns them into words. */
export type SegmentationErrorCode =
  /** The SRX document is not well-formed XML or breaks the SRX 2.0 structure. */
  | 'bad-srx'
  /** A Java regex construct that has no JavaScript equivalent (possessive quantifier, \Q..\E, atomic group, …). */
  | 'unsupported-regex'
  /** The converted regex is rejected by the JavaScript engine. */
  | 'bad-regex';

export class SegmentationError extends DomainError<SegmentationErrorCode> {
  constructor(code: SegmentationErrorCode, details: Record<string, unknown> = {}) {
    super('SegmentationError', code, details);
  }
}
