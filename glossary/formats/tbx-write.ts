import type { Concept, ConceptInput, Term, TermStatus } from '../model';
import { GlossaryError } from '../store/glossary-error';
import { encodeUtf8 } from './decode-text';
import { escapeXml as x } from './xml-tree';

const ADMIN_STATUS: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};

export type TbxVersion = 'v2' | 'v3';

const SOURCE_DESC = 'Duizhao glossary export';

function entryIds(concepts: readonly (Concept | ConceptInput)[]): string[] {
  const used = new Set<string>();
  return concepts.map((c, i) => {
    let id = c.id ? `c${c.id}` : `c${i + 1}`;
    while (used.has(id)) id = `${id}_`;
    used.add(id);
    return id;
  });
}

function termXml(t: Term, container: string, indent: string): string {
  const lines = [
    `${indent}<${container}>`,
    `${indent}  <term>${x(t.text)}</term>`,
    `${indent}  <termNote type="administrativeStatus">${ADMIN_STATUS[t.status]}</termNote>`,
  ];
  if (t.note) lines.push(`${indent}  <note>${x(t.note)}</note>`);
  lines.push(`${indent}</${container}>`);
  return lines.join('\n');
}

/**
 * Write TBX v2 (`martif`, valid against the TBX 2008 XSD OmegaT ships) or v3 TBX-Basic DCA (valid against
 * TBXcoreStructV03_TBX-Basic_integrated.rng). One entry per concept: subjectField, definition and note at
 * entry level, then a zh and an en language section with one term each carrying its administrativeStatus
 * (forbidden → deprecatedTerm-admn-sts) and its note. Case sensitivity is not written.
 * Throws `empty-glossary`: both schemas require at least one entry.
 */
export function writeTbx(concepts: readonly (Concept | ConceptInput)[], version: TbxVersion): Uint8Array {
  if (concepts.length === 0) throw new GlossaryError('empty-glossary', { format: `tbx-${version}` });
  const v3 = version === 'v3';
  const [entryEl, langEl, termEl] = v3 ? ['conceptEntry', 'langSec', 'termSec'] : ['termEntry', 'langSet', 'tig'];
  const ids = entryIds(concepts);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (v3) {
    out.push(
      '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
      '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>',
      '<tbx type="TBX-Basic" style="dca" xml:lang="zh" xmlns="urn:iso:std:iso:30042:ed-2">',
      '  <tbxHeader>',
    );
  } else {
    out.push('<martif type="TBX" xml:lang="zh">', '  <martifHeader>');
  }
  out.push('    <fileDesc>', '      <sourceDesc>', `        <p>${SOURCE_DESC}</p>`, '      </sourceDesc>', '    </fileDesc>');
  out.push(v3 ? '  </tbxHeader>' : '  </martifHeader>', '  <text>', '    <body>');
  concepts.forEach((c, i) => {
    out.push(`      <${entryEl} id="${ids[i]}">`);
    if (c.domain) out.push(`        <descrip type="subjectField">${x(c.domain)}</descrip>`);
    if (c.definition) out.push(`        <descrip type="definition">${x(c.definition)}</descrip>`);
    if (c.note) out.push(`        <note>${x(c.note)}</note>`);
    for (const lang of ['zh', 'en'] as const) {
      const terms = c.terms.filter((t) => t.lang === lang);
      if (terms.length === 0) continue;
      out.push(`        <${langEl} xml:lang="${lang}">`);
      for (const t of terms) out.push(termXml(t, termEl, '          '));
      out.push(`        </${langEl}>`);
    }
    out.push(`      </${entryEl}>`);
  });
  out.push('    </body>', '  </text>', v3 ? '</tbx>' : '</martif>', '');
  return encodeUtf8(out.join('\n'));
}
