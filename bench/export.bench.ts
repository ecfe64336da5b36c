/**
 * Export benchmark: a generated project of 100k segments (25k blocks) exported in every format;
 * DOCX also at 10k to show how it scales. Seconds and peak RSS growth per export (bench/measure.ts).
 */
import { exportFormats, getExportFormat } from '../projects/export/index';
import { generateProject } from '../projects/export/test-project';
import { fmt, table, timed } from './measure';

export default async function (): Promise<string> {
  const sizes = [10_000, 100_000];
  const rows: (string | number)[][] = [];
  for (const n of sizes) {
    const project = generateProject(n);
    const ids = n === 100_000 ? exportFormats.map((f) => f.id) : ['docx-bilingual', 'docx', 'xliff21'];
    for (const id of ids) {
      const format = getExportFormat(id);
      const options = id === 'release' ? { qa: { generatedAt: '', forced: false, counts: {}, findings: [] } } : {};
      (globalThis as { gc?: () => void }).gc?.();
      const r = await timed(() => format.export(project, options));
      const bytes = r.value.reduce((s, f) => s + f.data.length, 0);
      rows.push([id, n.toLocaleString('en'), fmt(r.ms / 1000), fmt(r.peakMiB, 0), fmt(bytes / 1024, 0)]);
    }
    // the source-script conversion is the expensive part of flattening: measure it once
    if (n === 100_000) {
      const r = await timed(() => getExportFormat('xliff21').export(project, { script: 'tw' }));
      rows.push(['xliff21 (script tw)', n.toLocaleString('en'), fmt(r.ms / 1000), fmt(r.peakMiB, 0), fmt(r.value[0]!.data.length / 1024, 0)]);
    }
  }
  return `## Export (projects/export)\n\nGenerated project: 4 segments a paragraph, 12 blocks an article, 50 articles a document; every segment translated.\nOne process, formats in sequence: peak RSS growth is relative to the RSS before each run, so later rows can under-report.\n\n${table(
    ['format', 'segments', 'seconds', 'peak RSS growth (MiB)', 'output (KiB)'],
    rows,
  )}`;
}
