/**
 * The API client used by the renderer (and by the parity tests): the same typed `call` over either
 * transport. The renderer never knows which one it has.
 */
import { ApiError, type Envelope } from './api-error';
import type { EventName, Events, Input, Method, Output } from './contract';

export interface Transport {
  readonly kind: 'ipc' | 'http' | 'in-process';
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribe to every event; returns the unsubscribe function. */
  listen(cb: (name: EventName, payload: unknown) => void): () => void;
}

/** What the Electron preload exposes on `window.duizhao`: nothing else. */
export interface PreloadBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}

export interface ApiClient {
  readonly transport: Transport['kind'];
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  on<E extends EventName>(name: E, cb: (payload: Events[E]) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  const subs = new Map<EventName, Set<(p: unknown) => void>>();
  let unlisten: (() => void) | null = null;
  return {
    transport: transport.kind,
    async call(method, input) {
      const env = await transport.call(method, input);
      if (!env.ok) throw new ApiError(env.error.code, env.error.details, env.error.message);
      return env.result as never;
    },
    on(name, cb) {
      if (!unlisten) {
        unlisten = transport.listen((n, p) => subs.get(n)?.forEach((f) => f(p)));
      }
      const set = subs.get(name) ?? new Set();
      set.add(cb as (p: unknown) => void);
      subs.set(name, set);
      return () => set.delete(cb as (p: unknown) => void);
    },
  };
}

export function ipcTransport(bridge: PreloadBridge): Transport {
  return {
    kind: 'ipc',
    call: (m, i) => bridge.call(m, i),
    listen: (cb) => bridge.on('*', (p) => {
      const e = p as { name: EventName; payload: unknown };
      cb(e.name, e.payload);
    }),
  };
}

/** HTTP transport: same-origin fetch with the session cookie (or an explicit token header). */
export function httpTransport(base = '', token?: string, fetchImpl: typeof fetch = fetch): Transport {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['x-duizhao-token'] = token;
  return {
    kind: 'http',
    async call(method, input) {
      const res = await fetchImpl(`${base}/api/call`, {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: JSON.stringify({ method, input }),
      });
      if (res.status !== 200) {
        return { ok: false, error: { code: `http-${res.status}`, message: await res.text(), details: { status: res.status } } };
      }
      return (await res.json()) as Envelope<unknown>;
    },
    listen(cb) {
      if (typeof EventSource === 'undefined') return () => {};
      const es = new EventSource(`${base}/api/events`);
      es.onmessage = (ev) => {
        const e = JSON.parse(ev.data as string) as { name: EventName; payload: unknown };
        cb(e.name, e.payload);
      };
      return () => es.close();
    },
  };
}

/** Electron's preload bridge when present, the local HTTP host otherwise. */
export function pickTransport(): Transport {
  const bridge = (globalThis as { duizhao?: PreloadBridge }).duizhao;
  return bridge ? ipcTransport(bridge) : httpTransport();
}
