/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those named on the command line) and prints
 * their markdown sections. Each bench module exports `default async function (): Promise<string>`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

console.log(`# Duizhao benchmarks\n\nNode ${process.version}, ${new Date().toISOString()}\n`);
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: () => Promise<string> };
  console.log(await mod.default());
  console.log();
}
