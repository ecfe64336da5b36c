import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../model';
import { ExportError } from './export-error';
import { readXliff } from './read-xliff';
import { getExportFormat } from './registry';
import { releaseBlockers } from './release-blockers';
import { buildTestProject, fillTargets } from './test-project';
import type { QaReport, QaReportFinding } from './types';

const segsOf = (p: ProjectSnapshot) => p.documents.flatMap((d) => d.articles.flatMap((a) => a.blocks.flatMap((b) => b.segments)));

function finding(segmentId: number, check: string, severity: 'error' | 'warning', waived = false): QaReportFinding {
  return {
    segmentId, document: 'newspaper-page-zh.txt', source: '西部科学城', target: 'West <Science> City & co', check, severity,
    term: check.startsWith('term') ? '西部科学城' : null, message: `${check}:expected`,
    ...(waived ? { waiver: { by: 'editor', at: '2020-04-15T09:00:00Z', reason: 'house style <agreed>' } } : {}),
  };
}

function report(findings: QaReportFinding[]): QaReport {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.check] = (counts[f.check] ?? 0) + 1;
  return { generatedAt: '2020-04-15T10:00:00Z', forced: false, counts, findings };
}

describe('releaseBlockers', () => {
  it('blocks on unwaived glossary errors and untranslated segments only', () => {
    const p = fillTargets(buildTestProject());
    const segs = segsOf(p);
    segs[7]!.target = '  ';
    const qa = report([
      finding(segs[1]!.id, 'term-missing', 'error'),
      finding(segs[2]!.id, 'term-forbidden', 'error'),
      finding(segs[3]!.id, 'term-missing', 'error', true), // waived
      finding(segs[4]!.id, 'term-missing', 'warning'), // warning
      finding(segs[5]!.id, 'number-mismatch', 'error'), // not a glossary check
    ]);
    expect(releaseBlockers(p, qa)).toEqual([
      { segmentId: segs[1]!.id, reason: 'glossary-error', check: 'term-missing', term: '西部科学城' },
      { segmentId: segs[2]!.id, reason: 'glossary-error', check: 'term-forbidden', term: '西部科学城' },
      { segmentId: segs[7]!.id, reason: 'untranslated' },
    ]);
  });

  it('lists every untranslated segment of the partly translated page', () => {
    const p = buildTestProject();
    const untranslated = segsOf(p).filter((s) => s.target === '');
    expect(untranslated.length).toBe(97);
    expect(releaseBlockers(p, report([])).map((b) => b.segmentId)).toEqual(untranslated.map((s) => s.id));
  });
});

describe('release package', () => {
  const release = getExportFormat('release');

  it('refuses a blocked release with the blockers as details', async () => {
    const p = buildTestProject();
    const err = await release.export(p, { qa: report([]) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).code).toBe('release-blocked');
    expect((err as ExportError).details.count).toBe(97);
    expect(((err as ExportError).details.blockers as unknown[]).length).toBe(97);
  });

  it('needs a QA report unless forced', async () => {
    const p = fillTargets(buildTestProject());
    await expect(release.export(p, {})).rejects.toMatchObject({ code: 'qa-missing' });
  });

  it('produces every artefact when the gate passes', async () => {
    const p = fillTargets(buildTestProject());
    const segs = segsOf(p);
    const qa = report([finding(segs[3]!.id, 'term-missing', 'error', true), finding(segs[4]!.id, 'number-mismatch', 'warning')]);
    const progress: [number, number][] = [];
    const files = await release.export(p, { qa, baseName: 'cq page/3', onProgress: (d, t) => progress.push([d, t]) });
    expect(files.map((f) => f.name).sort()).toEqual(
      [
        'cq-page-3.bilingual.docx', 'cq-page-3.bilingual.html', 'cq-page-3.en.docx', 'cq-page-3.en.html', 'cq-page-3.en.md',
        'cq-page-3.en.txt', 'cq-page-3.tmx', 'cq-page-3.xliff12.xlf', 'cq-page-3.xliff21.xlf', 'qa-report.html', 'qa-report.json',
      ].sort(),
    );
    const last = progress.at(-1)!;
    expect(last[0]).toBe(last[1]);
    expect(progress.every(([d], i) => i === 0 || d >= progress[i - 1]![0])).toBe(true);
    const byName = new Map(files.map((f) => [f.name, new TextDecoder().decode(f.data)]));
    const json = JSON.parse(byName.get('qa-report.json')!) as QaReport & { blockers: unknown[] };
    expect(json.forced).toBe(false);
    expect(json.findings).toHaveLength(2);
    expect(json.blockers).toEqual([]);
    const html = byName.get('qa-report.html')!;
    expect(html).not.toContain('FORCED');
    expect(html).toContain('house style &lt;agreed&gt;'); // waiver reason, escaped
    expect(html).toContain('West &lt;Science&gt; City &amp; co');
    expect(html).toMatch(/<td>term-missing<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">1<\/td>/);
    // the XLIFF inside the package reads back
    expect(readXliff(byName.get('cq-page-3.xliff21.xlf')!).units).toHaveLength(segs.length);
  });

  it('a forced release carries a visible FORCED banner and its blockers', async () => {
    const p = buildTestProject();
    const qa = report([finding(segsOf(p)[0]!.id, 'term-forbidden', 'error')]);
    const files = await release.export(p, { qa, forced: true });
    const html = new TextDecoder().decode(files.find((f) => f.name === 'qa-report.html')!.data);
    expect(html).toMatch(/<div class="forced"[^>]*>FORCED RELEASE/);
    expect(html).toMatch(/\.forced \{[^}]*font: 800 2\.2rem/);
    const json = JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'qa-report.json')!.data)) as { forced: boolean; blockers: { reason: string }[] };
    expect(json.forced).toBe(true);
    expect(json.blockers.filter((b) => b.reason === 'glossary-error')).toHaveLength(1);
    expect(json.blockers.filter((b) => b.reason === 'untranslated')).toHaveLength(97);
  });
});
