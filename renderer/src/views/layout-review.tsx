import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCK_TYPES } from '../../../projects/model';
import { api } from '../api';
import type { ToastState } from './toasts';
import { SegmentationSettings } from './segmentation-settings';

type LayoutState = Awaited<ReturnType<typeof api.call<'layout.get'>>>;

/**
 * Layout review: the rebuilt page as articles of typed blocks. Every fix (type, move, merge, split,
 * reorder) is persisted at once and can be undone; confirming segments the document.
 */
export function LayoutReview(props: { projectId: string; documentId: number; toasts: ToastState; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<LayoutState | null>(null);
  const [showLines, setShowLines] = useState(true);
  const carets = useRef(new Map<string, number>());
  const key = { projectId: props.projectId, documentId: props.documentId };

  useEffect(() => {
    api.call('layout.get', key).then(setState, props.toasts.error);
  }, [props.projectId, props.documentId]); // eslint-disable-line react-hooks/exhaustive-deps

  const run = async (p: Promise<LayoutState>) => {
    try {
      setState(await p);
    } catch (e) {
      props.toasts.error(e);
    }
  };
  const edit = (e: Record<string, unknown> & { op: string }) => run(api.call('layout.edit', { ...key, edit: e }));

  if (!state) return <p className="empty">{t('common.loading')}</p>;
  if (state.confirmed) return <p className="empty">{t('layout.confirmedAlready')}</p>;
  const n = state.articles.length;

  return (
    <div className="layout" data-testid="layout-review">
      <div className="toolbar">
        <button onClick={() => run(api.call('layout.undo', key))} disabled={!state.canUndo} data-testid="layout-undo">
          {t('common.undo')}
        </button>
        <button onClick={() => run(api.call('layout.redo', key))} disabled={!state.canRedo}>
          {t('common.redo')}
        </button>
        <label>
          <input type="checkbox" checked={showLines} onChange={(e) => setShowLines(e.target.checked)} /> {t('layout.showLines')}
        </label>
        <span className="spacer" />
        <span className="hint">{t('layout.summary', { articles: n, blocks: state.articles.reduce((s, a) => s + a.blocks.length, 0) })}</span>
        <button
          className="primary"
          data-testid="layout-confirm"
          onClick={async () => {
            try {
              await api.call('layout.confirm', key);
              props.onConfirmed();
            } catch (e) {
              props.toasts.error(e);
            }
          }}
        >
          {t('layout.confirm')}
        </button>
      </div>
      <SegmentationSettings projectId={props.projectId} toasts={props.toasts} />
      {state.articles.map((a, ai) => (
        <section key={ai} className="article" data-testid="layout-article">
          <header className="article-head">
            <strong>{t('layout.article', { n: ai + 1 })}</strong>
            <button disabled={ai === 0} onClick={() => edit({ op: 'move-article', article: ai, toIndex: ai - 1 })} title={t('layout.articleUp')}>
              ↑
            </button>
            <button disabled={ai === n - 1} onClick={() => edit({ op: 'move-article', article: ai, toIndex: ai + 1 })} title={t('layout.articleDown')}>
              ↓
            </button>
            <button disabled={ai === n - 1} onClick={() => edit({ op: 'merge-articles', article: ai })}>
              {t('layout.mergeArticles')}
            </button>
          </header>
          {a.blocks.map((b, bi) => {
            const id = `${ai}:${bi}`;
            return (
              <div key={id} className={`lblock t-${b.type}`} data-testid="layout-block">
                <div className="lblock-tools">
                  <select
                    value={b.type}
                    aria-label={t('layout.type')}
                    data-testid="block-type"
                    onChange={(e) => edit({ op: 'set-type', article: ai, block: bi, type: e.target.value })}
                  >
                    {BLOCK_TYPES.map((x) => (
                      <option key={x} value={x}>
                        {t(`blockType.${x}`)}
                      </option>
                    ))}
                  </select>
                  <select
                    value={ai}
                    aria-label={t('layout.moveTo')}
                    data-testid="block-move"
                    onChange={(e) => {
                      const to = Number(e.target.value);
                      edit({ op: 'move-block', article: ai, block: bi, toArticle: to, toIndex: state.articles[to]!.blocks.length });
                    }}
                  >
                    {state.articles.map((_, k) => (
                      <option key={k} value={k}>
                        {t('layout.article', { n: k + 1 })}
                      </option>
                    ))}
                  </select>
                  <button disabled={bi === 0} title={t('layout.up')} onClick={() => edit({ op: 'move-block', article: ai, block: bi, toArticle: ai, toIndex: bi - 1 })}>
                    ↑
                  </button>
                  <button disabled={bi === a.blocks.length - 1} title={t('layout.down')} onClick={() => edit({ op: 'move-block', article: ai, block: bi, toArticle: ai, toIndex: bi + 1 })}>
                    ↓
                  </button>
                  <button disabled={bi === a.blocks.length - 1} onClick={() => edit({ op: 'merge-blocks', article: ai, block: bi })} data-testid="block-merge">
                    {t('layout.mergeNext')}
                  </button>
                  <button
                    onClick={() => {
                      const off = carets.current.get(id);
                      if (!off) return props.toasts.info(t('layout.placeCaret'));
                      void edit({ op: 'split-block', article: ai, block: bi, offset: off });
                    }}
                  >
                    {t('layout.split')}
                  </button>
                  <button disabled={bi === 0} onClick={() => edit({ op: 'split-article', article: ai, block: bi })}>
                    {t('layout.newArticle')}
                  </button>
                  {showLines && b.lines && <small className="lines">{t('layout.lines', { from: b.lines[0], to: b.lines[1] })}</small>}
                </div>
                <textarea
                  readOnly
                  className="lblock-text"
                  lang="zh"
                  value={b.text}
                  rows={Math.max(1, Math.ceil(b.text.length / 60))}
                  onSelect={(e) => carets.current.set(id, e.currentTarget.selectionStart)}
                  onClick={(e) => carets.current.set(id, e.currentTarget.selectionStart)}
                />
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
