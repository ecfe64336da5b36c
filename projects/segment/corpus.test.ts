import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentParagraph } from './segment-paragraph';

const SHARED = path.resolve(process.cwd(), '../shared');
const BRIDGE = path.join(SHARED, 'fixtures/reference-bridge.jsonl');
const MAC = path.join(SHARED, 'corpora/mac-dev');
const CHAPTERS = ['001', '002', '003', '004', '005', '006'];

describe.skipIf(!existsSync(BRIDGE))('reference-bridge.jsonl', () => {
  const rows = readFileSync(BRIDGE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; zh: string; en: string });
  const paragraphs = new Map<string, { zh: string[]; en: string[] }>();
  for (const r of rows) {
    const key = /^(.*)-s\d+$/.exec(r.id)?.[1] ?? r.id;
    const p = paragraphs.get(key) ?? { zh: [], en: [] };
    p.zh.push(r.zh);
    p.en.push(r.en);
    paragraphs.set(key, p);
  }

  it('has paragraphs with more than one sentence (the test is not vacuous)', () => {
    expect([...paragraphs.values()].some((p) => p.zh.length > 1)).toBe(true);
  });

  it.each([...paragraphs.entries()])('segments paragraph %s back into its zh sentences', (_key, p) => {
    expect(segmentParagraph(p.zh.join(''), 'zh').map((s) => s.source)).toEqual(p.zh);
  });

  it.each([...paragraphs.entries()])('segments paragraph %s back into its en sentences', (_key, p) => {
    expect(segmentParagraph(p.en.join(' '), 'en').map((s) => s.source)).toEqual(p.en);
  });

  it('finds as many sentences in reference-bridge.en.txt (one paragraph a line) as the jsonl has', () => {
    const text = readFileSync(BRIDGE.replace(/\.jsonl$/, '.en.txt'), 'utf8');
    const sentences = text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .flatMap((l) => segmentParagraph(l, 'en').map((s) => s.source));
    expect(sentences).toEqual(rows.map((r) => r.en));
  });
});

/** Boundary offsets (start of every segment but the first) of a list of pieces. */
function boundaries(pieces: string[]): Set<number> {
  const out = new Set<number>();
  let off = 0;
  for (const piece of pieces.slice(0, -1)) {
    off += piece.length;
    out.add(off);
  }
  return out;
}

describe.skipIf(!existsSync(MAC))('MAC-dev sentence boundaries', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`reproduces most gold ${lang} boundaries`, () => {
      const sep = lang === 'zh' ? '' : ' ';
      let hit = 0;
      let predicted = 0;
      let gold = 0;
      for (const ch of CHAPTERS) {
        const lines = readFileSync(path.join(MAC, `${ch}.${lang}`), 'utf8')
          .split('\n')
          .filter((l) => l !== '');
        const text = lines.join(sep);
        const goldSet = boundaries(lines.map((l, i) => (i < lines.length - 1 ? l + sep : l)));
        const segs = segmentParagraph(text, lang);
        expect(segs.map((s) => s.source + s.separator).join('')).toBe(text);
        const predSet = boundaries(segs.map((s) => s.source + s.separator));
        for (const b of predSet) if (goldSet.has(b)) hit++;
        predicted += predSet.size;
        gold += goldSet.size;
      }
      const precision = hit / predicted;
      const recall = hit / gold;
      console.log(`MAC-dev ${lang}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${hit} of ${predicted} predicted, ${gold} gold)`);
      // Floors, not targets. zh gold (pyltp) also splits inside quotations, which these rules never do.
      expect(precision).toBeGreaterThan(0.95);
      expect(recall).toBeGreaterThan(lang === 'zh' ? 0.75 : 0.9);
    });
  }
});
