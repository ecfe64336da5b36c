import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportError } from './export-error';
import { getExportFormat, exportFormats } from './registry';
import { generateProject } from './test-project';
import { writeExport } from './write-export';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'duizhao-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, body: string) => ({ name, data: new TextEncoder().encode(body) });

describe('writeExport', () => {
  it('one file to a file path', async () => {
    const out = path.join(dir, 'sub', 'a.txt');
    expect(await writeExport([file('x.txt', 'hello')], out)).toEqual([out]);
    expect(readFileSync(out, 'utf8')).toBe('hello');
    expect(readdirSync(path.dirname(out))).toEqual(['a.txt']);
  });

  it('a new directory is removed again when the export is cancelled', async () => {
    const ac = new AbortController();
    const big = Array.from({ length: 50 }, (_, i) => file(`f${i}.txt`, 'x'.repeat(10_000)));
    const p = writeExport(big, path.join(dir, 'new'), { signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('several files into a created directory, replacing old versions', async () => {
    const out = path.join(dir, 'pkg');
    mkdirSync(out);
    writeFileSync(path.join(out, 'a.txt'), 'old');
    const written = await writeExport([file('a.txt', 'A'), file('b.txt', 'B')], out);
    expect(written).toEqual([path.join(out, 'a.txt'), path.join(out, 'b.txt')]);
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(path.join(out, 'a.txt'), 'utf8')).toBe('A');
  });

  it('a zip archive', async () => {
    const out = path.join(dir, 'pkg.zip');
    await writeExport([file('a.txt', 'A'), file('b.txt', 'Bé')], out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['a.txt', 'b.txt']);
    expect(await zip.file('b.txt')!.async('string')).toBe('Bé');
  });

  it('leaves nothing behind when cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(writeExport([file('a.txt', 'A'), file('b.txt', 'B')], path.join(dir, 'pkg'), { signal: ac.signal })).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves nothing half-written when a write fails', async () => {
    const out = path.join(dir, 'pkg');
    mkdirSync(out);
    writeFileSync(path.join(out, 'a.txt'), 'old A');
    writeFileSync(path.join(out, 'c.txt'), 'old C');
    mkdirSync(path.join(out, 'b.txt', 'x'), { recursive: true }); // a non-empty directory where a file must go: the swap fails
    const err = await writeExport([file('a.txt', 'A'), file('b.txt', 'B'), file('c.txt', 'C')], out).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).code).toBe('write-failed');
    expect((err as ExportError).details.path).toBe(path.join(out, 'b.txt'));
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']); // no temporaries, no backups
    expect(readFileSync(path.join(out, 'a.txt'), 'utf8')).toBe('old A'); // the already swapped file was restored
    expect(readFileSync(path.join(out, 'c.txt'), 'utf8')).toBe('old C');
    expect(readdirSync(path.join(out, 'b.txt'))).toEqual(['x']);
  });

  it('rejects unsafe or duplicate names', async () => {
    await expect(writeExport([file('../evil.txt', 'x')], path.join(dir, 'o'))).rejects.toMatchObject({ code: 'invalid-output', details: { reason: 'bad-file-name' } });
    await expect(writeExport([file('a', '1'), file('a', '2')], path.join(dir, 'o'))).rejects.toMatchObject({ details: { reason: 'duplicate-names' } });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('registry and cancellation', () => {
  it('lists every format once and rejects unknown ids', () => {
    expect(exportFormats.map((f) => f.id)).toEqual(['docx-bilingual', 'html-bilingual', 'docx', 'html', 'md', 'txt', 'parallel', 'tmx', 'xliff12', 'xliff21', 'release']);
    expect(() => getExportFormat('pdf')).toThrow(expect.objectContaining({ code: 'unknown-format', details: expect.objectContaining({ id: 'pdf' }) }));
  });

  it('an export is cancelled mid-way through a long project', async () => {
    const p = generateProject(20_000);
    for (const id of ['xliff21', 'docx-bilingual']) {
      const ac = new AbortController();
      let calls = 0;
      const err = await getExportFormat(id)
        .export(p, { signal: ac.signal, onProgress: () => { if (++calls === 1) ac.abort(); } })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ExportError);
      expect((err as ExportError).code).toBe('cancelled');
    }
  });
});
