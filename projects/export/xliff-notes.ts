/** Note conventions shared by the XLIFF writers and the reader. */
import type { FlatSegment } from './flatten';
import type { ExportOptions } from './types';

/** `category` (2.x) / `from` (1.2) of the notes Duizhao writes. */
export const NOTE_SEGMENT = 'duizhao:note';
export const NOTE_GLOSSARY = 'glossary';
export const NOTE_SEPARATOR = 'duizhao:separator';

export interface NoteOut {
  kind: string;
  text: string;
  priority: number;
}

/** The notes of one segment: its own note, then one note per glossary match (`zh → en`). */
export function segmentNotes(seg: FlatSegment, options: ExportOptions): NoteOut[] {
  const notes: NoteOut[] = [];
  if (seg.note !== '') notes.push({ kind: NOTE_SEGMENT, text: seg.note, priority: 1 });
  for (const m of options.termNotes?.get(seg.id) ?? []) notes.push({ kind: NOTE_GLOSSARY, text: `${m.zh} → ${m.en}`, priority: 5 });
  return notes;
}

/** Needs xml:space="preserve": leading/trailing/double whitespace, tabs or newlines. */
export function needsPreserve(text: string): boolean {
  return /^\s|\s$|\s\s|[\t\n\r]/.test(text);
}
