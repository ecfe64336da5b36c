import { DomainError } from '../domain-error';

/** Stable codes of rejected layout edits; a UI/CLI layer turns them into words. */
export type LayoutErrorCode =
  /** The edit object does not match `layoutEditSchema`. */
  | 'bad-edit'
  /** An article index that does not exist (also `merge-articles` on the last article). */
  | 'no-such-article'
  /** A block index that does not exist (also `merge-blocks` on the last block of an article). */
  | 'no-such-block'
  /** `split-block` offset outside the text, inside a surrogate pair, or leaving a half without visible text. */
  | 'bad-offset'
  /** A target index out of range (`toIndex`), or `split-article` at the first block (it would leave an empty article). */
  | 'bad-index';

/** Errors of layout edits: a stable code plus details. */
export class LayoutError extends DomainError<LayoutErrorCode> {
  constructor(code: LayoutErrorCode, details: Record<string, unknown> = {}) {
    super('LayoutError', code, details);
  }
}
