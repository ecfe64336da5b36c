import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * End-to-end tests: Chromium against the local HTTP host serving the built renderer.
 * Browser: $CHROMIUM_PATH, else the system Chromium (/usr/bin/chromium, as Debian installs it),
 * else Playwright's own download (`npx playwright install chromium`).
 */
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = candidates.find((p): p is string => !!p && existsSync(p));
if (!executablePath) {
  console.warn(
    'No system Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).\n' +
      "Install one (Debian: apt-get install chromium fonts-noto-cjk) or run 'npx playwright install chromium'.",
  );
}

const port = Number(process.env.DUIZHAO_E2E_PORT ?? 47813);
// evaluated in the runner and again in each worker: the runner's token reaches the workers through the environment
const token = process.env.DUIZHAO_E2E_TOKEN ?? 'e2e-token-' + process.pid + '-' + Date.now();
const data = mkdtempSync(join(tmpdir(), 'duizhao-e2e-'));
process.env.DUIZHAO_E2E_TOKEN = token;
process.env.DUIZHAO_E2E_BASE = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node bin/duizhao.mjs serve --port ${port} --projects ${join(data, 'projects')} --glossary ${join(data, 'glossary.sqlite')}`,
    cwd: join(here, '..', '..'),
    url: `http://127.0.0.1:${port}/?token=${token}`,
    env: { DUIZHAO_TOKEN: token, DUIZHAO_USER: 'e2e-translator' },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
