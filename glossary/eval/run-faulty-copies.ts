/**
 * `npx tsx glossary/eval/run-faulty-copies.ts [seed]`: builds seeded faulty and benign copies of the
 * reference translation (shared/fixtures/reference-bridge.jsonl), runs checkSegment on them and
 * prints precision and recall per check as markdown.
 */
import { prepareGlossary } from '../check/prepare-glossary';
import { loadFixtureConcepts, loadReferencePairs } from './fixture-glossary';
import { makeFaultyCopies } from './mutations';
import { scoreCopies } from './score';
import { table, fmt } from '../../bench/measure';

const seed = Number(process.argv[2] ?? 20200414);
const concepts = loadFixtureConcepts();
const copies = makeFaultyCopies(loadReferencePairs(), concepts, seed);
const report = scoreCopies(copies, prepareGlossary(concepts));
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : fmt(a / b));

console.log(`## Glossary QA on faulty copies of reference-bridge (seed ${seed})\n`);
console.log(
  table(
    ['check', 'planted', 'detected', 'recall', 'fired', 'correct', 'precision'],
    report.perCheck.map((s) => [s.check, s.planted, s.detected, ratio(s.detected, s.planted), s.fired, s.correct, ratio(s.correct, s.fired)]),
  ),
);
console.log(`\n**Overall:** recall ${fmt(report.recall, 3)}, precision ${fmt(report.precision, 3)}\n`);
console.log(table(['mutation', 'copies', 'copies with a finding'], report.perKind.map((k) => [k.kind, k.copies, k.flagged])));
if (report.mistakes.length > 0) {
  console.log('\n### Misses and false alarms\n');
  for (const m of report.mistakes) {
    console.log(`- ${m.copy.pairId} ${m.copy.kind}: ${JSON.stringify(m.copy.target.slice(0, 120))} → ${m.findings.map((f) => `${f.check}/${f.severity}`).join(', ') || 'none'}`);
  }
}
