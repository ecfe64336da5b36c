/** English-only plain text: one block a paragraph, blank lines between, `* * *` between articles. */
import { baseNameOf, utf8 } from './names';
import { flatForTarget, targetText } from './target-text';
import type { ExportFile, ExportFormat } from './types';

export const txtTargetFormat: ExportFormat = {
  id: 'txt',
  label: 'text-target',
  extensions: ['.txt'],
  async export(project, options): Promise<ExportFile[]> {
    const docs = await flatForTarget(project, options);
    return [{ name: `${baseNameOf(project.name, options.baseName)}.en.txt`, data: utf8(targetText(docs)) }];
  },
};
