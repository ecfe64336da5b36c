export { findTermCandidates, NAME_SUFFIXES } from './find-term-candidates';
export type { CandidateOptions, CandidateSegment, TermCandidate } from './find-term-candidates';
