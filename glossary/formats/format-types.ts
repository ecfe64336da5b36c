import type { Concept, ConceptInput } from '../model';

/** A glossary file format: one adapter file each, listed in `glossaryFormats`. */
export interface GlossaryFormat {
  /** Stable id used by the CLI and the UI (`csv`, `tsv`, `omegat`, `tbx-v2`, `tbx-v3`, `xlsx`). */
  id: string;
  /** Lower-case file name endings with the dot, most usual first. */
  extensions: string[];
  /** Parse a file. Throws GlossaryError (`bad-row`, `missing-column`, `invalid-xml`, …) with line/column details. */
  read(bytes: Uint8Array, fileName: string): Promise<ConceptInput[]>;
  /** Serialise concepts. */
  write(concepts: readonly (Concept | ConceptInput)[]): Promise<Uint8Array>;
  /** What the format cannot carry (documentation for the UI: data lost on export). */
  loses: string[];
}
