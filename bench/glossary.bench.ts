/**
 * Glossary matching and QA: build time, Aho-Corasick throughput over ~10 MB of source text (UTF-8),
 * and checkSegment latency on a 300-character segment, for glossaries of 1k, 10k and 100k terms
 * (the shared glossary plus synthetic terms), against the naive indexOf baseline.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkSegment } from '../glossary/check/check-segment';
import { prepareGlossary } from '../glossary/check/prepare-glossary';
import { conceptsFromCsv, makeConcept } from '../glossary/eval/fixture-glossary';
import { rng } from '../glossary/eval/mutations';
import { buildMatcher } from '../glossary/match/build-matcher';
import { naiveMatch } from '../glossary/match/naive-match';
import { zhNormTable } from '../glossary/match/normalize-zh';
import type { Concept } from '../glossary/model';
import { fmt, table, timed } from './measure';

const fixtures = fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));
const SIZES = [1_000, 10_000, 100_000];
const TEXT_BYTES = 10 * 1024 * 1024;

function syntheticGlossary(total: number, page: string, base: Concept[]): Concept[] {
  const random = rng(42);
  const alphabet = [...new Set(page.match(/\p{Script=Han}/gu) ?? [])];
  const syllables = ['ka', 'ri', 'to', 'men', 'sa', 'lo', 'vin', 'da', 'tek', 'nor', 'pel', 'qua', 'zi', 'bro', 'ste'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]!).join('');
  const phrase = () => Array.from({ length: 1 + Math.floor(random() * 3) }, word).join(' ');
  const seen = new Set(base.flatMap((c) => c.terms.filter((t) => t.lang === 'zh').map((t) => t.text)));
  const out = [...base];
  while (out.length < total) {
    const len = 2 + Math.floor(random() * 7);
    const zh = Array.from({ length: len }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('');
    if (seen.has(zh)) continue;
    seen.add(zh);
    out.push(
      makeConcept(out.length + 1, zh, {
        preferred: [phrase()],
        admitted: random() < 0.3 ? [phrase()] : [],
        forbidden: random() < 0.2 ? [phrase()] : [],
      }),
    );
  }
  return out;
}

/** ~10 MB of page sentences interleaved with terms of the largest glossary. */
function sourceText(page: string, concepts: Concept[]): string {
  const random = rng(7);
  const sentences = page.replace(/\s+/g, '').split(/(?<=[。！？])/).filter((s) => s.length > 0);
  const terms = concepts.map((c) => c.terms[0]!.text);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TEXT_BYTES) {
    const piece = random() < 0.5 ? sentences[Math.floor(random() * sentences.length)]! : terms[Math.floor(random() * terms.length)]! + '，';
    parts.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  return parts.join('');
}

const mb = (s: string) => Buffer.byteLength(s) / 1024 / 1024;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export default async function (): Promise<string> {
  const page = readFileSync(fixtures + 'newspaper-page-zh.txt', 'utf8');
  const shared = conceptsFromCsv(readFileSync(fixtures + 'glossary-chengyu.csv', 'utf8'));
  const all = syntheticGlossary(SIZES[SIZES.length - 1]!, page, shared);
  const text = sourceText(page, all);
  const textMb = mb(text);
  const rows: (string | number)[][] = [];
  const table0 = await timed(() => zhNormTable()); // one-off OpenCC table, shared by all glossaries

  for (const size of SIZES) {
    const concepts = all.slice(0, size);
    const build = await timed(() => buildMatcher(concepts));
    const prep = await timed(() => prepareGlossary(concepts));
    const scan = await timed(() => build.value.match(text));
    const acMbS = textMb / (scan.ms / 1000);

    const sliceChars = Math.min(text.length, Math.max(5_000, Math.floor(3e8 / size)));
    const slice = text.slice(0, sliceChars);
    const naive = await timed(() => naiveMatch(concepts, slice));
    const naiveMbS = mb(slice) / (naive.ms / 1000);
    const same = JSON.stringify(naive.value) === JSON.stringify(build.value.match(slice));

    // A 300-character segment with terms; its target holds some renderings and numbers.
    const source = text.slice(1_000, 1_300);
    const found = prep.value.matcher.match(source);
    const target =
      found.map((m) => prep.value.concepts.get(m.conceptId)!.terms.find((t) => t.lang === 'en')!.text).join(', ') +
      ' on April 14, with 30,000 visitors and 57.5% of 94.975 km.';
    for (let i = 0; i < 20; i++) checkSegment({ source, target, glossary: prep.value }); // warm-up (JIT)
    const lat: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 200; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      checkSegment({ source, target, glossary: prep.value });
      lat.push(performance.now() - t0);
      const c1 = process.cpuUsage(c0);
      cpu.push((c1.user + c1.system) / 1000);
    }
    lat.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    rows.push([
      size.toLocaleString('en-US'),
      fmt(build.ms, 0),
      fmt(prep.ms, 0),
      fmt(build.peakMiB, 0),
      scan.value.length.toLocaleString('en-US'),
      fmt(acMbS, 1),
      `${fmt(naiveMbS, 3)} (${fmt(mb(slice), 2)} MB)`,
      `${fmt(acMbS / naiveMbS, 0)}×`,
      same ? 'yes' : 'NO',
      fmt(percentile(lat, 0.5), 3),
      fmt(percentile(lat, 0.99), 3),
      fmt(lat[lat.length - 1]!, 3),
      fmt(percentile(cpu, 0.99), 3),
    ]);
  }

  return [
    `## Glossary matching and QA`,
    '',
    `Source: ${fmt(textMb, 1)} MB UTF-8 (${text.length.toLocaleString('en-US')} UTF-16 units) of page sentences and glossary terms; glossaries = shared fixture glossary + synthetic terms of 2–8 Han characters. Naive = per-term indexOf (incl. its per-call compilation) over the slice shown; "same" = identical matches on that slice. Latency = checkSegment on a 300-character segment, 200 runs after 20 warm-up runs. One-off Traditional→Simplified table: ${fmt(table0.ms, 0)} ms (not in the build column). Load average at start: ${loadavg().map((x) => fmt(x, 1)).join(' / ')} on this shared machine.`,
    '',
    table(
      ['terms', 'build matcher ms', 'prepareGlossary ms', 'build peak MiB', 'matches', 'AC MB/s', 'naive MB/s (slice)', 'AC / naive', 'same', 'check p50 ms', 'check p99 ms', 'check max ms', 'check p99 CPU ms'],
      rows,
    ),
  ].join('\n');
}
