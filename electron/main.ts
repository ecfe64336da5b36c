/**
 * Electron main process: builds the same core and dispatcher as the HTTP host and serves them to
 * one sandboxed, context-isolated window over a single IPC channel.
 */
import { app, BrowserWindow, ipcMain, session, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore, type Core } from '../api/create-core';
import { CSP } from '../api/http-host';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
let core: Core | null = null;
const windows = new Set<BrowserWindow>();

/** Only our own renderer page may call the core. */
function trustedSender(e: IpcMainInvokeEvent): boolean {
  const url = e.senderFrame?.url ?? '';
  return url.split('#')[0] === rendererUrl && windows.has(BrowserWindow.fromWebContents(e.sender)!);
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Duizhao 对照',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    },
  });
  windows.add(win);
  win.on('closed', () => windows.delete(win));
  // No navigation away from the workbench, no new windows, no external links.
  win.webContents.on('will-navigate', (e, url) => {
    if (url.split('#')[0] !== rendererUrl) e.preventDefault();
  });
  win.webContents.on('will-redirect', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  void win.loadFile(rendererIndex);
}

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  session.defaultSession.webRequest.onHeadersReceived((details, cb) =>
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } }),
  );
  core = createCore({});
  core.hub.subscribe((name, payload) => {
    for (const w of windows) w.webContents.send(EVENT_CHANNEL, { name, payload });
  });
  ipcMain.handle(CALL_CHANNEL, (e, method: unknown, input: unknown) => {
    if (!trustedSender(e)) return { ok: false, error: { code: 'forbidden-sender', message: 'forbidden sender', details: {} } };
    return core!.dispatch(typeof method === 'string' ? method : '', input);
  });
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('window-all-closed', () => {
  core?.close();
  core = null;
  if (process.platform !== 'darwin') app.quit();
});
