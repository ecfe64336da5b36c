/** English-only Markdown: # title, **subtitle**, ## heading, italic captions and credits, > pull-quote; specials escaped. */
import { baseNameOf, utf8 } from './names';
import { flatForTarget, targetMarkdown } from './target-text';
import type { ExportFile, ExportFormat } from './types';

export const mdTargetFormat: ExportFormat = {
  id: 'md',
  label: 'markdown-target',
  extensions: ['.md'],
  async export(project, options): Promise<ExportFile[]> {
    const docs = await flatForTarget(project, options);
    return [{ name: `${baseNameOf(project.name, options.baseName)}.en.md`, data: utf8(targetMarkdown(docs)) }];
  },
};
