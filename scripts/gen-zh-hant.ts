/**
 * Generate the Traditional Chinese UI strings from the Simplified ones with OpenCC (s → Taiwan
 * standard with phrases). Run after editing zh-Hans.json: `npx tsx scripts/gen-zh-hant.ts`.
 * A test checks the committed file is what this script produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const dir = new URL('../renderer/src/locales/', import.meta.url);
const convert = OpenCC.Converter({ from: 'cn', to: 'twp' });

/** Convert values only, never keys or {{placeholders}}. */
export function toHant(v: unknown): unknown {
  if (typeof v === 'string') return v.split(/(\{\{[^}]+\}\})/).map((p, i) => (i % 2 ? p : convert(p))).join('');
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toHant(x)]));
  return v;
}

export function generate(): string {
  const src = JSON.parse(readFileSync(new URL('zh-Hans.json', dir), 'utf8')) as unknown;
  return JSON.stringify(toHant(src), null, 2) + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(new URL('zh-Hant.json', dir), generate());
  console.log('wrote renderer/src/locales/zh-Hant.json');
}
