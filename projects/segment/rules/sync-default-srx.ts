/**
 * Regenerates ../default-srx.ts from duizhao.srx, so the rules ship inside the bundle without file I/O.
 * Run after editing duizhao.srx: npx tsx projects/segment/rules/sync-default-srx.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

const srx = readFileSync(new URL('./duizhao.srx', import.meta.url), 'utf8');
const ts = `// Generated from rules/duizhao.srx by rules/sync-default-srx.ts. Do not edit by hand.\nexport const DEFAULT_SRX = ${JSON.stringify(srx)};\n`;
writeFileSync(new URL('../default-srx.ts', import.meta.url), ts);
