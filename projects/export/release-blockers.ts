/** The release gate: what stops a release unless it is forced. */
import type { ProjectSnapshot } from '../model';
import type { QaReport, ReleaseBlocker } from './types';

/** QA checks whose unwaived error findings block a release. */
export const BLOCKING_CHECKS: readonly string[] = ['term-missing', 'term-forbidden'];

/**
 * Unwaived error findings of term-missing / term-forbidden, then every segment with an empty target
 * (in reading order). Blocks without segments (layout not confirmed) have no segment id and are not
 * reported here.
 */
export function releaseBlockers(project: ProjectSnapshot, qa: QaReport): ReleaseBlocker[] {
  const out: ReleaseBlocker[] = [];
  for (const f of qa.findings) {
    if (f.severity !== 'error' || f.waiver || !BLOCKING_CHECKS.includes(f.check)) continue;
    out.push({ segmentId: f.segmentId, reason: 'glossary-error', check: f.check, term: f.term });
  }
  for (const d of project.documents)
    for (const a of d.articles)
      for (const b of a.blocks)
        for (const s of b.segments) if (s.target.trim() === '') out.push({ segmentId: s.id, reason: 'untranslated' });
  return out;
}
