/**
 * Builds a ProjectSnapshot from the shared newspaper page (../shared/fixtures) for tests and demos:
 * the gold structure's four articles (title → title block, subtitles → subtitle blocks, other blocks
 * as they are), paragraphs split crudely after 。！？ (closing quotes stay with their sentence), and
 * the bridge article's English from reference-bridge.jsonl (ids C-pN-sM: article C, block N with the
 * title as p1, sentence M). Other articles stay untranslated. Reads files: test/demo code only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Block, BlockType, ProjectSnapshot, Segment, StructureJson } from '../model';

export interface TestProjectOptions {
  /** The shared folder; default `../shared` from the current directory (the repo root). */
  sharedDir?: string;
  name?: string;
}

const STAMP = '2020-04-14T08:00:00.000Z';
const CLOSERS = '”’」』）)》〉"\'';

/** Crude sentence split after 。！？ (plus following closing quotes); `source + separator` rebuilds the text. */
export function splitSentences(text: string): { source: string; separator: string }[] {
  const out: { source: string; separator: string }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!'。！？!?'.includes(text[i] ?? '')) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
    let sepEnd = end;
    while (sepEnd < text.length && /\s/.test(text[sepEnd] ?? '')) sepEnd++;
    if (end < text.length) {
      out.push({ source: text.slice(start, end), separator: text.slice(end, sepEnd) });
      start = sepEnd;
    }
    i = sepEnd - 1;
  }
  if (start < text.length) out.push({ source: text.slice(start), separator: '' });
  return out;
}

interface RefPair {
  id: string;
  zh: string;
  en: string;
}

export function buildTestProject(options: TestProjectOptions = {}): ProjectSnapshot {
  const shared = options.sharedDir ?? path.resolve(process.cwd(), '../shared');
  const gold = JSON.parse(
    readFileSync(path.join(shared, 'fixtures/newspaper-page-zh.expected.json'), 'utf8'),
  ) as StructureJson;
  const refs = new Map<string, RefPair>();
  for (const line of readFileSync(path.join(shared, 'fixtures/reference-bridge.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as RefPair;
    refs.set(r.id, r);
  }

  let blockId = 0;
  let segId = 0;
  const articles: Article[] = gold.articles.map((ga, ai) => {
    const letter = String.fromCharCode(65 + ai);
    const typed: { type: BlockType; text: string }[] = [
      { type: 'title', text: ga.title },
      ...ga.subtitles.map((t) => ({ type: 'subtitle' as const, text: t })),
      ...ga.blocks.map((b) => ({ type: b.type, text: b.text })),
    ];
    const articleId = ai + 1;
    const blocks: Block[] = typed.map((tb, bi) => {
      const id = ++blockId;
      const segments: Segment[] = splitSentences(tb.text).map((p, si) => {
        const ref = refs.get(`${letter}-p${bi + 1}-s${si + 1}`);
        const target = ref && ref.zh === p.source ? ref.en : '';
        return {
          id: ++segId,
          blockId: id,
          ord: si,
          source: p.source,
          separator: p.separator,
          target,
          state: target ? 'translated' : 'initial',
          note: '',
          createdAt: STAMP,
          updatedAt: STAMP,
        };
      });
      return { id, articleId, ord: bi, type: tb.type, text: tb.text, lines: null, segments };
    });
    return { id: articleId, documentId: 1, ord: ai, blocks };
  });

  return {
    name: options.name ?? 'Chongqing Daily 2020-04-14 p.3',
    sourceLang: 'zh',
    targetLang: 'en',
    createdAt: STAMP,
    documents: [
      {
        id: 1,
        name: 'newspaper-page-zh.txt',
        format: 'txt',
        encoding: 'UTF-8',
        importedAt: STAMP,
        layoutConfirmed: true,
        articles,
      },
    ],
  };
}

/** A copy of the project where every untranslated segment gets a placeholder English target (for release tests). */
export function fillTargets(project: ProjectSnapshot, state: Segment['state'] = 'translated'): ProjectSnapshot {
  const copy = structuredClone(project);
  for (const d of copy.documents)
    for (const a of d.articles)
      for (const b of a.blocks)
        for (const s of b.segments)
          if (s.target.trim() === '') {
            s.target = `[EN ${s.id}] ${s.source.length} characters`;
            s.state = state;
          }
  return copy;
}

/**
 * A synthetic project of `segments` segments (for benchmarks and cancellation tests): documents of
 * 50 articles, articles of a title plus paragraphs of 4 segments, every segment translated.
 */
export function generateProject(segments: number): ProjectSnapshot {
  const zh = ['成渝地区双城经济圈建设取得新进展。', '两江新区找准新增长点，推动高质量发展。', '西部科学城加快建设“一带一路”科技创新合作区。', '崇龛琼江大桥主跨顺利合龙！'];
  const en = ['New progress was made in the Chengdu-Chongqing Economic Circle.', 'Liangjiang New Area found new growth points & pushed high-quality development.', 'The Western China Science City is speeding up the <Belt and Road> cooperation zone.', 'The main span of the bridge reached closure!'];
  const documents: ProjectSnapshot['documents'] = [];
  let segId = 0;
  let blockId = 0;
  let articleId = 0;
  while (segId < segments) {
    const docId = documents.length + 1;
    const articles: Article[] = [];
    for (let a = 0; a < 50 && segId < segments; a++) {
      const aid = ++articleId;
      const blocks: Block[] = [];
      for (let b = 0; b < 12 && segId < segments; b++) {
        const bid = ++blockId;
        const n = b === 0 ? 1 : 4;
        const segs: Segment[] = [];
        for (let s = 0; s < n && segId < segments; s++) {
          const i = segId % zh.length;
          const id = ++segId;
          segs.push({
            id, blockId: bid, ord: s, source: `${zh[i] ?? ''}${id}`, separator: '', target: `${en[i] ?? ''} (${id})`,
            state: 'translated', note: '', createdAt: STAMP, updatedAt: STAMP,
          });
        }
        blocks.push({ id: bid, articleId: aid, ord: b, type: b === 0 ? 'title' : 'paragraph', text: segs.map((s) => s.source).join(''), lines: null, segments: segs });
      }
      articles.push({ id: aid, documentId: docId, ord: a, blocks });
    }
    documents.push({ id: docId, name: `generated-${docId}.txt`, format: 'txt', encoding: 'UTF-8', importedAt: STAMP, layoutConfirmed: true, articles });
  }
  return { name: `generated ${segments}`, sourceLang: 'zh', targetLang: 'en', createdAt: STAMP, documents };
}
