import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot, SegmentState } from '../model';
import { SEGMENT_STATES } from '../model';
import { ExportError } from './export-error';
import { readXliff } from './read-xliff';
import { exportFormats, getExportFormat } from './registry';
import { buildTestProject, fillTargets } from './test-project';

/** The test page with varied states, notes, tricky characters and separators. */
function trickyProject(): ProjectSnapshot {
  const p = fillTargets(buildTestProject());
  let i = 0;
  for (const a of p.documents[0]!.articles)
    for (const b of a.blocks)
      for (const s of b.segments) {
        s.state = SEGMENT_STATES[i % 4] as SegmentState;
        if (s.state === 'initial') s.target = '';
        if (i % 5 === 0) s.note = `check <b>${i}</b> & "q" 'a'`;
        if (i % 7 === 0) s.separator = i % 2 ? ' ' : '\n\t ';
        if (i === 3) s.target = '<script>alert("x")</script> & done  ';
        if (i === 6) s.source = `  ${s.source}\n第二行`;
        i++;
      }
  return p;
}

const segmentsOf = (p: ProjectSnapshot) => p.documents.flatMap((d) => d.articles.flatMap((a) => a.blocks.flatMap((b) => b.segments)));

// Every registered format whose output readXliff can read back.
const readable = exportFormats.filter((f) => f.id.startsWith('xliff'));

describe('export → readXliff round trip', () => {
  it('covers both XLIFF versions', () => {
    expect(readable.map((f) => f.id).sort()).toEqual(['xliff12', 'xliff21']);
  });

  for (const format of readable) {
    it(`${format.id}: same ids, sources, targets, states, notes and separators`, async () => {
      const p = trickyProject();
      const termNotes = new Map([[segmentsOf(p)[1]!.id, [{ zh: '西部科学城', en: 'Western China Science City' }]]]);
      const [file] = await format.export(p, { termNotes });
      const back = readXliff(file!.data);
      expect(back.version).toBe(format.id === 'xliff12' ? '1.2' : '2.1');
      expect(back.srcLang).toBe('zh-CN');
      expect(back.trgLang).toBe('en');
      const segs = segmentsOf(p);
      expect(back.units.map((u) => u.segmentId)).toEqual(segs.map((s) => s.id));
      expect(back.units.map((u) => u.id)).toEqual(segs.map((s) => `s${s.id}`));
      expect(back.units.map((u) => u.source)).toEqual(segs.map((s) => s.source));
      expect(back.units.map((u) => u.target)).toEqual(segs.map((s) => s.target));
      expect(back.units.map((u) => u.state)).toEqual(segs.map((s) => s.state));
      expect(back.units.map((u) => u.note)).toEqual(segs.map((s) => s.note));
      expect(back.units.map((u) => u.separator)).toEqual(segs.map((s) => s.separator));
      // glossary matches are written as notes but are not the segment note
      const xml = new TextDecoder().decode(file!.data);
      expect(xml).toContain('西部科学城 → Western China Science City');
    });
  }

  it('round-trips arbitrary text (property)', async () => {
    // Any text made of XML 1.0 characters (invalid control characters cannot be stored in XML at all).
    const xmlChar = fc.string({ unit: fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", ' ', '\n', '\t', '\r', '中', '。', '&amp;', '&#39;', ']]>'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) });
    await fc.assert(
      fc.asyncProperty(xmlChar, xmlChar, xmlChar, fc.constantFrom(...SEGMENT_STATES), async (source, target, note, state) => {
        const p = buildTestProject();
        const seg = p.documents[0]!.articles[0]!.blocks[0]!.segments[0]!;
        Object.assign(seg, { source, target, note, state, separator: '' });
        for (const id of ['xliff12', 'xliff21']) {
          const [f] = await getExportFormat(id).export(p, {});
          const u = readXliff(f!.data).units[0]!;
          expect({ source: u.source, target: u.target, note: u.note, state: u.state }).toEqual({ source, target, note, state });
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('readXliff', () => {
  it('rejects malformed XML with position details', () => {
    try {
      readXliff('<xliff version="2.1"><file id="f"><unit id="u"></file></xliff>');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExportError);
      expect((e as ExportError).code).toBe('invalid-xliff');
      expect((e as ExportError).details).toMatchObject({ reason: 'not-well-formed' });
      expect(typeof (e as ExportError).details.line).toBe('number');
    }
  });

  it('rejects unknown versions and non-XLIFF roots', () => {
    expect(() => readXliff('<xliff version="3.0"/>')).toThrow(expect.objectContaining({ code: 'invalid-xliff', details: { reason: 'unsupported-version', version: '3.0' } }));
    expect(() => readXliff('<tmx version="1.4"/>')).toThrow(expect.objectContaining({ details: { reason: 'no-xliff-root' } }));
  });

  it('rejects an invalid 2.x state', () => {
    const xml = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="f"><unit id="s1"><segment state="done"><source>a</source></segment></unit></file></xliff>';
    expect(() => readXliff(xml)).toThrow(expect.objectContaining({ code: 'invalid-xliff', details: expect.objectContaining({ reason: 'bad-state' }) }));
  });

  it('reads foreign 2.0 files: inline markup, several segments per unit, leading ignorable', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en-US">
 <file id="f1"><group id="g"><unit id="u7">
  <notes><note category="glossary">x → y</note><note>translator note</note></notes>
  <ignorable><source> </source></ignorable>
  <segment id="1" state="reviewed"><source>你好<pc id="b">世界</pc><ph id="p"/>。</source><target>Hello <pc id="b">world</pc>.</target></segment>
  <ignorable><source>  </source></ignorable>
  <segment id="2"><source>再见。</source></segment>
 </unit></group></file></xliff>`;
    const r = readXliff(xml);
    expect(r).toMatchObject({ version: '2.0', srcLang: 'zh-CN', trgLang: 'en-US' });
    expect(r.units).toEqual([
      { id: 'u7#1', segmentId: null, source: ' 你好世界。', target: 'Hello world.', state: 'reviewed', note: 'translator note', separator: '  ' },
      { id: 'u7#2', segmentId: null, source: '再见。', target: '', state: 'initial', note: 'translator note', separator: '' },
    ]);
  });

  it('reads foreign 1.2 files: approved without state, needs-review states, no target', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="zh" target-language="en" datatype="plaintext"><body>
      <trans-unit id="s12" approved="yes"><source>甲</source><target>A</target></trans-unit>
      <trans-unit id="x"><source>乙</source><target state="needs-review-translation">B</target><note>n1</note><note from="glossary">g</note></trans-unit>
      <trans-unit id="y"><source>丙</source></trans-unit></body></file></xliff>`;
    const r = readXliff(new TextEncoder().encode(xml));
    expect(r.units.map((u) => [u.id, u.segmentId, u.state, u.target, u.note])).toEqual([
      ['s12', 12, 'final', 'A', ''],
      ['x', null, 'translated', 'B', 'n1'],
      ['y', null, 'initial', '', ''],
    ]);
  });
});
