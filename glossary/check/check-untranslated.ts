import type { Finding } from '../model';

const HAN_RUN = /[\p{Script=Han}]+/gu;

/** `untranslated`: an empty target for a non-empty source, or Han characters left in the target. */
export function checkUntranslated(source: string, target: string): Finding[] {
  if (source.trim() !== '' && target.trim() === '') {
    return [
      {
        check: 'untranslated',
        severity: 'error',
        term: null,
        conceptId: null,
        sourceRange: [0, source.length],
        targetRange: null,
        params: { reason: 'empty' },
      },
    ];
  }
  const out: Finding[] = [];
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(target); m; m = HAN_RUN.exec(target)) {
    out.push({
      check: 'untranslated',
      severity: 'error',
      term: null,
      conceptId: null,
      sourceRange: null,
      targetRange: [m.index, m.index + m[0].length],
      params: { reason: 'han', text: m[0] },
    });
  }
  return out;
}
