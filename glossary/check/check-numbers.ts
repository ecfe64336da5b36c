/** `number-mismatch`: every source number must appear in the target; extra digit numbers of the target are warnings. */
import type { Finding, Range } from '../model';
import { extractTargetNumbers, sameNumber } from './numbers-en';
import { extractSourceNumbers } from './numbers-zh';

export interface NumberCheckInput {
  source: string;
  target: string;
  /** Source ranges whose numbers are not required (glossary matches: 一带一路, 两不愁三保障). */
  skipSource: readonly Range[];
  /** Target ranges whose numbers are never extra (renderings of glossary terms). */
  skipTarget: readonly Range[];
  extraNumbers: boolean;
}

export function checkNumbers(input: NumberCheckInput): Finding[] {
  const { source, target } = input;
  const src = extractSourceNumbers(source, input.skipSource);
  const tgt = extractTargetNumbers(target);
  const out: Finding[] = [];
  for (const n of src.required) {
    const ok = n.kind === 'month' ? tgt.months.has(n.value) : tgt.values.some((t) => sameNumber(t.value, n.value));
    if (ok) continue;
    out.push({
      check: 'number-mismatch',
      severity: 'error',
      term: null,
      conceptId: null,
      sourceRange: [n.start, n.end],
      targetRange: null,
      params: { number: source.slice(n.start, n.end), value: n.value, kind: n.kind },
    });
  }
  if (input.extraNumbers) {
    for (const t of tgt.values) {
      if (!t.digits) continue;
      if (input.skipTarget.some(([s, e]) => s <= t.start && t.end <= e)) continue;
      if (src.allValues.some((v) => sameNumber(v, t.value))) continue;
      out.push({
        check: 'number-mismatch',
        severity: 'warning',
        term: null,
        conceptId: null,
        sourceRange: null,
        targetRange: [t.start, t.end],
        params: { number: target.slice(t.start, t.end), value: t.value, kind: 'extra' },
      });
    }
  }
  return out;
}
