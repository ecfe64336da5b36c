import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type ApiClient } from '../../api/client';
import { httpTransport } from '../../api/client';
import { contract, type Input, type Method, type Output } from '../../api/contract';
import { createCore, type Core } from '../../api/create-core';
import { startHttpHost, type HttpHost } from '../../api/http-host';
import { inProcessTransport } from '../../api/in-process-transport';

export const SHARED = join(process.cwd(), '..', 'shared');

export interface Harness {
  kind: 'in-process' | 'http';
  core: Core;
  host: HttpHost | null;
  client: ApiClient;
  /** Call and validate the result against the contract's output schema. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  close(): Promise<void>;
}

/** A fresh core (temporary projects dir and glossary) behind the given transport. */
export async function makeHarness(kind: 'in-process' | 'http'): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-contract-'));
  const core = createCore({ projectsDir: join(dir, 'projects'), glossaryPath: join(dir, 'glossary.sqlite'), user: 'tester', watchMs: 0, log: () => {} });
  const host = kind === 'http' ? await startHttpHost({ dispatch: core.dispatch, hub: core.hub }) : null;
  const client = createClient(kind === 'http' ? httpTransport(`http://127.0.0.1:${host!.port}`, host!.token) : inProcessTransport(core));
  return {
    kind,
    core,
    host,
    client,
    async call(method, input) {
      const out = await client.call(method, input);
      return contract[method].output.parse(out) as never;
    },
    async close() {
      await host?.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString('base64');
