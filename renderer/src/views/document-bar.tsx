import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fileToBase64 } from '../api';
import { JobProgress, newJobId } from './progress-bar';
import type { ToastState } from './toasts';

type Doc = Awaited<ReturnType<typeof api.call<'document.list'>>>[number];

const ENCODINGS = ['', 'UTF-8', 'UTF-16LE', 'UTF-16BE', 'GB18030', 'Big5'];

export function DocumentBar(props: {
  projectId: string;
  docs: Doc[];
  current: number | null;
  onSelect: (id: number, confirmed: boolean) => void;
  onImported: (id: number, confirmed: boolean) => void | Promise<void>;
  toasts: ToastState;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [encoding, setEncoding] = useState('');
  const [job, setJob] = useState<string | null>(null);

  const importFile = async (file: File) => {
    if (/\.(xlf|xliff|xlf2)$/i.test(file.name)) return importXliff(file);
    const jobId = newJobId();
    setJob(jobId);
    try {
      const r = await api.call('document.import', {
        projectId: props.projectId,
        fileName: file.name,
        data: await fileToBase64(file),
        encoding: encoding || undefined,
        jobId,
      });
      props.toasts.info(
        t('doc.imported', {
          name: file.name,
          encoding: r.encoding ? `${r.encoding}${r.confidence !== null ? `, ${Math.round(r.confidence * 100)}%` : ''}` : '—',
          articles: r.articles,
          blocks: r.blocks,
        }),
      );
      for (const w of r.warnings) props.toasts.info(t('doc.warning', { code: w.code, line: w.line ?? '—' }));
      await props.onImported(r.documentId, false);
    } catch (e) {
      props.toasts.error(e);
    } finally {
      setJob(null);
      if (input.current) input.current.value = '';
    }
  };

  const importXliff = async (file: File) => {
    try {
      const r = await api.call('document.importXliff', { projectId: props.projectId, fileName: file.name, data: await fileToBase64(file) });
      props.toasts.info(t('doc.xliffApplied', { updated: r.updated, unchanged: r.unchanged, unmatched: r.unmatched.length, mismatch: r.sourceMismatch.length }));
      if (props.current) await props.onImported(props.current, true);
    } catch (e) {
      props.toasts.error(e);
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="docbar">
      <label>
        {t('doc.document')}{' '}
        <select
          value={props.current ?? ''}
          onChange={(e) => {
            const d = props.docs.find((x) => x.id === Number(e.target.value));
            if (d) props.onSelect(d.id, d.layoutConfirmed);
          }}
          data-testid="doc-select"
        >
          <option value="">—</option>
          {props.docs.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}{d.encoding ? ` · ${d.encoding}` : ''} ({d.translated}/{d.segments})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('doc.encoding')}{' '}
        <select value={encoding} onChange={(e) => setEncoding(e.target.value)} data-testid="import-encoding">
          {ENCODINGS.map((x) => (
            <option key={x} value={x}>
              {x || t('doc.detect')}
            </option>
          ))}
        </select>
      </label>
      <button onClick={() => input.current?.click()} disabled={!!job} data-testid="import-button">
        {t('doc.import')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".txt,.text,.docx,.html,.htm,.md,.markdown,.xlf,.xliff"
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void importFile(f);
        }}
      />
      <JobProgress jobId={job} />
    </div>
  );
}
