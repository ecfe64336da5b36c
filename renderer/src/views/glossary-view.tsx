import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, downloadBase64, fileToBase64 } from '../api';
import { ConceptForm, type ConceptDraft } from './concept-form';
import { JobProgress, newJobId } from './progress-bar';
import type { ToastState } from './toasts';

type Concept = Awaited<ReturnType<typeof api.call<'glossary.list'>>>['items'][number];

/** The shared glossary: search, filter, add/edit/delete with undo, conflicts, import and export. */
export function GlossaryView({ toasts }: { toasts: ToastState }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [domain, setDomain] = useState('');
  const [status, setStatus] = useState('');
  const [list, setList] = useState<{ items: Concept[]; total: number }>({ items: [], total: 0 });
  const [domains, setDomains] = useState<string[]>([]);
  const [conflicts, setConflicts] = useState<Record<string, unknown>[]>([]);
  const [editing, setEditing] = useState<Concept | 'new' | null>(null);
  const [formats, setFormats] = useState<string[]>([]);
  const [job, setJob] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    try {
      const [l, d, c] = await Promise.all([
        api.call('glossary.list', {
          text: text || undefined,
          domain: domain || undefined,
          status: (status || undefined) as 'preferred' | undefined,
          limit: 500,
        }),
        api.call('glossary.domains', {}),
        api.call('glossary.conflicts', {}),
      ]);
      setList(l);
      setDomains(d);
      setConflicts(c);
    } catch (e) {
      toasts.error(e);
    }
  }, [text, domain, status]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const h = setTimeout(() => void load(), 150);
    return () => clearTimeout(h);
  }, [load]);
  useEffect(() => api.on('glossary.changed', () => void load()), [load]);
  useEffect(() => {
    api.call('app.info', {}).then((i) => setFormats(i.glossaryFormats), () => {});
  }, []);

  const act = async (p: Promise<unknown>, done?: string) => {
    try {
      await p;
      if (done) toasts.info(done);
      await load();
    } catch (e) {
      toasts.error(e);
    }
  };

  const importFile = async (f: File) => {
    const jobId = newJobId();
    setJob(jobId);
    try {
      const r = await api.call('glossary.import', { fileName: f.name, data: await fileToBase64(f), jobId });
      toasts.info(t('glossary.importReport', r));
      await load();
    } catch (e) {
      toasts.error(e);
    } finally {
      setJob(null);
      if (file.current) file.current.value = '';
    }
  };

  const save = (draft: ConceptDraft) =>
    act(
      editing === 'new' || editing === null
        ? api.call('glossary.add', { concept: draft })
        : api.call('glossary.update', { id: editing.id, concept: draft }),
      t('glossary.saved'),
    ).then(() => setEditing(null));

  return (
    <div className="glossary" data-testid="glossary-view">
      <div className="toolbar">
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('glossary.search')} aria-label={t('glossary.search')} data-testid="glossary-search" />
        <select value={domain} onChange={(e) => setDomain(e.target.value)} aria-label={t('glossary.domain')}>
          <option value="">{t('glossary.allDomains')}</option>
          {domains.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
        <select value={status} onChange={(e) => setStatus(e.target.value)} aria-label={t('glossary.statusLabel')}>
          <option value="">{t('glossary.allStatuses')}</option>
          {(['preferred', 'admitted', 'forbidden'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`glossary.status.${s}`)}
            </option>
          ))}
        </select>
        <button onClick={() => setEditing('new')} data-testid="glossary-add">
          {t('glossary.add')}
        </button>
        <button onClick={() => act(api.call('glossary.undo', {}))}>{t('common.undo')}</button>
        <button onClick={() => act(api.call('glossary.redo', {}))}>{t('common.redo')}</button>
        <span className="spacer" />
        <button onClick={() => file.current?.click()} disabled={!!job} data-testid="glossary-import">
          {t('glossary.import')}
        </button>
        <input ref={file} type="file" hidden accept=".csv,.tsv,.txt,.tbx,.xml,.xlsx" data-testid="glossary-file" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
        <JobProgress jobId={job} />
        {formats.map((f) => (
          <button
            key={f}
            className="link"
            onClick={async () => {
              try {
                const r = await api.call('glossary.export', { format: f });
                for (const x of r.files) downloadBase64(x.name, x.data);
              } catch (e) {
                toasts.error(e);
              }
            }}
          >
            {t('glossary.exportAs', { format: f })}
          </button>
        ))}
      </div>
      {editing && <ConceptForm initial={editing === 'new' ? null : editing} onSave={save} onCancel={() => setEditing(null)} />}
      {conflicts.length > 0 && (
        <details className="conflicts" data-testid="glossary-conflicts">
          <summary>{t('glossary.conflicts', { count: conflicts.length })}</summary>
          <ul>
            {conflicts.map((c, i) => (
              <li key={i}>
                {t(`glossary.conflict.${String(c.kind ?? 'other')}`, { defaultValue: t('glossary.conflict.other') })}: <span lang="zh">{String(c.zh ?? '')}</span>
                {Array.isArray(c.en) && c.en.length > 0 && <> → <span lang="en">{(c.en as string[]).join(' / ')}</span></>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="hint">{t('glossary.count', { shown: list.items.length, total: list.total })}</p>
      <table className="list" data-testid="glossary-table">
        <thead>
          <tr>
            <th>{t('glossary.zh')}</th>
            <th>{t('glossary.status.preferred')}</th>
            <th>{t('glossary.status.admitted')}</th>
            <th>{t('glossary.status.forbidden')}</th>
            <th>{t('glossary.domain')}</th>
            <th>{t('glossary.note')}</th>
            <th>{t('glossary.modified')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.items.map((c) => {
            const en = (s: string) => c.terms.filter((x) => x.lang === 'en' && x.status === s).map((x) => x.text).join('; ');
            return (
              <tr key={c.id}>
                <td lang="zh">{c.terms.filter((x) => x.lang === 'zh').map((x) => x.text).join('; ')}</td>
                <td lang="en">{en('preferred')}</td>
                <td lang="en">{en('admitted')}</td>
                <td lang="en" className="forbidden">{en('forbidden')}</td>
                <td>{c.domain}</td>
                <td>{c.note}</td>
                <td className="hint" title={t('glossary.created', { by: c.createdBy, at: c.createdAt.slice(0, 16).replace('T', ' ') })}>
                  {c.modifiedBy} · {c.modifiedAt.slice(0, 10)}
                </td>
                <td>
                  <button className="link" onClick={() => setEditing(c)}>
                    {t('common.edit')}
                  </button>
                  <button className="link" onClick={() => act(api.call('glossary.delete', { id: c.id }), t('glossary.deleted'))}>
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
