// `npm test`: type-check, lint (including the core's import rules), unit + contract + parity tests
// (vitest), then the end-to-end suite (Playwright in Chromium against the local HTTP host).
// Ends with one line `N passed, N failed, N skipped` summed over every step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2); // e.g. `npm test -- unit` runs one step

function step(name, cmd, args, env = {}, always = false) {
  if (!always && only.length && !only.includes(name)) return null;
  console.log(`\n=== ${name}: ${[cmd.split('/').pop(), ...args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${name}: exit ${r.status} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r.status ?? 1;
}

function check(name, cmd, args) {
  const status = step(name, cmd, args);
  if (status === null) return;
  if (status === 0) totals.passed++;
  else totals.failed++;
}

check('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('lint', bin('eslint'), ['.', '--max-warnings', '1000']);

const vitestJson = join(out, 'vitest.json');
rmSync(vitestJson, { force: true });
const unit = step('unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
if (unit !== null) {
  if (existsSync(vitestJson)) {
    const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
    totals.passed += v.numPassedTests;
    totals.failed += v.numFailedTests + (v.numFailedTestSuites ?? 0);
    totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  } else totals.failed++;
  if (unit !== 0 && existsSync(vitestJson) && JSON.parse(readFileSync(vitestJson, 'utf8')).numFailedTests === 0) totals.failed++;
}

if (!only.length || only.includes('e2e')) {
  const build = step('build', process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {}, true);
  if (build !== 0) totals.failed++;
  else {
    const e2eJson = join(out, 'e2e.json');
    rmSync(e2eJson, { force: true });
    const e2e = step(
      'e2e',
      bin('playwright'),
      ['test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'],
      { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson },
      true,
    );
    if (existsSync(e2eJson)) {
      const s = JSON.parse(readFileSync(e2eJson, 'utf8')).stats;
      totals.passed += s.expected + (s.flaky ?? 0);
      totals.failed += s.unexpected;
      totals.skipped += s.skipped;
      if (e2e !== 0 && s.unexpected === 0) totals.failed++;
    } else totals.failed++;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
