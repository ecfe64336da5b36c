// `npm start`: build what is missing, then launch Electron where its binary exists; otherwise serve
// the workbench from the local HTTP host and print its URL (with the per-launch token).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const index = join(root, 'dist/renderer/index.html');
if (!existsSync(index) || statSync(index).mtimeMs < newest(join(root, 'renderer'))) {
  console.log('Building the workbench UI…');
  run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
}

// Electron 45 fetches its binary on first use: ask in a child process so a failed download is one
// clear line, not a stack trace.
let electronPath = null;
if (process.env.DUIZHAO_NO_ELECTRON !== '1') {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const p = probe.status === 0 ? probe.stdout.trim() : '';
  if (p && existsSync(p)) electronPath = p;
  else {
    const why = (probe.stderr || '').split('\n').find((l) => /Error|failed/i.test(l)) ?? 'not installed';
    console.log(`Electron's binary is not available (${why.trim()}).`);
  }
}

if (electronPath) {
  run(process.execPath, [join(root, 'scripts/build-electron.mjs')]);
  const child = spawn(electronPath, [join(root, 'dist/electron/main.cjs')], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Serving the workbench from the local HTTP host instead: open the URL below in a browser.');
  const child = spawn(process.execPath, [join(root, 'bin/duizhao.mjs'), 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  process.on('SIGINT', () => child.kill('SIGINT'));
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
