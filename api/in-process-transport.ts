import type { Transport } from './client';
import type { Core } from './create-core';

/** Calls the dispatcher directly (CLI scripting, tests): the same envelopes as IPC and HTTP. */
export function inProcessTransport(core: Core): Transport {
  return {
    kind: 'in-process',
    // a JSON round trip, as the real transports do, so no live object leaks through
    call: async (m, i) => JSON.parse(JSON.stringify(await core.dispatch(m, JSON.parse(JSON.stringify(i ?? {}))))),
    listen: (cb) => core.hub.subscribe((name, payload) => cb(name, payload)),
  };
}
