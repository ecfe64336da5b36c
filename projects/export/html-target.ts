/** English-only HTML (self-contained). */
import { baseNameOf, utf8 } from './names';
import { flatForTarget, targetHtml } from './target-text';
import type { ExportFile, ExportFormat } from './types';

export const htmlTargetFormat: ExportFormat = {
  id: 'html',
  label: 'html-target',
  extensions: ['.html'],
  async export(project, options): Promise<ExportFile[]> {
    const docs = await flatForTarget(project, options);
    return [{ name: `${baseNameOf(project.name, options.baseName)}.en.html`, data: utf8(targetHtml(docs, project.name)) }];
  },
};
