import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreStructure } from '../projects/import/structure-score';
import type { StructureJson } from '../projects/model';

const SHARED = join(process.cwd(), '..', 'shared');
const PAGE = join(SHARED, 'fixtures/newspaper-page-zh.txt');
const GLOSSARY = join(SHARED, 'fixtures/glossary-chengyu.csv');
const BRIDGE = join(SHARED, 'fixtures/reference-bridge.jsonl');

function duizhao(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['bin/duizhao.mjs', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('duizhao CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
  const env = { DUIZHAO_HOME: dir };

  it('prints the rebuilt page in the shared schema, scored by the shared evaluator', () => {
    const r = duizhao(['import', PAGE, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as StructureJson;
    expect(out.articles.length).toBeGreaterThanOrEqual(4);
    const score = scoreStructure(join(SHARED, 'fixtures/newspaper-page-zh.expected.json'), out as StructureJson);
    expect(score.char_coverage).toBe(1);
    expect(score.title_accuracy).toBe(1);
    expect(score.paragraph_f1).toBeGreaterThanOrEqual(0.95);
    expect(score.heading_f1).toBeGreaterThanOrEqual(0.9);
    expect(score.assignment_accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('prints segments with article and block ids', () => {
    const r = duizhao(['segment', PAGE, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { segments: { id: string; article: number; source: string }[] };
    expect(out.segments.length).toBeGreaterThan(100);
    expect(out.segments[0]!.id).toMatch(/^a1\.b1\.s1$/);
  });

  it('imports into a project, imports the glossary and exports', () => {
    const project = join(dir, 'cq.duizhao');
    const g = join(dir, 'g.sqlite');
    expect(duizhao(['glossary', 'import', GLOSSARY, '--glossary', g], env).stdout).toMatch(/\d+ added/);
    const imp = duizhao(['import', PAGE, '--project', project], env);
    expect(imp.code, imp.stderr).toBe(0);
    expect(existsSync(project)).toBe(true);
    const out = join(dir, 'out');
    const ex = duizhao(['export', project, '--format', 'parallel', '--out', out, '--glossary', g], env);
    expect(ex.code, ex.stderr).toBe(0);
    const files = ex.stdout.trim().split('\n');
    expect(files.some((f) => f.endsWith('.zh.txt'))).toBe(true);
    const zh = readFileSync(files.find((f) => f.endsWith('.zh.txt'))!, 'utf8');
    expect(zh).toContain('西部科学城');
    const rel = duizhao(['export', project, '--format', 'release', '--out', join(dir, 'rel'), '--glossary', g], env);
    expect(rel.code).toBe(2);
    expect(rel.stderr).toMatch(/release refused/);
    expect(existsSync(join(dir, 'rel'))).toBe(false);
  });

  it('qa: the reference translation of the bridge article comes out clean', () => {
    const r = duizhao(['qa', '--glossary', GLOSSARY, '--bitext', BRIDGE, '--json']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: { check: string; severity: string }[] });
    expect(lines.length).toBe(readFileSync(BRIDGE, 'utf8').trim().split('\n').length);
    expect(lines.flatMap((l) => l.findings.filter((f) => f.severity === 'error'))).toEqual([]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('qa: a faulty copy exits 1 with the finding, in the documented shape', () => {
    const rows = readFileSync(BRIDGE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; zh: string; en: string });
    rows[0]!.en = rows[0]!.en.replace('Chongkan Qiongjiang Bridge', 'Chongkan Bridge');
    rows[1]!.en = '';
    const f = join(dir, 'faulty.jsonl');
    writeFileSync(f, rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const r = duizhao(['qa', '--glossary', GLOSSARY, '--bitext', f, '--json']);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: Record<string, unknown>[] });
    const first = out[0]!.findings.find((x) => x.check === 'term-missing')!;
    expect(first).toMatchObject({ term: '崇龛琼江大桥', severity: 'error' });
    expect(Object.keys(first).sort()).toEqual(['check', 'message', 'severity', 'source_range', 'target_range', 'term']);
    expect(out[1]!.findings.some((x) => x.check === 'untranslated')).toBe(true);
  });

  it('bad input: exit 2, one clear line, no stack trace', () => {
    const missing = duizhao(['import', join(dir, 'nope.txt'), '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(join(dir, 'empty.txt'), '');
    const empty = duizhao(['import', join(dir, 'empty.txt'), '--json']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty/);
    const fmt = duizhao(['export', join(dir, 'cq.duizhao'), '--format', 'pdf', '--out', join(dir, 'x')], env);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toMatch(/unknown export format/);
    const bad = duizhao(['qa', '--glossary', GLOSSARY, '--bitext', PAGE]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/line 1 is not JSON/);
  });
});
