/** The QA report files of the release package: qa-report.json (data) and qa-report.html (for people). */
import type { QaReport, QaReportFinding, ReleaseBlocker } from './types';
import { esc } from './xml';

export interface QaReportJson extends QaReport {
  project: string;
  blockers: ReleaseBlocker[];
}

export function qaReportJson(project: string, qa: QaReport, forced: boolean, blockers: ReleaseBlocker[]): string {
  const out: QaReportJson = { project, ...qa, forced, blockers };
  return JSON.stringify(out, null, 2) + '\n';
}

/** Per check: open and waived findings, errors and warnings. */
export function countByCheck(findings: QaReportFinding[]): Map<string, { open: number; waived: number; errors: number; warnings: number }> {
  const m = new Map<string, { open: number; waived: number; errors: number; warnings: number }>();
  for (const f of findings) {
    const c = m.get(f.check) ?? { open: 0, waived: 0, errors: 0, warnings: 0 };
    if (f.waiver) c.waived++;
    else c.open++;
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
    m.set(f.check, c);
  }
  return m;
}

const CSS = `
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; margin: 2rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; } h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
.meta { color: #5f6368; }
.forced { margin: 1rem 0; padding: 1rem 1.2rem; background: #b00020; color: #fff; font: 800 2.2rem/1.2 system-ui, sans-serif;
  letter-spacing: .08em; text-align: center; border: 4px solid #5c0010; }
.forced small { display: block; font-size: .9rem; font-weight: 500; letter-spacing: 0; }
.ok { padding: .6rem 1rem; background: #e6f4ea; border: 1px solid #9fd3ae; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; }
th, td { border: 1px solid #d0d0d0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.error { color: #b00020; font-weight: 600; } .warning { color: #8a5a00; }
tr.waived td { background: #fafafa; color: #555; }
[lang|="zh"] { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; }
@media print { @page { size: A4; margin: 15mm; } tr { break-inside: avoid; } }
`;

export function qaReportHtml(project: string, qa: QaReport, forced: boolean, blockers: ReleaseBlocker[]): string {
  const counts = countByCheck(qa.findings);
  const checks = [...new Set([...Object.keys(qa.counts), ...counts.keys()])].sort();
  const out: string[] = [
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`,
    `<title>QA report — ${esc(project)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n`,
    `<h1>QA report: ${esc(project)}</h1>\n<p class="meta">QA generated ${esc(qa.generatedAt)} · ${qa.findings.length} finding(s) · ${blockers.length} release blocker(s)</p>\n`,
  ];
  if (forced) {
    out.push(`<div class="forced" role="alert" id="forced">FORCED RELEASE<small>Exported with --force despite ${blockers.length} blocker(s): unresolved glossary errors or untranslated segments.</small></div>\n`);
  } else {
    out.push('<p class="ok">Release gate passed: no unwaived glossary errors, no untranslated segments.</p>\n');
  }
  out.push('<h2>Counts per check</h2>\n<table>\n<tr><th>Check</th><th>Reported</th><th>Open</th><th>Waived</th><th>Errors</th><th>Warnings</th></tr>\n');
  for (const check of checks) {
    const c = counts.get(check) ?? { open: 0, waived: 0, errors: 0, warnings: 0 };
    out.push(
      `<tr><td>${esc(check)}</td><td class="num">${qa.counts[check] ?? c.open + c.waived}</td><td class="num">${c.open}</td><td class="num">${c.waived}</td><td class="num">${c.errors}</td><td class="num">${c.warnings}</td></tr>\n`,
    );
  }
  out.push('</table>\n');
  out.push('<h2>Findings</h2>\n<table>\n<tr><th>Segment</th><th>Document</th><th>Check</th><th>Severity</th><th>Term</th><th>Source</th><th>Target</th><th>Message</th><th>Status</th></tr>\n');
  for (const f of qa.findings) {
    const status = f.waiver ? `waived by ${esc(f.waiver.by)} at ${esc(f.waiver.at)}: ${esc(f.waiver.reason)}` : 'open';
    out.push(
      `<tr class="${f.waiver ? 'waived' : 'open'}"><td class="num">${f.segmentId}</td><td>${esc(f.document)}</td><td>${esc(f.check)}</td>` +
        `<td class="${f.severity}">${f.severity}</td><td lang="zh-CN">${esc(f.term ?? '')}</td><td lang="zh-CN">${esc(f.source)}</td>` +
        `<td lang="en">${esc(f.target)}</td><td>${esc(f.message)}</td><td>${status}</td></tr>\n`,
    );
  }
  out.push('</table>\n');
  if (blockers.length) {
    out.push('<h2>Release blockers</h2>\n<table>\n<tr><th>Segment</th><th>Reason</th><th>Check</th><th>Term</th></tr>\n');
    for (const b of blockers)
      out.push(`<tr><td class="num">${b.segmentId}</td><td>${esc(b.reason)}</td><td>${esc(b.check ?? '')}</td><td lang="zh-CN">${esc(b.term ?? '')}</td></tr>\n`);
    out.push('</table>\n');
  }
  out.push('</body>\n</html>\n');
  return out.join('');
}
