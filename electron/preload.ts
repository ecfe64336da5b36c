/**
 * The preload bridge: exposes exactly `call(method, input)` and `on(event, cb)` on `window.duizhao`.
 * Nothing of Node or Electron reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';

contextBridge.exposeInMainWorld('duizhao', {
  call: (method: string, input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, String(method), input),
  on: (event: string, cb: (payload: unknown) => void) => {
    const handler = (_e: IpcRendererEvent, msg: { name: string; payload: unknown }) => {
      if (event === '*' || msg.name === event) cb(msg);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
});
