import { describe, expect, it } from 'vitest';
import { prepareGlossary } from '../check/prepare-glossary';
import { checkSegment } from '../check/check-segment';
import { loadFixtureConcepts, loadReferencePairs } from './fixture-glossary';
import { BENIGN, FAULTS, makeFaultyCopies } from './mutations';
import { scoreCopies } from './score';

const concepts = loadFixtureConcepts();
const pairs = loadReferencePairs();
const glossary = prepareGlossary(concepts);

describe('glossary QA on faulty copies of the reference translation', () => {
  it('the reference translation comes out clean (no finding at all, warnings included)', () => {
    for (const p of pairs) expect(checkSegment({ source: p.zh, target: p.en, glossary }), p.id).toEqual([]);
  });

  it('builds every mutation kind deterministically from the seed', () => {
    const a = makeFaultyCopies(pairs, concepts, 11);
    expect(makeFaultyCopies(pairs, concepts, 11)).toEqual(a);
    const kinds = new Set(a.map((c) => c.kind));
    for (const k of [...FAULTS, ...BENIGN]) expect(kinds).toContain(k);
    for (const c of a) if (c.kind !== 'clean' && c.kind !== 'change-case') expect(c.target).not.toBe(pairs.find((p) => p.id === c.pairId)!.en);
  });

  it.each([20200414, 1, 99])('reaches recall and precision of at least 0.9 (seed %i)', (seed) => {
    const report = scoreCopies(makeFaultyCopies(pairs, concepts, seed), glossary);
    expect(report.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.precision).toBeGreaterThanOrEqual(0.9);
    for (const s of report.perCheck) expect(s.planted, s.check).toBeGreaterThan(0);
  });

  it('benign mutations raise no error', () => {
    for (const c of makeFaultyCopies(pairs, concepts, 5).filter((x) => (BENIGN as readonly string[]).includes(x.kind))) {
      const errors = checkSegment({ source: c.source, target: c.target, glossary }).filter((f) => f.severity === 'error');
      expect(errors, `${c.kind}: ${c.target}`).toEqual([]);
    }
  });
});
