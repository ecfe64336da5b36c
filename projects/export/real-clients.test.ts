/**
 * Exports checked by real clients: xmllint against the official schemas, translate-toolkit reading
 * TMX and XLIFF 1.2, LibreOffice converting the bilingual DOCX to PDF. Each test is skipped, with
 * the reason printed, when its tool is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getExportFormat } from './registry';
import { buildTestProject, fillTargets } from './test-project';

const shared = path.resolve(process.cwd(), '../shared');
const schemas = path.join(shared, 'schemas');
const XMLLINT = '/usr/bin/xmllint';
const PYTHON = '/usr/bin/python3';
const LIBREOFFICE = '/usr/bin/libreoffice';

function skipReason(tool: string, check: () => boolean): string | null {
  try {
    if (check()) return null;
  } catch {
    /* fall through */
  }
  return `${tool} is not available`;
}
const xmllintMissing = skipReason('xmllint', () => existsSync(XMLLINT) && existsSync(path.join(schemas, 'catalog.xml')));
const ttkMissing = skipReason('translate-toolkit (python3 -c "import translate")', () => spawnSync(PYTHON, ['-c', 'import translate.storage.tmx, translate.storage.xliff']).status === 0);
const loMissing = skipReason('libreoffice', () => existsSync(LIBREOFFICE));
for (const r of [xmllintMissing, ttkMissing, loMissing]) if (r) console.log(`[export real-clients] skipping: ${r}`);

const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The page with a few tricky texts, notes and a glossary note, states varied. */
function project() {
  const p = fillTargets(buildTestProject());
  const segs = p.documents[0]!.articles.flatMap((a) => a.blocks.flatMap((b) => b.segments));
  segs[0]!.note = 'Headline: keep under 80 characters & no <tags>';
  segs[1]!.target = 'Text with <script>alert(1)</script> & "quotes"';
  segs[2]!.state = 'final';
  segs[3]!.state = 'reviewed';
  segs[4]!.target = '';
  segs[4]!.state = 'initial';
  segs[5]!.separator = ' ';
  return { p, segs, termNotes: new Map([[segs[1]!.id, [{ zh: '西部科学城', en: 'Western China Science City' }]]]) };
}

async function write(formatId: string): Promise<string> {
  const { p, termNotes } = project();
  const [f] = await getExportFormat(formatId).export(p, { termNotes, now: new Date('2020-04-15T10:00:00Z') });
  const file = path.join(dir, f!.name);
  writeFileSync(file, f!.data);
  return file;
}

function xmllint(args: string[]): { status: number | null; out: string } {
  const r = spawnSync(XMLLINT, args, { env: { ...process.env, XML_CATALOG_FILES: path.join(schemas, 'catalog.xml') }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(xmllintMissing !== null)('xmllint validation', () => {
  it('XLIFF 1.2 is valid against the strict schema', async () => {
    const file = await write('xliff12');
    const r = xmllint(['--nonet', '--noout', '--schema', path.join(schemas, 'xliff-1.2/xliff-core-1.2-strict.xsd'), file]);
    expect(r.out).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('XLIFF 2.1 is valid against the 2.0 core schema', async () => {
    const file = await write('xliff21');
    const r = xmllint(['--nonet', '--noout', '--schema', path.join(schemas, 'xliff-2.1/xliff_core_2.0.xsd'), file]);
    expect(r.out).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('TMX is valid against the 1.4b DTD', async () => {
    const file = await write('tmx');
    const r = xmllint(['--noout', '--dtdvalid', path.join(schemas, 'tmx-1.4b/tmx14.dtd'), file]);
    expect(r.out).toBe('');
    expect(r.status).toBe(0);
  });

  it('the schema check can fail: a broken 1.2 file is rejected', async () => {
    const file = await write('xliff12');
    const broken = readFileSync(file, 'utf8').replace('state="final"', 'state="done"');
    writeFileSync(file, broken);
    const r = xmllint(['--nonet', '--noout', '--schema', path.join(schemas, 'xliff-1.2/xliff-core-1.2-strict.xsd'), file]);
    expect(r.status).not.toBe(0);
  });
});

describe.skipIf(ttkMissing !== null)('translate-toolkit reads the files', () => {
  const py = (code: string, file: string): { count: number; source: string; target: string } =>
    JSON.parse(execFileSync(PYTHON, ['-c', code, file], { encoding: 'utf8' })) as { count: number; source: string; target: string };

  it('TMX: unit count and first pair', async () => {
    const { segs } = project();
    const translated = segs.filter((s) => s.target.trim() !== '');
    const file = await write('tmx');
    const r = py(
      'import sys, json\nfrom translate.storage import tmx\ns = tmx.tmxfile(open(sys.argv[1], "rb"))\nu = [x for x in s.units]\nprint(json.dumps({"count": len(u), "source": u[0].source, "target": u[0].target}))',
      file,
    );
    expect(r).toEqual({ count: translated.length, source: translated[0]!.source, target: translated[0]!.target });
  });

  it('XLIFF 1.2: unit count, first pair, a note and an escaped target', async () => {
    const { segs } = project();
    const file = await write('xliff12');
    const code = [
      'import sys, json',
      'from translate.storage import xliff',
      's = xliff.xlifffile(open(sys.argv[1], "rb"))',
      'u = [x for x in s.units if not x.isheader()]',
      'print(json.dumps({"count": len(u), "source": u[0].source, "target": u[1].target, "notes": u[0].getnotes()}))',
    ].join('\n');
    const r = py(code, file) as unknown as { count: number; source: string; target: string; notes: string };
    expect(r.count).toBe(segs.length);
    expect(r.source).toBe(segs[0]!.source);
    expect(r.target).toBe(segs[1]!.target);
    expect(r.notes).toContain('Headline: keep under 80 characters & no <tags>');
  });
});

describe.skipIf(loMissing !== null)('LibreOffice', () => {
  it('converts the bilingual DOCX to PDF', async () => {
    const file = await write('docx-bilingual');
    const out = path.join(dir, 'pdf');
    const r = spawnSync(LIBREOFFICE, ['--headless', '--convert-to', 'pdf', '--outdir', out, file], { encoding: 'utf8', timeout: 240_000 });
    expect(r.status).toBe(0);
    const pdf = path.join(out, path.basename(file).replace(/\.docx$/, '.pdf'));
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('/usr/bin/pdftotext', [pdf, '-'], { encoding: 'utf8' });
      // lines wrap inside the table cells: compare without line breaks
      expect(text.replace(/\s+/g, '')).toContain('合安高速重庆段崇龛琼江大桥主跨合龙');
      expect(text.replace(/\s+/g, ' ')).toContain('Main Span of Chongkan Qiongjiang Bridge');
    }
  });
});
