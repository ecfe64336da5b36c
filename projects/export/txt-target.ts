/** English-only plain text: one block a paragraph, blank lines between, `* * *` between articles. */
import { singleFileFormat } from './single-file-format';
import { targetText } from './target-text';

export const txtTargetFormat = singleFileFormat({
  id: 'txt',
  label: 'text-target',
  suffix: '.en.txt',
  targetOnly: true,
  render: (docs) => targetText(docs),
});
