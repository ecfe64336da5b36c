import { GlossaryError } from '../store/glossary-error';
import { csvFormat, tsvFormat } from './csv-format';
import type { GlossaryFormat } from './format-types';
import { omegatFormat } from './omegat-format';
import { tbxV2Format, tbxV3Format } from './tbx-formats';
import { xlsxFormat } from './xlsx-format';

/**
 * Every glossary file format. To add one: write `<name>-format.ts` exporting a `GlossaryFormat`,
 * append it here, and add it to the round-trip test in glossary-file.test.ts.
 * Order matters for extension lookup: the first format claiming an extension wins.
 */
export const glossaryFormats: readonly GlossaryFormat[] = [csvFormat, tsvFormat, omegatFormat, tbxV2Format, tbxV3Format, xlsxFormat];

export function findGlossaryFormat(id: string): GlossaryFormat {
  const f = glossaryFormats.find((g) => g.id === id);
  if (!f) throw new GlossaryError('unsupported-format', { format: id, known: glossaryFormats.map((g) => g.id) });
  return f;
}

/** The format a file name's extension suggests, or null. */
export function formatForFileName(fileName: string): GlossaryFormat | null {
  const lower = fileName.toLowerCase();
  return glossaryFormats.find((g) => g.extensions.some((e) => lower.endsWith(e))) ?? null;
}
