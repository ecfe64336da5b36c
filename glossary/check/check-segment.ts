import { QA_CHECKS, type Finding, type QaCheck, type Range } from '../model';
import { checkNumbers } from './check-numbers';
import { checkTerms } from './check-terms';
import { checkUntranslated } from './check-untranslated';
import { tokenize } from './english-tokens';
import { resolveGlossary } from './prepare-glossary';
import type { CheckSegmentInput } from './types';

const ORDER = new Map<QaCheck, number>(QA_CHECKS.map((c, i) => [c, i]));
const pos = (r: Range | null): number => (r ? r[0] : Number.MAX_SAFE_INTEGER);
const end = (r: Range | null): number => (r ? r[1] : Number.MAX_SAFE_INTEGER);

/** Deterministic order: by check (QA_CHECKS order), then source range, then target range, then params. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      ORDER.get(a.check)! - ORDER.get(b.check)! ||
      pos(a.sourceRange) - pos(b.sourceRange) ||
      end(a.sourceRange) - end(b.sourceRange) ||
      pos(a.targetRange) - pos(b.targetRange) ||
      end(a.targetRange) - end(b.targetRange) ||
      (a.conceptId ?? 0) - (b.conceptId ?? 0) ||
      JSON.stringify(a.params).localeCompare(JSON.stringify(b.params)),
  );
}

/**
 * Verifies one segment's target against its source and the glossary. Pure and cheap enough to run
 * on every keystroke once the glossary is prepared (see README). An empty target yields only the
 * `untranslated` finding.
 */
export function checkSegment(input: CheckSegmentInput): Finding[] {
  const { source, target, options = {} } = input;
  const enabled = new Set<QaCheck>(options.checks ?? QA_CHECKS);
  const out: Finding[] = [];
  if (source.trim() === '') return out;

  const untranslated = checkUntranslated(source, target);
  if (target.trim() === '') return enabled.has('untranslated') ? untranslated : [];
  if (enabled.has('untranslated')) out.push(...untranslated);

  const glossary = resolveGlossary(input);
  const matches = glossary.matcher.match(source);
  const hits = glossary.english.scan(tokenize(target));
  const wantTerms = enabled.has('term-missing') || enabled.has('term-count') || enabled.has('term-forbidden');
  if (wantTerms) {
    const found = checkTerms({ matches, hits, concepts: glossary.concepts, globalForbidden: options.globalForbidden ?? true });
    out.push(...found.filter((f) => enabled.has(f.check)));
  }
  if (enabled.has('number-mismatch')) {
    const matched = new Set(matches.map((m) => m.conceptId));
    out.push(
      ...checkNumbers({
        source,
        target,
        skipSource: matches.map((m): Range => [m.start, m.end]),
        skipTarget: hits.filter((h) => matched.has(h.ref.conceptId)).map((h): Range => [h.start, h.end]),
        extraNumbers: options.extraNumbers ?? true,
      }),
    );
  }
  return sortFindings(out);
}
