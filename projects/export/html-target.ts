/** English-only HTML (self-contained). */
import { singleFileFormat } from './single-file-format';
import { targetHtml } from './target-text';

export const htmlTargetFormat = singleFileFormat({
  id: 'html',
  label: 'html-target',
  suffix: '.en.html',
  targetOnly: true,
  render: (docs, project) => targetHtml(docs, project.name),
});
