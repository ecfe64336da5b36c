import type { Concept, Finding } from '../glossary/model';
import type { TermMatcher } from '../glossary/match';
import { checkSegment, prepareGlossary, type PreparedGlossary } from '../glossary/check';
import type { GlossaryStore } from '../glossary/store';
import type { Waiver } from '../projects/store';

export interface TermMatchInfo {
  start: number;
  end: number;
  conceptId: number;
  zh: string;
  matched: string;
  preferred: string[];
  admitted: string[];
  forbidden: string[];
  note: string;
  domain: string;
}

export interface SegmentQaResult {
  matches: TermMatchInfo[];
  findings: (Finding & { waived?: { id: number; by: string; at: string; reason: string } })[];
}

/**
 * The glossary as the QA checks need it: matcher and compiled English patterns, rebuilt only when
 * the store's version changes (another window or process may have edited the glossary).
 */
export class QaService {
  private version = -1;
  private concepts = new Map<number, Concept>();
  private prepared: PreparedGlossary | null = null;

  constructor(private readonly store: GlossaryStore) {}

  /** Rebuild if the glossary changed; returns the current version. */
  refresh(): number {
    const v = this.store.version();
    if (v !== this.version || !this.prepared) {
      const all = this.store.allConcepts();
      this.concepts = new Map(all.map((c) => [c.id, c]));
      this.prepared = prepareGlossary(all);
      this.version = v;
    }
    return v;
  }

  /** The current term matcher (after refresh). */
  matcherNow(): TermMatcher {
    this.refresh();
    return this.prepared!.matcher;
  }

  check(source: string, target: string, waivers: Waiver[] = []): SegmentQaResult {
    this.refresh();
    const prepared = this.prepared!;
    const matches = prepared.matcher.match(source).map((m) => {
      const c = this.concepts.get(m.conceptId);
      const en = (status: string) => (c?.terms ?? []).filter((t) => t.lang === 'en' && t.status === status).map((t) => t.text);
      return {
        start: m.start,
        end: m.end,
        conceptId: m.conceptId,
        zh: m.zh,
        matched: m.matched,
        preferred: en('preferred'),
        admitted: en('admitted'),
        forbidden: en('forbidden'),
        note: c?.note ?? '',
        domain: c?.domain ?? '',
      };
    });
    const findings = checkSegment({ source, target, glossary: prepared }).map((f) => {
      const w = waivers.find((x) => x.check === f.check && (x.term ?? null) === (f.term ?? null));
      return w ? { ...f, waived: { id: w.id, by: w.by, at: w.at, reason: w.reason } } : f;
    });
    return { matches, findings };
  }

  /** Errors that block review/approval: unwaived error-severity findings. */
  static blocking(findings: SegmentQaResult['findings']): SegmentQaResult['findings'] {
    return findings.filter((f) => f.severity === 'error' && !f.waived);
  }
}
