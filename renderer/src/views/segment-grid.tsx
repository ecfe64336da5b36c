import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { api } from '../api';
import { SegmentRow, type RowActions } from './segment-row';
import { TermPanel } from './term-panel';
import { ConceptForm } from './concept-form';
import type { TargetEditorHandle } from './target-editor';
import { rowsOf, type DocumentView, type SegmentQa } from './segment-types';
import type { ToastState } from './toasts';

/**
 * The translation grid: every source segment beside its English target. Rows are virtualised; the
 * active row holds the Monaco editor. Drafts are saved as you type; Ctrl+Enter confirms and moves on.
 */
export function SegmentGrid(props: {
  projectId: string;
  documentId: number;
  focusSegment: number | null;
  toasts: ToastState;
  onProgress: () => void;
}) {
  const { t } = useTranslation();
  const { projectId, documentId, toasts } = props;
  const [doc, setDoc] = useState<DocumentView | null>(null);
  const [qa, setQa] = useState(new Map<number, SegmentQa>());
  const [active, setActive] = useState<number | null>(props.focusSegment);
  const [drafts, setDrafts] = useState(new Map<number, string>());
  const [newTerm, setNewTerm] = useState<{ zh: string; en: string } | null>(null);
  const editorHandle = useRef<TargetEditorHandle | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const load = useCallback(async () => {
    try {
      const [d, q] = await Promise.all([
        api.call('document.get', { projectId, documentId }),
        api.call('qa.document', { projectId, documentId }),
      ]);
      setDoc(d);
      setQa(new Map(q.map((x) => [x.segmentId, x])));
    } catch (e) {
      toasts.error(e);
    }
  }, [projectId, documentId]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    void load();
    const off = api.on('glossary.changed', () => void load());
    return off;
  }, [load]);

  const rows = useMemo(() => (doc ? rowsOf(doc) : []), [doc]);
  const indexOf = (id: number | null) => rows.findIndex((r) => r.segment.id === id);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 8,
    getItemKey: (i) => rows[i]!.segment.id,
  });

  useEffect(() => {
    if (props.focusSegment && rows.length) {
      setActive(props.focusSegment);
      const i = indexOf(props.focusSegment);
      if (i >= 0) virtualizer.scrollToIndex(i, { align: 'center' });
    }
  }, [props.focusSegment, rows.length]); // eslint-disable-line react-hooks/exhaustive-deps

  const debounce = (key: string, ms: number, fn: () => void) => {
    const old = timers.current.get(key);
    if (old) clearTimeout(old);
    timers.current.set(key, setTimeout(fn, ms));
  };

  const applySaved = (r: Awaited<ReturnType<typeof api.call<'segment.update'>>>) => {
    setQa((m) => new Map(m).set(r.segment.id, r.qa));
    setDoc((d) =>
      d && {
        ...d,
        articles: d.articles.map((a) => ({
          ...a,
          blocks: a.blocks.map((b) => ({ ...b, segments: b.segments.map((s) => (s.id === r.segment.id ? r.segment : s)) })),
        })),
      },
    );
  };

  const save = async (id: number, patch: { target?: string; state?: 'translated' | 'reviewed' | 'final' }) => {
    const tm = timers.current.get(`save-${id}`);
    if (tm) clearTimeout(tm);
    const r = await api.call('segment.update', { projectId, segmentId: id, ...patch });
    applySaved(r);
    return r;
  };

  const moveNext = (id: number) => {
    const i = indexOf(id);
    const next = rows[i + 1];
    if (next) {
      setActive(next.segment.id);
      virtualizer.scrollToIndex(i + 1, { align: 'auto' });
    }
  };

  const actions: RowActions = {
    activate: (id) => setActive(id),
    change(id, target) {
      setDrafts((m) => new Map(m).set(id, target));
      const row = rows[indexOf(id)];
      if (!row) return;
      debounce(`qa-${id}`, 120, () => {
        api.call('qa.check', { source: row.segment.source, target }).then(
          (r) => setQa((m) => new Map(m).set(id, { segmentId: id, matches: r.matches, findings: mergeWaived(r.findings, m.get(id)?.findings) })),
          () => {},
        );
      });
      debounce(`save-${id}`, 700, () => void save(id, { target }).catch(toasts.error));
    },
    async confirm(id, target) {
      try {
        await save(id, { target, state: target.trim() ? 'translated' : undefined });
        props.onProgress();
        moveNext(id);
      } catch (e) {
        toasts.error(e);
      }
    },
    async approve(id, target) {
      try {
        await save(id, { target, state: 'reviewed' });
        toasts.info(t('editor.approved'));
        moveNext(id);
      } catch (e) {
        toasts.error(e);
      }
    },
    async split(id, offset) {
      try {
        await api.call('segment.split', { projectId, segmentId: id, offset });
        await load();
      } catch (e) {
        toasts.error(e);
      }
    },
    async merge(id) {
      try {
        await api.call('segment.merge', { projectId, segmentId: id });
        await load();
      } catch (e) {
        toasts.error(e);
      }
    },
    addTerm(zh, en) {
      setNewTerm({ zh, en });
    },
    async waive(id, f, reason) {
      try {
        await api.call('qa.waive', { projectId, segmentId: id, check: f.check, term: f.term, reason });
        await load();
      } catch (e) {
        toasts.error(e);
      }
    },
  };

  if (!doc) return <p className="empty">{t('common.loading')}</p>;
  const activeQa = active !== null ? qa.get(active) : undefined;
  const done = rows.filter((r) => r.segment.state !== 'initial').length;

  return (
    <div className="grid-wrap">
      <div className="grid-main">
        {newTerm && (
          <ConceptForm
            initial={null}
            prefill={newTerm}
            onCancel={() => setNewTerm(null)}
            onSave={async (draft) => {
              try {
                await api.call('glossary.add', { concept: draft });
                setNewTerm(null);
                toasts.info(t('glossary.saved'));
                await load();
              } catch (e) {
                toasts.error(e);
              }
            }}
          />
        )}
        <div className="grid-head">
          <span>{t('editor.progress', { done, total: rows.length })}</span>
          <span className="spacer" />
          <button
            onClick={async () => {
              try {
                await api.call('segment.undo', { projectId, documentId });
                await load();
              } catch (e) {
                toasts.error(e);
              }
            }}
            data-testid="seg-undo"
          >
            {t('editor.undoSplitMerge')}
          </button>
          <span className="hint">{t('editor.keys')}</span>
        </div>
        <div className="grid" ref={scroller} data-testid="segment-grid">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const row = rows[v.index]!;
              return (
                <div
                  key={v.key}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}
                >
                  <SegmentRow
                    row={row}
                    index={v.index}
                    active={row.segment.id === active}
                    draft={drafts.get(row.segment.id)}
                    qa={qa.get(row.segment.id)}
                    actions={actions}
                    editorHandle={editorHandle}
                  />
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <TermPanel matches={activeQa?.matches ?? []} onInsert={(text) => editorHandle.current?.insert(text)} />
    </div>
  );
}

/** Live findings keep the waivers the stored findings had. */
function mergeWaived(live: SegmentQa['findings'], stored: SegmentQa['findings'] | undefined): SegmentQa['findings'] {
  if (!stored) return live;
  return live.map((f) => {
    const w = stored.find((s) => s.waived && s.check === f.check && s.term === f.term);
    return w?.waived ? { ...f, waived: w.waived } : f;
  });
}
