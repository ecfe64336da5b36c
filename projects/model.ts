/**
 * The project document model shared by import, segmentation, storage, QA and export.
 * Pure data: no I/O, no UI strings.
 */

/** Block types of a rebuilt page. Headlines are blocks too, so layout review treats every block alike. */
export const BLOCK_TYPES = [
  'title',
  'subtitle',
  'heading',
  'paragraph',
  'byline',
  'caption',
  'credit',
  'pullquote',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** XLIFF 2.x segment states; the workflow moves initial → translated → reviewed → final. */
export const SEGMENT_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

/** A block as an importer produces it (before storage gives it an id). */
export interface ImportedBlock {
  type: BlockType;
  text: string;
  /** 1-based inclusive range of the source lines this block was rebuilt from, where known. */
  lines?: [number, number];
}

export interface ImportedArticle {
  blocks: ImportedBlock[];
}

export interface ImportWarning {
  code: string;
  /** 1-based source line, where the warning concerns one. */
  line?: number;
  detail?: string;
}

/** What every importer returns: articles of typed blocks in reading order. */
export interface ImportedDocument {
  articles: ImportedArticle[];
  meta: {
    /** 'txt' | 'docx' | 'html' | 'md' */
    format: string;
    /** Detected or chosen encoding for text formats (e.g. 'UTF-8', 'GB18030'). */
    encoding?: string;
    /** Detector confidence 0..1, where a detector ran. */
    confidence?: number;
    language: 'zh' | 'en';
    warnings: ImportWarning[];
  };
}

/** One sentence segment: `source + separator` for each segment of a block gives the block text back exactly. */
export interface Segment {
  id: number;
  blockId: number;
  ord: number;
  source: string;
  separator: string;
  target: string;
  state: SegmentState;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface Block {
  id: number;
  articleId: number;
  ord: number;
  type: BlockType;
  text: string;
  lines: [number, number] | null;
  segments: Segment[];
}

export interface Article {
  id: number;
  documentId: number;
  ord: number;
  blocks: Block[];
}

export interface ProjectDocument {
  id: number;
  name: string;
  format: string;
  encoding: string | null;
  importedAt: string;
  /** Segments exist only after the user confirmed the layout (or the importer needed no review). */
  layoutConfirmed: boolean;
  articles: Article[];
}

export interface ProjectSnapshot {
  name: string;
  sourceLang: 'zh';
  targetLang: 'en';
  createdAt: string;
  documents: ProjectDocument[];
}

/** The gold-structure schema of ../shared/fixtures/README.md. */
export interface StructureJson {
  articles: {
    title: string;
    subtitles: string[];
    blocks: { type: Exclude<BlockType, 'title' | 'subtitle'>; text: string; lines?: [number, number] }[];
  }[];
}

/** Project an article list onto the shared schema: the first title block is the title, other headlines are subtitles. */
export function toStructureJson(articles: { blocks: ImportedBlock[] }[]): StructureJson {
  return {
    articles: articles.map((a) => {
      const heads = a.blocks.filter((b) => b.type === 'title' || b.type === 'subtitle');
      const firstTitle = heads.find((b) => b.type === 'title') ?? heads[0];
      return {
        title: firstTitle?.text ?? '',
        subtitles: heads.filter((b) => b !== firstTitle).map((b) => b.text),
        blocks: a.blocks
          .filter((b) => b.type !== 'title' && b.type !== 'subtitle')
          .map((b) => ({
            type: b.type as Exclude<BlockType, 'title' | 'subtitle'>,
            text: b.text,
            ...(b.lines ? { lines: b.lines } : {}),
          })),
      };
    }),
  };
}
