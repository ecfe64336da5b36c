import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { ImportError } from './import-error';

const FILES = resolve(process.cwd(), 'tests/fixtures/import/files');
const read = (f: string): Uint8Array => new Uint8Array(readFileSync(`${FILES}/${f}`));
const simplified = readFileSync(`${FILES}/page-zh.utf8.txt`, 'utf8');
const traditional = readFileSync(`${FILES}/page-zh-trad.utf8.txt`, 'utf8');

describe('decodeText on real files', () => {
  it.each([
    ['page-zh.utf8.txt', 'UTF-8'],
    ['page-zh.utf8-bom.txt', 'UTF-8'],
    ['page-zh.utf16le-bom.txt', 'UTF-16LE'],
    ['page-zh.utf16be-bom.txt', 'UTF-16BE'],
    ['page-zh.utf16le.txt', 'UTF-16LE'],
    ['page-zh.utf16be.txt', 'UTF-16BE'],
    ['page-zh.gb18030.txt', 'GB18030'],
  ])('%s → %s, text intact', (file, enc) => {
    const r = decodeText(read(file));
    expect(r.encoding).toBe(enc);
    expect(r.text).toBe(simplified);
    expect(r.warnings).toEqual([]);
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it('detects Big5 (traditional characters)', () => {
    const r = decodeText(read('page-zh-trad.big5.txt'));
    expect(r.encoding).toBe('Big5');
    expect(r.text).toBe(traditional);
  });

  it('a forced encoding overrides detection', () => {
    const r = decodeText(read('page-zh.gb18030.txt'), 'gbk');
    expect(r.encoding).toBe('GB18030');
    expect(r.text).toBe(simplified);
    expect(() => decodeText(read('page-zh.utf8.txt'), 'no-such-encoding')).toThrow(ImportError);
  });

  it('a few undecodable bytes give a warning naming the line', () => {
    const r = decodeText(read('few-bad-bytes.txt'), 'utf-8');
    expect(r.warnings).toEqual([{ code: 'decode-replaced', line: 2, detail: 'UTF-8' }]);
    expect(r.text.split('\n')[1]).toContain('\ufffd');
  });

  it('many undecodable bytes are a decode-failed error with the first bad line', () => {
    try {
      decodeText(read('many-bad-bytes.txt'), 'utf-8');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).code).toBe('decode-failed');
      expect((e as ImportError).details).toMatchObject({ encoding: 'UTF-8', line: 1 });
    }
  });

  it('detects damaged UTF-8 without a forced encoding (warning, not another encoding)', () => {
    const r = decodeText(read('few-bad-bytes.txt'));
    expect(r.encoding).toBe('UTF-8');
    expect(r.warnings.map((w) => w.line)).toEqual([2]);
  });

  it('refuses to guess a legacy encoding for garbage (no silent mojibake)', () => {
    expect(() => decodeText(read('many-bad-bytes.txt'))).toThrow(expect.objectContaining({ code: 'decode-failed' }));
  });

  it('NUL bytes outside UTF-16 are a binary file', () => {
    expect(() => decodeText(read('binary.txt'))).toThrow(expect.objectContaining({ code: 'binary-file' }));
  });

  it('decodes short GB18030 text through detection', () => {
    const s = '今年以来，全市出台支持夜间经济发展的十条措施，延长公共交通运营时间。\n';
    const r = decodeText(new Uint8Array(iconv.encode(s, 'gb18030')));
    expect(r.text).toBe(s);
    expect(r.encoding).toBe('GB18030');
  });
});
