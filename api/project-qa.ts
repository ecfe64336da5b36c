import type { QaReport } from '../projects/export';
import type { ProjectStore } from '../projects/store';
import { findingMessage } from './finding-message';
import type { QaService, SegmentQaResult } from './qa-service';

/** Every segment of a project checked against the glossary, with the waivers applied. */
export function checkProject(store: ProjectStore, qa: QaService, documentId?: number) {
  const waivers = store.waivers();
  const bySegment = new Map<number, typeof waivers>();
  for (const w of waivers) bySegment.set(w.segmentId, [...(bySegment.get(w.segmentId) ?? []), w]);
  const docs = new Map(store.listDocuments().map((d) => [d.id, d.name]));
  return store
    .allSegments()
    .filter((s) => documentId === undefined || s.documentId === documentId)
    .map((s) => ({ segment: s, document: docs.get(s.documentId) ?? '', qa: qa.check(s.source, s.target, bySegment.get(s.id)) as SegmentQaResult }));
}

export type CheckedSegment = ReturnType<typeof checkProject>[number];

/** Glossary matches of every segment, for XLIFF notes. */
export function termNotesOf(checked: CheckedSegment[]): Map<number, { zh: string; en: string }[]> {
  const notes = new Map<number, { zh: string; en: string }[]>();
  for (const { segment, qa } of checked) {
    if (qa.matches.length) notes.set(segment.id, qa.matches.map((m) => ({ zh: m.zh, en: m.preferred[0] ?? '' })));
  }
  return notes;
}

/** The QA report of a release: counts per check and every finding (waived ones with their reason). */
export function buildQaReport(checked: CheckedSegment[], forced: boolean): QaReport {
  const counts: Record<string, number> = {};
  const findings: QaReport['findings'] = [];
  for (const { segment, document, qa: r } of checked) {
    for (const f of r.findings) {
      counts[f.check] = (counts[f.check] ?? 0) + 1;
      findings.push({
        segmentId: segment.id,
        document,
        source: segment.source,
        target: segment.target,
        check: f.check,
        severity: f.severity,
        term: f.term,
        message: findingMessage(f),
        ...(f.waived ? { waiver: { by: f.waived.by, at: f.waived.at, reason: f.waived.reason } } : {}),
      });
    }
  }
  return { generatedAt: new Date().toISOString(), forced, counts, findings };
}
