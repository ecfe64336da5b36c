import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { createCore } from '../../api/create-core';
import { startHttpHost } from '../../api/http-host';

const concept = { domain: 'test', definition: '', note: '', terms: [{ lang: 'zh' as const, text: '测试术语', status: 'preferred' as const, caseSensitive: false, note: '' }, { lang: 'en' as const, text: 'test term', status: 'preferred' as const, caseSensitive: false, note: '' }] };

describe('events', () => {
  it('a glossary change made through one core reaches another core on the same file, and its QA', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-events-'));
    const glossaryPath = join(dir, 'glossary.sqlite');
    const a = createCore({ projectsDir: join(dir, 'a'), glossaryPath, watchMs: 0 });
    const b = createCore({ projectsDir: join(dir, 'b'), glossaryPath, watchMs: 20 });
    try {
      const seen = new Promise<number>((ok) => b.hub.subscribe((name, p) => name === 'glossary.changed' && ok((p as { version: number }).version)));
      const before = await b.dispatch('qa.check', { source: '这是测试术语。', target: 'This is it.' });
      expect(before.ok && (before.result as { matches: unknown[] }).matches).toEqual([]);
      const added = await a.dispatch('glossary.add', { concept });
      expect(added.ok).toBe(true);
      expect(await seen).toBeGreaterThan(0);
      const after = await b.dispatch('qa.check', { source: '这是测试术语。', target: 'This is it.' });
      const r = after.ok ? (after.result as { matches: { zh: string }[]; findings: { check: string }[] }) : null;
      expect(r!.matches.map((m) => m.zh)).toEqual(['测试术语']);
      expect(r!.findings.map((f) => f.check)).toContain('term-missing');
    } finally {
      a.close();
      b.close();
    }
  });

  it('the HTTP host streams events to a logged-in client as server-sent events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-sse-'));
    const core = createCore({ projectsDir: join(dir, 'p'), glossaryPath: join(dir, 'g.sqlite'), watchMs: 0 });
    const host = await startHttpHost({ dispatch: core.dispatch, hub: core.hub });
    try {
      const text = await new Promise<string>((ok, fail) => {
        const req = request({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: { host: `127.0.0.1:${host.port}`, 'x-duizhao-token': host.token } }, (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toBe('text/event-stream');
          let buf = '';
          res.on('data', (c) => {
            buf += c;
            if (buf.includes(': connected')) core.hub.emit('progress', { jobId: 'j1', done: 1, total: 2, phase: 'export' });
            if (buf.includes('"jobId":"j1"')) {
              req.destroy();
              ok(buf);
            }
          });
        });
        req.on('error', fail);
        req.end();
      });
      const data = text.split('\n').find((l) => l.startsWith('data: '))!;
      expect(JSON.parse(data.slice(6))).toEqual({ name: 'progress', payload: { jobId: 'j1', done: 1, total: 2, phase: 'export' } });
    } finally {
      await host.close();
      core.close();
    }
  });
});
