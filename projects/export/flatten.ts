/**
 * Walks a ProjectSnapshot once into the rows every adapter renders: per block the (script-converted)
 * Chinese text and the English text, plus its segments. Reports progress, honours cancellation and
 * yields to the event loop now and then so that a cancel signal can arrive during a long export.
 */
import type { BlockType, ProjectSnapshot, Segment } from '../model';
import { throwIfAborted } from './export-error';
import { scriptConverter } from './script';
import type { ExportOptions } from './types';

/** A segment as adapters render it: `source` is in the chosen script. */
export type FlatSegment = Omit<Segment, 'blockId' | 'ord'>;

export interface FlatBlock {
  id: number;
  type: BlockType;
  zh: string;
  en: string;
  segments: FlatSegment[];
}

export interface FlatArticle {
  id: number;
  blocks: FlatBlock[];
}

export interface FlatDocument {
  id: number;
  name: string;
  articles: FlatArticle[];
}

const YIELD_EVERY = 2000;
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function countBlocks(project: ProjectSnapshot): number {
  let n = 0;
  for (const d of project.documents) for (const a of d.articles) n += a.blocks.length;
  return n;
}

/** A block's English: its segments' trimmed targets joined with one space. */
export function joinTargets(targets: readonly string[]): string {
  return targets
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .join(' ');
}

export async function flattenProject(
  project: ProjectSnapshot,
  options: ExportOptions,
): Promise<FlatDocument[]> {
  const convert = scriptConverter(options.script);
  const total = countBlocks(project);
  let done = 0;
  const out: FlatDocument[] = [];
  throwIfAborted(options.signal);
  for (const doc of project.documents) {
    const articles: FlatArticle[] = [];
    for (const art of doc.articles) {
      const blocks: FlatBlock[] = [];
      for (const b of art.blocks) {
        const segments: FlatSegment[] = b.segments.map((s) => ({
          id: s.id,
          source: convert(s.source),
          separator: s.separator,
          target: s.target,
          state: s.state,
          note: s.note,
          createdAt: s.createdAt,
          updatedAt: s.updatedAt,
        }));
        const zh = segments.length ? segments.map((s) => s.source + s.separator).join('') : convert(b.text);
        blocks.push({ id: b.id, type: b.type, zh, en: joinTargets(segments.map((s) => s.target)), segments });
        done++;
        if (done % YIELD_EVERY === 0) {
          options.onProgress?.(done, total);
          await tick();
          throwIfAborted(options.signal);
        }
      }
      articles.push({ id: art.id, blocks });
    }
    out.push({ id: doc.id, name: doc.name, articles });
  }
  options.onProgress?.(done, total);
  return out;
}

/** Headline blocks (title, subtitles) first, then the body blocks in order. */
export function splitHeadlines(article: FlatArticle): { headlines: FlatBlock[]; body: FlatBlock[] } {
  const headlines = article.blocks.filter((b) => b.type === 'title' || b.type === 'subtitle');
  const body = article.blocks.filter((b) => b.type !== 'title' && b.type !== 'subtitle');
  return { headlines, body };
}

/** Every segment of the flattened project, in reading order. */
export function* flatSegments(docs: FlatDocument[]): Generator<{ doc: FlatDocument; block: FlatBlock; seg: FlatSegment }> {
  for (const doc of docs)
    for (const art of doc.articles) for (const block of art.blocks) for (const seg of block.segments) yield { doc, block, seg };
}
