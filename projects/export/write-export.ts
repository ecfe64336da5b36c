/**
 * Writes export files atomically: each file goes to a temporary name in its final directory and is
 * renamed only when every file is written. On cancel or failure the temporaries are removed, so no
 * half-written file is left. One file: `outPath` may be a file path. Several: a directory (created)
 * or, with `zip` or a `.zip` path, one zip archive.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { ExportError, throwIfAborted } from './export-error';
import type { ExportFile } from './types';

export interface WriteExportOptions {
  zip?: boolean;
  signal?: AbortSignal;
}

const tempName = (final: string): string =>
  path.join(path.dirname(final), `.${path.basename(final)}.${randomBytes(4).toString('hex')}.tmp`);

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

function checkName(name: string): void {
  if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name))
    throw new ExportError('invalid-output', { reason: 'bad-file-name', name });
}

/** Writes every (final path, data) pair to temporaries, then renames them all. */
async function commit(targets: { final: string; data: Uint8Array }[], signal?: AbortSignal): Promise<void> {
  const temps: string[] = [];
  const done: string[] = [];
  try {
    for (const t of targets) {
      throwIfAborted(signal);
      const tmp = tempName(t.final);
      temps.push(tmp);
      await writeFile(tmp, t.data, { flag: 'wx' });
    }
    throwIfAborted(signal);
    for (const [i, t] of targets.entries()) {
      await rename(temps[i] as string, t.final);
      done.push(t.final);
    }
  } catch (e) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    if (e instanceof ExportError) throw e;
    throw new ExportError('write-failed', { path: targets[done.length]?.final ?? '', cause: (e as Error).message, written: done });
  }
}

export async function writeExport(files: ExportFile[], outPath: string, opts: WriteExportOptions = {}): Promise<string[]> {
  throwIfAborted(opts.signal);
  if (files.length === 0) throw new ExportError('invalid-output', { reason: 'no-files' });
  for (const f of files) checkName(f.name);
  const names = new Set(files.map((f) => f.name));
  if (names.size !== files.length) throw new ExportError('invalid-output', { reason: 'duplicate-names' });
  const out = path.resolve(outPath);

  if (opts.zip || out.toLowerCase().endsWith('.zip')) {
    const zip = new JSZip();
    const stamp = new Date();
    for (const f of files) zip.file(f.name, f.data, { date: stamp });
    const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    throwIfAborted(opts.signal);
    await mkdir(path.dirname(out), { recursive: true });
    await commit([{ final: out, data }], opts.signal);
    return [out];
  }

  const single = files.length === 1 && !(await isDirectory(out)) && !/[/\\]$/.test(outPath);
  if (single) {
    const f = files[0] as ExportFile;
    await mkdir(path.dirname(out), { recursive: true });
    await commit([{ final: out, data: f.data }], opts.signal);
    return [out];
  }

  const existed = await isDirectory(out);
  await mkdir(out, { recursive: true });
  const targets = files.map((f) => ({ final: path.join(out, f.name), data: f.data }));
  try {
    await commit(targets, opts.signal);
  } catch (e) {
    if (!existed) await rmdir(out).catch(() => undefined);
    throw e;
  }
  return targets.map((t) => t.final);
}
