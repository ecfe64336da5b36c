import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, downloadBase64 } from '../api';
import { JobProgress, newJobId } from './progress-bar';
import type { ToastState } from './toasts';

interface Blocker {
  segmentId: number;
  reason: string;
  check?: string;
  term?: string | null;
}

/** Export dialog: one format or the whole release; a refused release lists what blocks it. */
export function ExportView(props: { projectId: string; toasts: ToastState; onJump: (documentId: number | null, segmentId: number) => void }) {
  const { t } = useTranslation();
  const [formats, setFormats] = useState<string[]>([]);
  const [glossaryFormats, setGlossaryFormats] = useState<string[]>([]);
  const [format, setFormat] = useState('release');
  const [script, setScript] = useState<'simplified' | 'tw' | 'hk'>('simplified');
  const [job, setJob] = useState<string | null>(null);
  const [blockers, setBlockers] = useState<Blocker[]>([]);
  const [docOf, setDocOf] = useState(new Map<number, number>());

  useEffect(() => {
    api.call('app.info', {}).then((i) => {
      setFormats(i.exportFormats);
      setGlossaryFormats(i.glossaryFormats);
    }, props.toasts.error);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const run = async () => {
    const jobId = newJobId();
    setJob(jobId);
    setBlockers([]);
    try {
      const r = await api.call('export.run', { projectId: props.projectId, format, script, jobId });
      if (r.zip) downloadBase64(r.zip.name, r.zip.data, 'application/zip');
      else for (const f of r.files) downloadBase64(f.name, f.data);
      props.toasts.info(t('export.done', { count: r.files.length }));
    } catch (e) {
      const err = e as { code?: string; details?: { blockers?: Blocker[] } };
      if (err.code === 'release-blocked' && err.details?.blockers) {
        setBlockers(err.details.blockers);
        const docs = await api.call('document.list', { projectId: props.projectId });
        const m = new Map<number, number>();
        for (const d of docs) {
          const full = await api.call('document.get', { projectId: props.projectId, documentId: d.id });
          for (const a of full.articles) for (const b of a.blocks) for (const s of b.segments) m.set(s.id, d.id);
        }
        setDocOf(m);
      }
      props.toasts.error(e);
    } finally {
      setJob(null);
    }
  };

  return (
    <div className="export" data-testid="export-view">
      <h2>{t('export.title')}</h2>
      <div className="form-grid">
        <label>
          {t('export.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value)} data-testid="export-format">
            {formats.map((f) => (
              <option key={f} value={f}>
                {t(`export.formats.${f}`, { defaultValue: f })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.script')}
          <select value={script} onChange={(e) => setScript(e.target.value as typeof script)} data-testid="export-script">
            <option value="simplified">{t('export.scripts.simplified')}</option>
            <option value="tw">{t('export.scripts.tw')}</option>
            <option value="hk">{t('export.scripts.hk')}</option>
          </select>
        </label>
        <button className="primary" onClick={() => void run()} disabled={!!job} data-testid="export-run">
          {format === 'release' ? t('export.release') : t('export.run')}
        </button>
        <JobProgress jobId={job} />
      </div>
      <h3>{t('export.glossaryTitle')}</h3>
      <div className="form-grid" data-testid="export-glossary">
        {glossaryFormats.map((f) => (
          <button
            key={f}
            onClick={async () => {
              try {
                const r = await api.call('glossary.export', { format: f });
                for (const x of r.files) downloadBase64(x.name, x.data);
              } catch (e) {
                props.toasts.error(e);
              }
            }}
          >
            {t('glossary.exportAs', { format: f })}
          </button>
        ))}
      </div>
      {blockers.length > 0 && (
        <div className="blockers" data-testid="export-blockers">
          <h3>{t('export.blocked', { count: blockers.length })}</h3>
          <ul>
            {blockers.map((b, i) => (
              <li key={i}>
                <button className="link" onClick={() => props.onJump(docOf.get(b.segmentId) ?? null, b.segmentId)}>
                  #{b.segmentId}
                </button>{' '}
                {t(`export.blocker.${b.reason}`, { check: b.check ? t(`check.${b.check}`) : '', term: b.term ?? '' })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
