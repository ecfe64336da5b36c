/**
 * Most formats write one file rendered from the flattened project. `singleFileFormat` builds the
 * ExportFormat from a renderer and a file-name suffix; the release package reuses the same renderers
 * on one flattening.
 */
import type { ProjectSnapshot } from '../model';
import { flattenProject, type FlatDocument } from './flatten';
import { baseNameOf, utf8 } from './names';
import type { ExportFile, ExportFormat, ExportOptions } from './types';

export type DocsRenderer = (docs: FlatDocument[], project: ProjectSnapshot, options: ExportOptions) => string | Uint8Array | Promise<Uint8Array>;

export interface SingleFileFormat extends ExportFormat {
  /** Appended to the base name: `.tmx`, `.bilingual.docx`… */
  suffix: string;
  /** Renders the file's bytes from an already flattened project. */
  renderFile(docs: FlatDocument[], project: ProjectSnapshot, options: ExportOptions): Promise<Uint8Array>;
}

export function singleFileFormat(spec: {
  id: string;
  label: string;
  suffix: string;
  /** English-only output: the source column is not used, so its script conversion is skipped. */
  targetOnly?: boolean;
  render: DocsRenderer;
}): SingleFileFormat {
  const renderFile = async (docs: FlatDocument[], project: ProjectSnapshot, options: ExportOptions): Promise<Uint8Array> => {
    const out = await spec.render(docs, project, options);
    return typeof out === 'string' ? utf8(out) : out;
  };
  return {
    id: spec.id,
    label: spec.label,
    extensions: [spec.suffix.slice(spec.suffix.lastIndexOf('.'))],
    suffix: spec.suffix,
    renderFile,
    async export(project, options): Promise<ExportFile[]> {
      const docs = await flattenProject(project, spec.targetOnly ? { ...options, script: 'simplified' } : options);
      return [{ name: `${baseNameOf(project.name, options.baseName)}${spec.suffix}`, data: await renderFile(docs, project, options) }];
    },
  };
}
