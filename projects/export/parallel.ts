/**
 * Parallel plain text: `<name>.parallel.zh.txt` and `<name>.parallel.en.txt`, one segment a line, line-aligned (line n of
 * one file translates line n of the other). Newlines inside a segment become spaces; blocks without
 * segments count as one segment with an empty target.
 */
import { flattenProject } from './flatten';
import { baseNameOf, utf8 } from './names';
import type { ExportFile, ExportFormat } from './types';

const line = (s: string): string => s.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ');

export const parallelFormat: ExportFormat = {
  id: 'parallel',
  label: 'parallel-text',
  extensions: ['.zh.txt', '.en.txt'],
  async export(project, options): Promise<ExportFile[]> {
    const docs = await flattenProject(project, options);
    const zh: string[] = [];
    const en: string[] = [];
    for (const doc of docs)
      for (const art of doc.articles)
        for (const block of art.blocks) {
          if (block.segments.length === 0) {
            zh.push(line(block.zh));
            en.push('');
          }
          for (const seg of block.segments) {
            zh.push(line(seg.source));
            en.push(line(seg.target.trim()));
          }
        }
    const base = baseNameOf(project.name, options.baseName);
    const text = (lines: string[]): Uint8Array => utf8(lines.length ? lines.join('\n') + '\n' : '');
    return [
      { name: `${base}.parallel.zh.txt`, data: text(zh) },
      { name: `${base}.parallel.en.txt`, data: text(en) },
    ];
  },
};
