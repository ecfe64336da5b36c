import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossaryFile, writeGlossaryFile } from './glossary-file';
import { bytes, errorOf, fixture, sharedCsvPath } from './test-helpers';

describe('CSV', () => {
  it('reads the shared glossary: quoting, lists, notes with semicolons', async () => {
    const cs = await readGlossaryFile(readFileSync(sharedCsvPath), 'glossary-chengyu.csv');
    const lines = readFileSync(sharedCsvPath, 'utf8').trim().split('\n');
    expect(cs).toHaveLength(lines.length - 1); // no multi-line cells in that file
    const park = cs.find((c) => c.terms[0]!.text === '一城多园')!;
    expect(park.terms.map((t) => [t.lang, t.status, t.text])).toEqual([
      ['zh', 'preferred', '一城多园'],
      ['en', 'preferred', 'one city, multiple parks'],
      ['en', 'admitted', 'one-city, multi-park'],
      ['en', 'forbidden', 'one city many gardens'],
    ]);
    expect(park.note).toBe('Model for 西部科学城: the "city" is the science city, the "parks" are the science parks of both places.');
    expect(park.domain).toBe('science');
    const cy = cs.find((c) => c.terms[0]!.text === '川渝')!;
    expect(cy.note).toBe('川 = Sichuan; 渝 = Chongqing.'); // notes are never split
  });

  it('handles BOM, CRLF, blank lines, aliases, extra columns and both list separators', async () => {
    const text = '\uFEFF\r\nSource,Target,Admitted,Forbidden,Comment,Extra\r\n高新区,high-tech zone,hi-tech zone| high tech zone ;HTZ,high technology area,,x\r\n\r\n';
    const [c, ...rest] = await readGlossaryFile(bytes(text), 'g.csv');
    expect(rest).toEqual([]);
    expect(c!.terms.map((t) => `${t.status}:${t.text}:${t.caseSensitive}`)).toEqual([
      'preferred:高新区:false',
      'preferred:high-tech zone:false',
      'admitted:hi-tech zone:false',
      'admitted:high tech zone:false',
      'admitted:HTZ:true',
      'forbidden:high technology area:false',
    ]);
  });

  it('names the missing column and the header line', async () => {
    const e = await errorOf(readGlossaryFile(bytes('\n\nzh,english_name,note\n两江新区,Liangjiang New Area,\n'), 'g.csv'));
    expect(e.code).toBe('missing-column');
    expect(e.details).toMatchObject({ column: 'en', line: 3 });
  });

  it('reports the line of a bad row after a multi-line cell', async () => {
    const e = await errorOf(readGlossaryFile(fixture('bad-row-middle.csv'), 'bad-row-middle.csv'));
    expect(e.code).toBe('bad-row');
    expect(e.details).toMatchObject({ line: 5, column: 'en' });
  });

  it('reports an unterminated quote as a bad row', async () => {
    const e = await errorOf(readGlossaryFile(bytes('zh,en\n川渝,"Sichuan\n'), 'g.csv'));
    expect(e.code).toBe('bad-row');
  });

  it('decodes a GB18030 file saved by Excel on Chinese Windows', async () => {
    const gbk = iconv.encode('zh,en,note\n两江新区,Liangjiang New Area,重庆的国家级新区\n天府新区,Tianfu New Area,成都的国家级新区\n', 'gb18030');
    const cs = await readGlossaryFile(new Uint8Array(gbk), 'g.csv');
    expect(cs.map((c) => c.terms[0]!.text)).toEqual(['两江新区', '天府新区']);
    expect(cs[1]!.note).toBe('成都的国家级新区');
  });

  it('writes a BOM and the shared header, quoting commas and quotes', async () => {
    const cs = await readGlossaryFile(readFileSync(sharedCsvPath), 'g.csv');
    const out = await writeGlossaryFile(cs, 'csv');
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(out.subarray(3));
    expect(text.split('\n')[0]).toBe('zh,en,admitted_en,forbidden_en,note,domain');
    expect(text).toContain('一城多园,"one city, multiple parks","one-city, multi-park",one city many gardens,"Model for 西部科学城: the ""city""');
  });

  it('writes definition and admitted_zh columns only when needed', async () => {
    const out = await writeGlossaryFile(
      [
        {
          domain: '',
          definition: 'A zone for high-tech industry',
          note: '',
          terms: [
            { lang: 'zh', text: '高新区', status: 'preferred', caseSensitive: false, note: '' },
            { lang: 'zh', text: '高新技术产业开发区', status: 'admitted', caseSensitive: false, note: '' },
            { lang: 'en', text: 'high-tech zone', status: 'preferred', caseSensitive: false, note: '' },
          ],
        },
      ],
      'csv',
    );
    const back = await readGlossaryFile(out, 'x.csv');
    expect(back[0]!.definition).toBe('A zone for high-tech industry');
    expect(back[0]!.terms.map((t) => t.text)).toEqual(['高新区', '高新技术产业开发区', 'high-tech zone']);
  });
});

describe('TSV and tab text sniffing', () => {
  it('reads a .txt with a zh/en header as TSV and without one as OmegaT', async () => {
    const withHeader = await readGlossaryFile(bytes('zh\ten\tadmitted_en\n川渝\tSichuan and Chongqing\tSichuan-Chongqing\n'), 'g.txt');
    expect(withHeader[0]!.terms).toHaveLength(3);
    const omegat = await readGlossaryFile(bytes('川渝\tSichuan and Chongqing\tadmitted: Sichuan-Chongqing\n'), 'g.txt');
    expect(omegat[0]!.terms).toHaveLength(2);
    expect(omegat[0]!.note).toBe('admitted: Sichuan-Chongqing');
  });

  it('does not treat quotes as special in TSV', async () => {
    const cs = await readGlossaryFile(bytes('zh\ten\tnote\n一城多园\t"one city, multiple parks\tsee "model"\n'), 'g.tsv');
    expect(cs[0]!.terms[1]!.text).toBe('"one city, multiple parks');
    expect(cs[0]!.note).toBe('see "model"');
  });
});

describe('XLSX', () => {
  it('reads the first sheet with the CSV header, skipping blank rows before it', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Terms');
    ws.addRow([]);
    ws.addRow(['zh', 'en', 'forbidden_en', 'domain']);
    ws.addRow(['西部科学城', 'Western China Science City', 'West Science Town', 'science']);
    ws.addRow(['5G网络', '5G network', null, 2020]);
    wb.addWorksheet('Other').addRow(['zh', 'en']);
    const buf = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const cs = await readGlossaryFile(buf, 'terms.xlsx');
    expect(cs.map((c) => c.terms.map((t) => t.text))).toEqual([
      ['西部科学城', 'Western China Science City', 'West Science Town'],
      ['5G网络', '5G network'],
    ]);
    expect(cs[1]!.domain).toBe('2020');
  });

  it('reports the sheet row of a bad row', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Terms');
    ws.addRow(['zh', 'en']);
    ws.addRow(['川渝', 'Sichuan and Chongqing']);
    ws.addRow([null, 'orphan English']);
    const e = await errorOf(readGlossaryFile(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 't.xlsx'));
    expect(e.details).toMatchObject({ line: 3, column: 'zh' });
  });

  it('rejects bytes that are not a workbook', async () => {
    expect((await errorOf(readGlossaryFile(bytes('zh,en\n'), 'fake.xlsx'))).code).toBe('invalid-xlsx');
  });
});
