import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingText } from '../finding-text';
import { api } from '../api';

type Row = Awaited<ReturnType<typeof api.call<'qa.project'>>>[number];

/** Every finding of the project, filterable by check and document, with jump-to-segment. */
export function QaView(props: { projectId: string; onJump: (documentId: number, segmentId: number) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [check, setCheck] = useState('');
  const [doc, setDoc] = useState('');
  const [showWaived, setShowWaived] = useState(true);

  useEffect(() => {
    void api.call('qa.project', { projectId: props.projectId }).then(setRows);
  }, [props.projectId]);

  if (!rows) return <p className="empty">{t('common.loading')}</p>;
  const all = rows.flatMap((r) => r.findings.map((f) => ({ r, f })));
  const counts = new Map<string, number>();
  for (const x of all) counts.set(x.f.check, (counts.get(x.f.check) ?? 0) + 1);
  const docs = [...new Map(rows.map((r) => [r.documentId, r.document])).entries()];
  const shown = all.filter((x) => (!check || x.f.check === check) && (!doc || String(x.r.documentId) === doc) && (showWaived || !x.f.waived));

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
        {docs.length > 1 && (
          <select value={doc} onChange={(e) => setDoc(e.target.value)} aria-label={t('doc.document')}>
            <option value="">{t('qa.allDocuments')}</option>
            {docs.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        )}
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
            {shown.map(({ r, f }, i) => (
              <tr key={i} className={`${f.severity} ${f.waived ? 'waived' : ''}`}>
                <td>
                  <button className="link" onClick={() => props.onJump(r.documentId, r.segmentId)} data-testid="qa-jump">
                    #{r.segmentId}
                  </button>
                  {docs.length > 1 && <small> {r.document}</small>}
                </td>
                <td>{t(`check.${f.check}`)}</td>
                <td>
                  {findingText(t, f)}
                  {f.waived && <em> — {t('qa.waivedBy', { by: f.waived.by, at: f.waived.at.slice(0, 16).replace('T', ' '), reason: f.waived.reason })}</em>}
                </td>
                <td lang="zh">{r.source}</td>
                <td lang="en">{r.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
