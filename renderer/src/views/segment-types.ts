import type { api } from '../api';

export type SegmentQa = Awaited<ReturnType<typeof api.call<'qa.document'>>>[number];
export type TermMatchView = SegmentQa['matches'][number];
export type FindingView = SegmentQa['findings'][number];
export type DocumentView = Awaited<ReturnType<typeof api.call<'document.get'>>>;
export type SegmentView = DocumentView['articles'][number]['blocks'][number]['segments'][number];

export interface Row {
  segment: SegmentView;
  blockType: string;
  articleIndex: number;
  firstOfBlock: boolean;
  lastOfBlock: boolean;
}

export function rowsOf(doc: DocumentView): Row[] {
  const rows: Row[] = [];
  doc.articles.forEach((a, ai) =>
    a.blocks.forEach((b) =>
      b.segments.forEach((s, si) =>
        rows.push({ segment: s, blockType: b.type, articleIndex: ai, firstOfBlock: si === 0, lastOfBlock: si === b.segments.length - 1 }),
      ),
    ),
  );
  return rows;
}
