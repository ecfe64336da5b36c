import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { downloadText } from './download';
import type { ToastState } from './toasts';

type Seg = Awaited<ReturnType<typeof api.call<'project.segmentation.get'>>>;

/** The project's segmentation rules: SRX 2.0 text to edit, import or export, and the ；/： options. */
export function SegmentationSettings({ projectId, toasts }: { projectId: string; toasts: ToastState }) {
  const { t } = useTranslation();
  const [s, setS] = useState<Seg | null>(null);
  const [text, setText] = useState('');
  const file = useRef<HTMLInputElement>(null);

  const apply = (p: Promise<Seg>, done?: string) =>
    p.then((r) => {
      setS(r);
      setText(r.srx);
      if (done) toasts.info(done);
    }, toasts.error);

  useEffect(() => {
    void apply(api.call('project.segmentation.get', { projectId }));
  }, [projectId]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!s) return null;
  return (
    <details className="seg-settings" data-testid="segmentation-settings">
      <summary>{t('segmentation.title', { kind: s.custom ? t('segmentation.custom') : t('segmentation.default') })}</summary>
      <p className="hint">{t('segmentation.hint')}</p>
      <div className="row">
        <label>
          <input
            type="checkbox"
            checked={s.zhSemicolon}
            disabled={s.custom}
            onChange={(e) => void apply(api.call('project.segmentation.set', { projectId, zhSemicolon: e.target.checked }))}
          />{' '}
          {t('segmentation.semicolon')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={s.zhColon}
            disabled={s.custom}
            onChange={(e) => void apply(api.call('project.segmentation.set', { projectId, zhColon: e.target.checked }))}
          />{' '}
          {t('segmentation.colon')}
        </label>
      </div>
      <textarea className="srx" value={text} onChange={(e) => setText(e.target.value)} rows={14} spellCheck={false} aria-label="SRX" />
      <div className="row">
        <button onClick={() => void apply(api.call('project.segmentation.set', { projectId, srx: text }), t('segmentation.saved'))} disabled={text === s.srx}>
          {t('common.save')}
        </button>
        <button onClick={() => file.current?.click()}>{t('segmentation.import')}</button>
        <input
          ref={file}
          type="file"
          hidden
          accept=".srx,.xml"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (f) await apply(api.call('project.segmentation.set', { projectId, srx: await f.text() }), t('segmentation.saved'));
            e.target.value = '';
          }}
        />
        <button onClick={() => downloadText('segmentation.srx', s.srx, 'application/xml')}>{t('segmentation.export')}</button>
        <button disabled={!s.custom} onClick={() => void apply(api.call('project.segmentation.set', { projectId, srx: null }), t('segmentation.saved'))}>
          {t('segmentation.reset')}
        </button>
      </div>
    </details>
  );
}
