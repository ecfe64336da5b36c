import type { XliffImport } from '../export';
import type { ProjectStore } from './project-store';

export interface XliffApplyReport {
  /** Segments whose target, state or note changed. */
  updated: number;
  unchanged: number;
  /** Unit ids that name no segment of this project. */
  unmatched: string[];
  /** Segments whose source in the file differs from the project's: left untouched. */
  sourceMismatch: number[];
}

/**
 * Bring translations back from an XLIFF file exported by Duizhao (or edited in another tool): each
 * unit `s<segmentId>` updates that segment's target, state and note — only when its source is still
 * the project's source. One transaction: all or nothing.
 */
export function applyXliff(store: ProjectStore, xliff: XliffImport): XliffApplyReport {
  const report: XliffApplyReport = { updated: 0, unchanged: 0, unmatched: [], sourceMismatch: [] };
  store.db.transaction(() => {
    for (const u of xliff.units) {
      if (u.segmentId === null) {
        report.unmatched.push(u.id);
        continue;
      }
      let seg;
      try {
        seg = store.getSegment(u.segmentId);
      } catch {
        report.unmatched.push(u.id);
        continue;
      }
      if (seg.source !== u.source) {
        report.sourceMismatch.push(seg.id);
        continue;
      }
      if (seg.target === u.target && seg.state === u.state && seg.note === u.note) {
        report.unchanged++;
        continue;
      }
      store.updateSegment(seg.id, { target: u.target, state: u.state, note: u.note });
      report.updated++;
    }
  })();
  return report;
}
