/**
 * Writes export files atomically: each file goes to a temporary name in its final directory and is
 * renamed only when every file is written; files they replace are kept aside until the end. On cancel
 * or failure the temporaries are removed and replaced files restored, so no half-written export is left. One file: `outPath` may be a file path. Several: a directory (created)
 * or, with `zip` or a `.zip` path, one zip archive.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
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

/** 'file' for anything that is not a directory, null when nothing is there. */
async function kindOf(p: string): Promise<'dir' | 'file' | null> {
  try {
    return (await lstat(p)).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

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

/**
 * Writes every (final path, data) pair to temporaries, then swaps them in: an existing file is first
 * moved aside to a backup name, so that a failure in the swap phase can put every old file back.
 */
async function commit(targets: { final: string; data: Uint8Array }[], signal?: AbortSignal): Promise<void> {
  const temps: string[] = [];
  const swapped: { final: string; backup: string | null }[] = [];
  let current = '';
  try {
    for (const t of targets) {
      throwIfAborted(signal);
      current = t.final;
      const tmp = tempName(t.final);
      temps.push(tmp);
      await writeFile(tmp, t.data, { flag: 'wx' });
    }
    throwIfAborted(signal);
    for (const [i, t] of targets.entries()) {
      current = t.final;
      let backup: string | null = null;
      const kind = await kindOf(t.final);
      if (kind === 'dir') throw new Error(`EISDIR: a directory is in the way: ${t.final}`); // never replace a directory
      if (kind === 'file') {
        backup = tempName(t.final);
        await rename(t.final, backup);
      }
      swapped.push({ final: t.final, backup });
      await rename(temps[i] as string, t.final);
    }
  } catch (e) {
    // roll back: restore the old files, drop every temporary
    for (const s of swapped.reverse()) {
      await unlink(s.final).catch(() => undefined);
      if (s.backup) await rename(s.backup, s.final).catch(() => undefined);
    }
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    if (e instanceof ExportError) throw e;
    throw new ExportError('write-failed', { path: current, cause: (e as Error).message });
  }
  await Promise.all(swapped.map((s) => (s.backup ? unlink(s.backup).catch(() => undefined) : undefined)));
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
