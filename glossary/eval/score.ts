/** Precision and recall of checkSegment over labelled copies. */
import { QA_CHECKS, type Finding, type QaCheck } from '../model';
import { checkSegment } from '../check/check-segment';
import type { PreparedGlossary } from '../check/types';
import type { FaultyCopy, MutationKind } from './mutations';

export interface CheckScore {
  check: QaCheck;
  /** Copies whose primary check is this one. */
  planted: number;
  /** …of which the check fired. */
  detected: number;
  /** Copies on which the check fired. */
  fired: number;
  /** …of which the check was expected. */
  correct: number;
}

export interface EvalReport {
  perCheck: CheckScore[];
  perKind: { kind: MutationKind; copies: number; flagged: number }[];
  recall: number;
  precision: number;
  /** Copies (with their findings) that were missed or flagged wrongly, for diagnosis. */
  mistakes: { copy: FaultyCopy; findings: Finding[] }[];
}

/** A check "fires" on an error; term-count is a warning check and fires on its warning. */
export function fired(findings: readonly Finding[], check: QaCheck): boolean {
  return findings.some((f) => f.check === check && (f.severity === 'error' || check === 'term-count'));
}

export function scoreCopies(copies: readonly FaultyCopy[], glossary: PreparedGlossary): EvalReport {
  const perCheck = new Map<QaCheck, CheckScore>(QA_CHECKS.map((c) => [c, { check: c, planted: 0, detected: 0, fired: 0, correct: 0 }]));
  const perKind = new Map<MutationKind, { kind: MutationKind; copies: number; flagged: number }>();
  const mistakes: EvalReport['mistakes'] = [];
  for (const copy of copies) {
    const findings = checkSegment({ source: copy.source, target: copy.target, glossary });
    let wrong = false;
    let any = false;
    for (const c of QA_CHECKS) {
      const s = perCheck.get(c)!;
      const f = fired(findings, c);
      any ||= f;
      if (copy.primary === c) {
        s.planted++;
        if (f) s.detected++;
        else wrong = true;
      }
      if (f) {
        s.fired++;
        if (copy.expected.includes(c)) s.correct++;
        else wrong = true;
      }
    }
    const k = perKind.get(copy.kind) ?? { kind: copy.kind, copies: 0, flagged: 0 };
    k.copies++;
    if (any) k.flagged++;
    perKind.set(copy.kind, k);
    if (wrong) mistakes.push({ copy, findings });
  }
  const scores = [...perCheck.values()];
  const sum = (f: (s: CheckScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  return {
    perCheck: scores,
    perKind: [...perKind.values()],
    recall: sum((s) => s.detected) / Math.max(1, sum((s) => s.planted)),
    precision: sum((s) => s.correct) / Math.max(1, sum((s) => s.fired)),
    mistakes,
  };
}
