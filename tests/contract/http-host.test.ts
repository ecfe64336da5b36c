import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { createCore, type Core } from '../../api/create-core';
import { startHttpHost, type HttpHost } from '../../api/http-host';

/** Raw HTTP (fetch forbids setting Host/Origin), so the security checks can be exercised. */
function raw(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(opts.body);
  });
}

describe('local HTTP host security', () => {
  let core: Core;
  let host: HttpHost;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-http-'));
    mkdirSync(join(dir, 'static'));
    writeFileSync(join(dir, 'static/index.html'), '<!doctype html><p>workbench</p>');
    core = createCore({ projectsDir: join(dir, 'p'), glossaryPath: join(dir, 'g.sqlite'), watchMs: 0 });
    host = await startHttpHost({ dispatch: core.dispatch, hub: core.hub, staticDir: join(dir, 'static') });
  });
  afterAll(async () => {
    await host.close();
    core.close();
  });
  const call = JSON.stringify({ method: 'app.info', input: {} });

  it('binds to 127.0.0.1 only', () => {
    expect((host.server.address() as { address: string }).address).toBe('127.0.0.1');
  });
  it('requires the token on every request', async () => {
    expect((await raw(host.port, '/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: call })).status).toBe(401);
    expect((await raw(host.port, '/')).status).toBe(401);
    expect((await raw(host.port, '/api/call', { method: 'POST', headers: { 'content-type': 'application/json', 'x-duizhao-token': 'nope' }, body: call })).status).toBe(401);
    const ok = await raw(host.port, '/api/call', { method: 'POST', headers: { 'content-type': 'application/json', 'x-duizhao-token': host.token }, body: call });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).ok).toBe(true);
  });
  it('logs a browser in with the printed URL through an HttpOnly cookie', async () => {
    const login = await raw(host.port, `/?token=${host.token}`);
    expect(login.status).toBe(303);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await raw(host.port, '/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('workbench');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect((await raw(host.port, `/?token=wrong`)).status).toBe(401);
  });
  it('refuses foreign Host and Origin headers (DNS rebinding, cross-site calls)', async () => {
    const h = { 'content-type': 'application/json', 'x-duizhao-token': host.token };
    expect((await raw(host.port, '/api/call', { method: 'POST', headers: { ...h, host: 'evil.example:80' }, body: call })).status).toBe(403);
    expect((await raw(host.port, '/api/call', { method: 'POST', headers: { ...h, origin: 'http://evil.example' }, body: call })).status).toBe(403);
    expect((await raw(host.port, '/api/call', { method: 'POST', headers: { ...h, origin: `http://127.0.0.1:${host.port}` }, body: call })).status).toBe(200);
  });
  it('keeps paths inside the renderer folder and rejects non-JSON calls', async () => {
    const h = { 'x-duizhao-token': host.token };
    const r = await raw(host.port, '/../../etc/passwd', { headers: h });
    expect(r.body).not.toContain('root:');
    expect((await raw(host.port, '/api/call', { method: 'POST', headers: { ...h, 'content-type': 'text/plain' }, body: call })).status).toBe(415);
    const bad = await raw(host.port, '/api/call', { method: 'POST', headers: { ...h, 'content-type': 'application/json' }, body: '{' });
    expect(bad.status).toBe(400);
  });
});
