/** Public types of the export module. Pure data: no I/O, no UI strings. */
import type { ProjectSnapshot, SegmentState } from '../model';

/** Script of the source (Chinese) column: as stored, OpenCC s2twp (Taiwan, with phrases) or s→hk. */
export type ChineseScript = 'simplified' | 'tw' | 'hk';

export interface QaReportFinding {
  segmentId: number;
  document: string;
  source: string;
  target: string;
  check: string;
  severity: 'error' | 'warning';
  term: string | null;
  message: string;
  waiver?: { by: string; at: string; reason: string };
}

export interface QaReport {
  generatedAt: string;
  forced: boolean;
  counts: Record<string, number>;
  findings: QaReportFinding[];
}

export interface ExportOptions {
  script?: ChineseScript;
  /** Segment id → glossary matches; written into XLIFF as notes. */
  termNotes?: Map<number, { zh: string; en: string }[]>;
  /** QA report for the release package (required by `release` unless `forced`). */
  qa?: QaReport;
  /** Release exported with --force: the QA report says so and the gate is skipped. */
  forced?: boolean;
  /** File name stem; default: the project name, sanitised. */
  baseName?: string;
  now?: Date;
  /** Progress in blocks: `done` of `total` blocks rendered (the release counts every format). */
  onProgress?: (done: number, total: number) => void;
  /** Cancel: the export throws ExportError code 'cancelled'. */
  signal?: AbortSignal;
}

export interface ExportFile {
  name: string;
  data: Uint8Array;
}

export interface ExportFormat {
  id: string;
  /** A stable code, not UI text. */
  label: string;
  extensions: string[];
  export(project: ProjectSnapshot, options: ExportOptions): Promise<ExportFile[]>;
}

export interface XliffUnit {
  /** The unit / trans-unit id as written (`s<segmentId>` for Duizhao files). */
  id: string;
  /** Parsed from `s<digits>`; null for foreign ids. */
  segmentId: number | null;
  source: string;
  target: string;
  state: SegmentState;
  /** The segment note (glossary and separator notes excluded). */
  note: string;
  /** The separator stored after the segment ('' when absent). */
  separator: string;
}

export interface XliffImport {
  version: '1.2' | '2.0' | '2.1';
  srcLang: string;
  trgLang: string;
  units: XliffUnit[];
}

/** One reason a release is blocked. */
export interface ReleaseBlocker {
  segmentId: number;
  reason: 'glossary-error' | 'untranslated';
  check?: string;
  term?: string | null;
}
