/**
 * Import benchmark: importFile (decode + newspaper-page rebuild) on ~1, 10 and 50 MB of Chinese
 * text built by repeating the shared OCR page with varied digits and characters, plus sentence
 * segmentation of the resulting blocks when projects/segment exports `segmentParagraph`.
 * Reports MB/s, peak RSS growth and the per-MB time ratio 50 MB / 1 MB (≈1 means linear).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importFile } from '../projects/import';
import type { ImportedDocument } from '../projects/model';
import { fmt, table, timed } from './measure';

type Segmenter = (text: string, lang: 'zh' | 'en') => unknown[];

const SIZES_MB = [1, 10, 50];
/** Characters rotated through copies of the page so no two copies are identical. */
const SWAP = '的一是在了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';

function buildText(page: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const shift = k % 10;
    const a = SWAP[k % SWAP.length]!;
    const b = SWAP[(k * 7 + 3) % SWAP.length]!;
    const copy = page.replace(/[0-9]/g, (d) => String((Number(d) + shift) % 10)).replaceAll(a, b);
    parts.push(copy, '\n');
    size += Buffer.byteLength(copy, 'utf8') + 1;
  }
  return parts.join('');
}

async function loadSegmenter(): Promise<Segmenter | null> {
  try {
    const mod = (await import('../projects/segment')) as { segmentParagraph?: Segmenter };
    return typeof mod.segmentParagraph === 'function' ? mod.segmentParagraph : null;
  } catch {
    return null;
  }
}

export default async function (): Promise<string> {
  const page = readFileSync(resolve(process.cwd(), '../shared/fixtures/newspaper-page-zh.txt'), 'utf8');
  const segment = await loadSegmenter();
  // Warm-up (JIT) so the 1 MB row measures steady-state speed and the linearity ratio is fair.
  await importFile(new Uint8Array(Buffer.from(buildText(page, 256 * 1024), 'utf8')), 'warmup.txt');
  const rows: (string | number)[][] = [];
  const perMb: number[] = [];
  const segPerMb: number[] = [];
  for (const mb of SIZES_MB) {
    const bytes = new Uint8Array(Buffer.from(buildText(page, mb * 1024 * 1024), 'utf8'));
    const realMb = bytes.byteLength / 1024 / 1024;
    const run = await timed(() => importFile(bytes, 'bench.txt', { maxBytes: bytes.byteLength + 1 }));
    const doc: ImportedDocument = run.value;
    const blocks = doc.articles.reduce((n, a) => n + a.blocks.length, 0);
    perMb.push(run.ms / realMb);
    let segCells = ['skipped (no segmentParagraph)', '–'];
    if (segment) {
      const seg = await timed(() => {
        let n = 0;
        for (const a of doc.articles) for (const b of a.blocks) n += segment(b.text, 'zh').length;
        return n;
      });
      segPerMb.push(seg.ms / realMb);
      segCells = [`${fmt(seg.ms, 0)} ms (${seg.value} segments)`, fmt(realMb / (seg.ms / 1000))];
    }
    rows.push([fmt(realMb, 1), doc.articles.length, blocks, fmt(run.ms, 0), fmt(realMb / (run.ms / 1000)), fmt(run.peakMiB, 0), ...segCells]);
  }
  const ratio = (xs: number[]): string => (xs.length === SIZES_MB.length ? fmt(xs[xs.length - 1]! / xs[0]!) : '–');
  return [
    '## Import: decode + newspaper-page rebuild (+ segmentation)',
    '',
    table(['MB', 'articles', 'blocks', 'import ms', 'import MB/s', 'peak MiB', 'segmentation', 'segment MB/s'], rows),
    '',
    `Per-MB time ratio ${SIZES_MB[SIZES_MB.length - 1]} MB / ${SIZES_MB[0]} MB: import ${ratio(perMb)}, segmentation ${ratio(segPerMb)} (≈1 means linear).`,
  ].join('\n');
}
