import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { downloadText, toCsv } from './download';
import { TermCandidates } from './term-candidates';
import type { ToastState } from './toasts';

interface Occurrence {
  segmentId: number;
  documentId: number;
  source: string;
  target: string;
  verdict: 'ok' | 'missing' | 'forbidden' | 'untranslated';
}

/** Editors' terminology review: each term, every occurrence with its rendering and verdict. */
export function TermReview(props: { projectId: string; toasts: ToastState; onJump: (documentId: number | null, segmentId: number) => void }) {
  const { t } = useTranslation();
  const [terms, setTerms] = useState<{ zh: string; preferred: string; occ: Occurrence[] }[] | null>(null);

  useEffect(() => {
    void api.call('qa.project', { projectId: props.projectId }).then((q) => {
      const byTerm = new Map<string, { zh: string; preferred: string; occ: Occurrence[] }>();
      for (const r of q) {
        for (const m of r.matches) {
          const fs = r.findings.filter((f) => f.term === m.zh && !f.waived);
          const verdict: Occurrence['verdict'] = !r.target.trim()
            ? 'untranslated'
            : fs.some((f) => f.check === 'term-forbidden')
              ? 'forbidden'
              : fs.some((f) => f.check === 'term-missing')
                ? 'missing'
                : 'ok';
          const e = byTerm.get(m.zh) ?? { zh: m.zh, preferred: m.preferred[0] ?? '', occ: [] };
          if (!e.occ.some((o) => o.segmentId === r.segmentId)) {
            e.occ.push({ segmentId: r.segmentId, documentId: r.documentId, source: r.source, target: r.target, verdict });
          }
          byTerm.set(m.zh, e);
        }
      }
      setTerms([...byTerm.values()].sort((a, b) => b.occ.length - a.occ.length));
    });
  }, [props.projectId]);

  if (!terms) return <p className="empty">{t('common.loading')}</p>;
  const rows = terms.flatMap((x) => x.occ.map((o) => [x.zh, x.preferred, String(o.segmentId), o.verdict, o.source, o.target]));
  const header = ['zh', 'preferred_en', 'segment', 'verdict', 'source', 'target'];

  return (
    <div className="review" data-testid="term-review">
      <div className="toolbar">
        <span>{t('review.summary', { terms: terms.length, occurrences: rows.length })}</span>
        <span className="spacer" />
        <button onClick={() => downloadText('term-review.csv', toCsv([header, ...rows]), 'text/csv')}>{t('review.csv')}</button>
        <button onClick={() => downloadText('term-review.html', reviewHtml(t('nav.review'), header, rows), 'text/html')}>{t('review.html')}</button>
      </div>
      {terms.length === 0 && <p className="empty">{t('review.none')}</p>}
      {terms.map((x) => {
        const consistent = new Set(x.occ.map((o) => o.verdict)).size <= 1;
        return (
          <section key={x.zh} className="review-term">
            <h3>
              <span lang="zh">{x.zh}</span> → <span lang="en">{x.preferred}</span>{' '}
              <small className={consistent ? 'ok' : 'warn'}>{consistent ? t('review.consistent') : t('review.inconsistent')}</small>
            </h3>
            <table className="list">
              <tbody>
                {x.occ.map((o) => (
                  <tr key={o.segmentId} className={`v-${o.verdict}`}>
                    <td>
                      <button className="link" onClick={() => props.onJump(o.documentId, o.segmentId)}>
                        #{o.segmentId}
                      </button>
                    </td>
                    <td>{t(`review.verdict.${o.verdict}`)}</td>
                    <td lang="zh">{o.source}</td>
                    <td lang="en">{o.target}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <TermCandidates projectId={props.projectId} toasts={props.toasts} onJump={(s) => props.onJump(null, s)} />
    </div>
  );
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function reviewHtml(title: string, header: string[], rows: string[][]): string {
  return `<!doctype html><meta charset="utf-8"><title>${esc(title)}</title><style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:4px;vertical-align:top}</style><table><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
}
