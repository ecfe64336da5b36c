import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';
import { generate } from '../../scripts/gen-zh-hant';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('UI strings', () => {
  it('exist in all three languages with the same keys', () => {
    expect(keys(zhHans).sort()).toEqual(keys(en).sort());
    expect(keys(zhHant).sort()).toEqual(keys(en).sort());
  });

  it('Traditional Chinese is generated from Simplified with OpenCC', () => {
    expect(readFileSync(join(__dirname, 'locales/zh-Hant.json'), 'utf8')).toBe(generate());
    expect((zhHant as { nav: { glossary: string } }).nav.glossary).toBe('術語庫');
  });

  it('every literal key used in the source exists', () => {
    const all = new Set(keys(en));
    const used = sources(join(__dirname)).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((k) => !all.has(k) && !all.has(`${k}.preferred`))).toEqual([]);
  });
});
