import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingText } from '../finding-text';
import { api } from '../api';
import type { SegmentQa } from './segment-types';

/** Every finding of the document, filterable by check, with jump-to-segment. */
export function QaView(props: { projectId: string; documentId: number; onJump: (segmentId: number) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<SegmentQa[] | null>(null);
  const [sources, setSources] = useState(new Map<number, { source: string; target: string }>());
  const [check, setCheck] = useState('');
  const [showWaived, setShowWaived] = useState(true);

  useEffect(() => {
    void Promise.all([
      api.call('qa.document', { projectId: props.projectId, documentId: props.documentId }),
      api.call('document.get', { projectId: props.projectId, documentId: props.documentId }),
    ]).then(([q, d]) => {
      setRows(q);
      const m = new Map<number, { source: string; target: string }>();
      for (const a of d.articles) for (const b of a.blocks) for (const s of b.segments) m.set(s.id, { source: s.source, target: s.target });
      setSources(m);
    });
  }, [props.projectId, props.documentId]);

  if (!rows) return <p className="empty">{t('common.loading')}</p>;
  const all = rows.flatMap((r) => r.findings.map((f) => ({ segmentId: r.segmentId, f })));
  const counts = new Map<string, number>();
  for (const x of all) counts.set(x.f.check, (counts.get(x.f.check) ?? 0) + 1);
  const shown = all.filter((x) => (!check || x.f.check === check) && (showWaived || !x.f.waived));

  return (
    <div className="qa" data-testid="qa-view">
      <div className="toolbar">
        <select value={check} onChange={(e) => setCheck(e.target.value)} aria-label={t('qa.filter')}>
          <option value="">{t('qa.allChecks', { count: all.length })}</option>
          {[...counts].map(([c, n]) => (
            <option key={c} value={c}>
              {t(`check.${c}`)} ({n})
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={showWaived} onChange={(e) => setShowWaived(e.target.checked)} /> {t('qa.showWaived')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{t('qa.clean')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('qa.segment')}</th>
              <th>{t('qa.check')}</th>
              <th>{t('qa.message')}</th>
              <th>{t('qa.source')}</th>
              <th>{t('qa.target')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ segmentId, f }, i) => (
              <tr key={i} className={`${f.severity} ${f.waived ? 'waived' : ''}`}>
                <td>
                  <button className="link" onClick={() => props.onJump(segmentId)} data-testid="qa-jump">
                    #{segmentId}
                  </button>
                </td>
                <td>{t(`check.${f.check}`)}</td>
                <td>
                  {findingText(t, f)}
                  {f.waived && <em> — {t('qa.waivedBy', { by: f.waived.by, at: f.waived.at.slice(0, 16).replace('T', ' '), reason: f.waived.reason })}</em>}
                </td>
                <td lang="zh">{sources.get(segmentId)?.source}</td>
                <td lang="en">{sources.get(segmentId)?.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
