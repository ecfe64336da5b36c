import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getExportFormat } from './registry';
import { buildTestProject } from './test-project';
import { tmxDate } from './tmx';

describe('TMX 1.4b', () => {
  it('tmxDate formats UTC as YYYYMMDDThhmmssZ', () => {
    expect(tmxDate('2020-04-14T08:05:09.123Z')).toBe('20200414T080509Z');
    expect(tmxDate('2020-04-14T10:05:09+02:00')).toBe('20200414T080509Z');
    expect(tmxDate('not a date')).toBeNull();
  });

  it('writes the header and one <tu> per translated segment', async () => {
    const p = buildTestProject();
    const segs = p.documents[0]!.articles.flatMap((a) => a.blocks.flatMap((b) => b.segments));
    segs[0]!.updatedAt = '2021-01-02T03:04:05.000Z';
    segs[0]!.target = 'A & B <c>';
    const [f] = await getExportFormat('tmx').export(p, { now: new Date('2020-05-01T00:00:00Z') });
    const xml = new TextDecoder().decode(f!.data);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'tu' || n === 'tuv' }).parse(xml) as {
      tmx: { version: string; header: Record<string, string>; body: { tu: { tuid: string; creationdate: string; changedate: string; tuv: { 'xml:lang': string; seg: string }[] }[] } };
    };
    expect(doc.tmx.version).toBe('1.4');
    expect(doc.tmx.header).toMatchObject({
      creationtool: 'Duizhao', datatype: 'plaintext', segtype: 'sentence', adminlang: 'en', srclang: 'zh-CN', creationdate: '20200501T000000Z',
    });
    expect(doc.tmx.header['o-tmf']).toBeTruthy();
    expect(doc.tmx.header.creationtoolversion).toMatch(/^\d+\.\d+/);
    const translated = segs.filter((s) => s.target.trim() !== '');
    expect(translated.length).toBe(11);
    expect(doc.tmx.body.tu.map((t) => Number(t.tuid))).toEqual(translated.map((s) => s.id));
    const first = doc.tmx.body.tu[0]!;
    expect(first).toMatchObject({ creationdate: '20200414T080000Z', changedate: '20210102T030405Z' });
    expect(first.tuv.map((t) => t['xml:lang'])).toEqual(['zh-CN', 'en']);
    expect(first.tuv[1]!.seg).toBe('A & B <c>');
    expect(xml).toContain('<seg>A &amp; B &lt;c&gt;</seg>');
    expect(xml).not.toContain('<c>');
  });
});
