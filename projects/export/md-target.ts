/** English-only Markdown: # title, **subtitle**, ## heading, italic captions and credits, > pull-quote; specials escaped. */
import { singleFileFormat } from './single-file-format';
import { targetMarkdown } from './target-text';

export const mdTargetFormat = singleFileFormat({
  id: 'md',
  label: 'markdown-target',
  suffix: '.en.md',
  targetOnly: true,
  render: (docs) => targetMarkdown(docs),
});
