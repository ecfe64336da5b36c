import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConceptInput } from '../model';
import { readGlossaryFile, writeGlossaryFile } from './glossary-file';
import { bytes, content, errorOf, fixture } from './test-helpers';

const XMLLINT = '/usr/bin/xmllint';
const schemas = path.resolve(process.cwd(), '../shared/schemas');
const haveXmllint = existsSync(XMLLINT) && existsSync(schemas);
if (!haveXmllint) console.warn(`TBX schema validation skipped: ${XMLLINT} or ${schemas} is missing`);

/** Validate with xmllint; returns null when valid, else its complaint. */
function xmllint(data: Uint8Array, args: string[]): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-tbx-'));
  const file = path.join(dir, 'out.tbx');
  writeFileSync(file, data);
  try {
    execFileSync(XMLLINT, ['--noout', '--nonet', ...args, file], { stdio: 'pipe' });
    return null;
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const validateV2 = (d: Uint8Array): string | null => xmllint(d, ['--schema', path.join(schemas, 'tbx-v2/tbx.xsd')]);
const validateV3 = (d: Uint8Array): string | null => xmllint(d, ['--relaxng', path.join(schemas, 'tbx-v3/TBXcoreStructV03_TBX-Basic_integrated.rng')]);

const tricky: ConceptInput[] = [
  {
    domain: 'science & tech',
    definition: 'Defined with <angle> brackets\nand "quotes"',
    note: "it's\nmulti-line \u0001 with a control char",
    terms: [
      { lang: 'zh', text: '研发&转化', status: 'preferred', caseSensitive: false, note: '' },
      { lang: 'zh', text: '研发转化', status: 'admitted', caseSensitive: false, note: 'short' },
      { lang: 'en', text: 'R&D <commercialization>', status: 'preferred', caseSensitive: false, note: 'term note' },
      { lang: 'en', text: 'R and D', status: 'forbidden', caseSensitive: false, note: '' },
    ],
  },
  { domain: '', definition: '', note: '', terms: [{ lang: 'zh', text: '只有中文', status: 'preferred', caseSensitive: false, note: '' }] },
];

describe('TBX reading', () => {
  it('reads the hand-written OmegaT-shaped TBX', async () => {
    const cs = await readGlossaryFile(fixture('omegat-handwritten.tbx'), 'omegat-handwritten.tbx');
    expect(content(cs)).toEqual([
      {
        domain: 'geography',
        definition: 'State-level new area in Chongqing.',
        note: '',
        terms: [
          { lang: 'zh', text: '两江新区', status: 'preferred', caseSensitive: false, note: '' },
          { lang: 'en', text: 'Liangjiang New Area', status: 'preferred', caseSensitive: false, note: 'Official name since 2010.' },
          { lang: 'en', text: 'Two Rivers New District', status: 'forbidden', caseSensitive: false, note: '' },
        ],
      },
      {
        domain: '',
        definition: '',
        note: '川 = Sichuan; 渝 = Chongqing.',
        terms: [
          { lang: 'zh', text: '川渝', status: 'preferred', caseSensitive: false, note: '' },
          { lang: 'en', text: 'Sichuan and Chongqing', status: 'preferred', caseSensitive: false, note: '' },
          { lang: 'en', text: 'Sichuan-Chongqing', status: 'admitted', caseSensitive: false, note: '' },
        ],
      },
      {
        domain: 'organization',
        definition: '',
        note: '',
        terms: [
          { lang: 'zh', text: '中国科学院', status: 'preferred', caseSensitive: false, note: '' },
          { lang: 'en', text: 'Chinese Academy of Sciences', status: 'preferred', caseSensitive: false, note: '' },
          { lang: 'en', text: 'CAS', status: 'admitted', caseSensitive: true, note: '' },
          { lang: 'en', text: 'China Science Academy', status: 'forbidden', caseSensitive: false, note: '' },
        ],
      },
      {
        domain: '',
        definition: '',
        note: '',
        terms: [
          { lang: 'zh', text: '研发&转化', status: 'preferred', caseSensitive: false, note: '' },
          { lang: 'en', text: 'R&D and commercialization', status: 'preferred', caseSensitive: false, note: '' },
        ],
      },
    ]);
  });

  it('reads TBX v3 in DCT style too', async () => {
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body><conceptEntry id="a">
    <basic:subjectField>policy</basic:subjectField>
    <langSec xml:lang="zh-Hans"><termSec><term>框架协议</term></termSec></langSec>
    <langSec xml:lang="en-GB"><termSec><term>framework agreement</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
      <termSec><term>frame agreement</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
  </conceptEntry></body></text></tbx>`;
    const cs = await readGlossaryFile(bytes(xml), 'x.tbx');
    expect(cs[0]!.domain).toBe('policy');
    expect(cs[0]!.terms.map((t) => `${t.lang}:${t.status}:${t.text}`)).toEqual(['zh:preferred:框架协议', 'en:preferred:framework agreement', 'en:forbidden:frame agreement']);
  });

  it('reports malformed XML with line and column', async () => {
    const e = await errorOf(readGlossaryFile(bytes('<?xml version="1.0"?>\n<martif>\n  <text><body>\n</martif>\n'), 'x.tbx'));
    expect(e.code).toBe('invalid-xml');
    expect(e.details.line).toBe(4);
    expect(typeof e.details.column).toBe('number');
  });

  it('never resolves external entities', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY ext SYSTEM "file:///etc/passwd">]><martif type="TBX" xml:lang="en"><text><body><termEntry><langSet xml:lang="zh"><tig><term>川渝&ext;</term></tig></langSet></termEntry></body></text></martif>';
    expect((await errorOf(readGlossaryFile(bytes(xxe), 'x.tbx'))).code).toBe('invalid-xml');
  });

  it('rejects XML that is not TBX and unknown statuses', async () => {
    expect((await errorOf(readGlossaryFile(bytes('<tmx><body/></tmx>'), 'x.tbx'))).details).toMatchObject({ reason: 'root', root: 'tmx' });
    const bad = '<martif type="TBX" xml:lang="en"><text><body><termEntry><langSet xml:lang="zh"><tig><term>川渝</term><termNote type="administrativeStatus">maybeTerm</termNote></tig></langSet></termEntry></body></text></martif>';
    expect((await errorOf(readGlossaryFile(bytes(bad), 'x.tbx'))).details).toMatchObject({ reason: 'unknown-status', entry: 1 });
  });
});

describe('TBX writing', () => {
  for (const [id, validate] of [
    ['tbx-v2', validateV2],
    ['tbx-v3', validateV3],
  ] as const) {
    it(`${id}: escapes special characters, validates against the schema and reads back`, async () => {
      const out = await writeGlossaryFile(tricky, id);
      const text = new TextDecoder().decode(out);
      expect(text).not.toContain('\u0001');
      expect(text).toContain('R&amp;D &lt;commercialization&gt;');
      if (haveXmllint) expect(validate(out)).toBeNull();
      const back = await readGlossaryFile(out, 'x.tbx');
      const expected = content(tricky);
      (expected[0] as { note: string }).note = "it's\nmulti-line  with a control char";
      expect(content(back)).toEqual(expected);
    });

    it(`${id}: the schema check can fail (a broken file is rejected)`, async () => {
      if (!haveXmllint) return;
      const out = new TextDecoder().decode(await writeGlossaryFile(tricky, id)).replace('<term>', '<terms>').replace('</term>', '</terms>');
      expect(validate(bytes(out))).not.toBeNull();
    });
  }

  it('refuses to write an empty TBX (the schemas need one entry)', async () => {
    expect((await errorOf(writeGlossaryFile([], 'tbx-v3'))).code).toBe('empty-glossary');
  });

  it('the hand-written OmegaT-shaped fixture is valid TBX 2008', () => {
    if (haveXmllint) expect(validateV2(fixture('omegat-handwritten.tbx'))).toBeNull();
  });
});
