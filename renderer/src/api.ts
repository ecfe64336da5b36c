import { createClient, pickTransport, type ApiClient } from '../../api/client';

/** The one API client of the renderer: IPC under Electron, the local HTTP host in a browser. */
export const api: ApiClient = createClient(pickTransport());

export { ApiError } from '../../api/api-error';

/** Read a File as base64 for the API. */
export async function fileToBase64(file: Blob): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < buf.length; i += CHUNK) s += String.fromCharCode(...buf.subarray(i, i + CHUNK));
  return btoa(s);
}

/** Offer a base64 file from the API as a download. */
export function downloadBase64(name: string, data: string, mime = 'application/octet-stream'): void {
  const bin = atob(data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
