import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';

/** Progress of a running job, with a cancel button. */
export function JobProgress({ jobId }: { jobId: string | null }) {
  const { t } = useTranslation();
  const [p, setP] = useState<{ done: number; total: number; phase: string } | null>(null);
  useEffect(() => {
    setP(null);
    if (!jobId) return;
    return api.on('progress', (e) => {
      if (e.jobId === jobId) setP(e);
    });
  }, [jobId]);
  if (!jobId) return null;
  const pct = p && p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
  return (
    <span className="job" data-testid="job-progress">
      <progress max={100} value={pct} aria-label={t('job.progress')} /> {p ? t(`job.phase.${p.phase}`, { defaultValue: p.phase }) : t('job.working')}
      <button className="link" onClick={() => void api.call('job.cancel', { jobId })}>
        {t('job.cancel')}
      </button>
    </span>
  );
}

export const newJobId = (): string => `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
