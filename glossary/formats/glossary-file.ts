import type { Concept, ConceptInput } from '../model';
import { GlossaryError } from '../store/glossary-error';
import { parseDelimited } from './csv-format';
import { decodeText } from './decode-text';
import { findGlossaryFormat, formatForFileName } from './registry';
import { REQUIRED_COLUMNS } from './table-columns';
import type { GlossaryFormat } from './format-types';
import type { GlossaryStore, ImportMode, ImportReport } from '../store/types';

/**
 * Tab-separated text is either our TSV (with a `zh`/`en` header) or an OmegaT glossary (no header).
 * Decide from the first line that is not blank and not a `#` comment.
 */
function sniffTabText(bytes: Uint8Array): 'tsv' | 'omegat' {
  const first = decodeText(bytes)
    .split(/\r\n|\n|\r/)
    .find((l) => l.trim() !== '' && !l.startsWith('#'));
  if (!first) return 'omegat';
  const cells = parseDelimited(first, '\t')[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  return REQUIRED_COLUMNS.every((c) => cells.includes(c)) ? 'tsv' : 'omegat';
}

function chooseFormat(bytes: Uint8Array, fileName: string): GlossaryFormat {
  const lower = fileName.toLowerCase();
  if (/\.(tsv|tab|txt|utf8)$/.test(lower)) return findGlossaryFormat(sniffTabText(bytes));
  const byName = formatForFileName(fileName);
  if (byName) return byName;
  throw new GlossaryError('unsupported-format', { fileName });
}

/**
 * Read a glossary file into concepts (not saved: ids 0/absent, no audit fields). The format is `formatId`
 * when given, else guessed from the file name (tab text is sniffed: header → `tsv`, none → `omegat`).
 * Throws GlossaryError: `unsupported-format`, `missing-column`, `bad-row`, `invalid-xml`, `invalid-tbx`, `invalid-xlsx`.
 */
export async function readGlossaryFile(bytes: Uint8Array, fileName: string, formatId?: string): Promise<ConceptInput[]> {
  const format = formatId ? findGlossaryFormat(formatId) : chooseFormat(bytes, fileName);
  return format.read(bytes, fileName);
}

/** Serialise concepts in a format (`csv`, `tsv`, `omegat`, `tbx-v2`, `tbx-v3`, `xlsx`). */
export async function writeGlossaryFile(concepts: readonly (Concept | ConceptInput)[], formatId: string): Promise<Uint8Array> {
  return findGlossaryFormat(formatId).write(concepts);
}


/**
 * Read a file and import it into a store in one go. Parsing happens before anything is written, and the
 * import is one transaction: a file with a bad row changes nothing.
 */
export async function importGlossaryFile(
  store: GlossaryStore,
  bytes: Uint8Array,
  fileName: string,
  options: { mode?: ImportMode; user: string; formatId?: string },
): Promise<ImportReport> {
  const concepts = await readGlossaryFile(bytes, fileName, options.formatId);
  return store.importConcepts(concepts, options.mode ?? 'merge', options.user);
}
