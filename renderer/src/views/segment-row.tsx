import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingText } from '../finding-text';
import { SourceText, caretOffset } from './source-text';
import { TargetEditor, type TargetEditorHandle } from './target-editor';
import type { FindingView, Row, SegmentQa } from './segment-types';

export interface RowActions {
  activate(id: number): void;
  change(id: number, target: string): void;
  confirm(id: number, target: string): void;
  approve(id: number, target: string): void;
  split(id: number, offset: number): void;
  merge(id: number): void;
  waive(id: number, f: FindingView, reason: string): void;
  addTerm(zh: string, en: string): void;
}

export function SegmentRow(props: {
  row: Row;
  index: number;
  active: boolean;
  draft: string | undefined;
  qa: SegmentQa | undefined;
  actions: RowActions;
  editorHandle: React.MutableRefObject<TargetEditorHandle | null>;
}) {
  const { t } = useTranslation();
  const { row, qa, active } = props;
  const s = row.segment;
  const source = useRef<HTMLDivElement>(null);
  const [waiving, setWaiving] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const findings = qa?.findings ?? [];
  const errors = findings.filter((f) => f.severity === 'error' && !f.waived);
  const errorTerms = new Set(errors.map((f) => f.term ?? '').filter(Boolean));
  const target = props.draft ?? s.target;

  return (
    <div
      className={`seg ${active ? 'active' : ''} st-${s.state} bt-${row.blockType} ${row.firstOfBlock ? 'first' : ''}`}
      data-testid="segment"
      data-segment-id={s.id}
      data-state={s.state}
      onClick={() => !active && props.actions.activate(s.id)}
    >
      <div className="seg-no">
        <span>{props.index + 1}</span>
        <small className="btype">{t(`blockType.${row.blockType}`)}</small>
      </div>
      <SourceText ref={source} text={s.source} matches={qa?.matches ?? []} errorTerms={errorTerms} />
      <div className="seg-target">
        {active ? (
          <>
            <TargetEditor
              value={target}
              terms={qa?.matches ?? []}
              findings={findings}
              handle={props.editorHandle}
              onChange={(v) => props.actions.change(s.id, v)}
              onConfirm={(v) => props.actions.confirm(s.id, v)}
              onApprove={(v) => props.actions.approve(s.id, v)}
            />
            <div className="seg-tools">
              <button onClick={() => props.actions.confirm(s.id, target)} data-testid="seg-confirm" title="Ctrl+Enter">
                {t('editor.confirm')}
              </button>
              <button onClick={() => props.actions.approve(s.id, target)} data-testid="seg-approve" title="Ctrl+Shift+Enter">
                {t('editor.approve')}
              </button>
              <button
                onClick={() => {
                  const off = caretOffset(source.current);
                  if (off) props.actions.split(s.id, off);
                }}
                title={t('editor.splitHint')}
                data-testid="seg-split"
              >
                {t('editor.split')}
              </button>
              <button
                data-testid="seg-add-term"
                title={t('editor.addTermHint')}
                onClick={() => {
                  const sel = window.getSelection()?.toString() ?? '';
                  const zh = source.current && sel && source.current.textContent?.includes(sel) ? sel.trim() : '';
                  props.actions.addTerm(zh, props.editorHandle.current?.selection() ?? '');
                }}
              >
                {t('editor.addTerm')}
              </button>
              {!row.lastOfBlock && (
                <button onClick={() => props.actions.merge(s.id)} data-testid="seg-merge">
                  {t('editor.merge')}
                </button>
              )}
            </div>
            {findings.length > 0 && (
              <ul className="findings" data-testid="findings">
                {findings.map((f, i) => (
                  <li key={i} className={`finding ${f.severity} ${f.waived ? 'waived' : ''}`} data-check={f.check}>
                    {findingText(t, f)}
                    {f.waived ? (
                      <em> — {t('qa.waivedBy', { by: f.waived.by, at: f.waived.at.slice(0, 16).replace('T', ' '), reason: f.waived.reason })}</em>
                    ) : f.severity === 'error' ? (
                      waiving === i ? (
                        <span className="waive">
                          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('qa.reason')} aria-label={t('qa.reason')} />
                          <button
                            disabled={!reason.trim()}
                            onClick={() => {
                              props.actions.waive(s.id, f, reason.trim());
                              setWaiving(null);
                              setReason('');
                            }}
                          >
                            {t('qa.waive')}
                          </button>
                        </span>
                      ) : (
                        <button className="link" onClick={() => setWaiving(i)}>
                          {t('qa.waive')}…
                        </button>
                      )
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <div className={target ? 'target' : 'target empty'} lang="en" data-testid="target-text">
            {target || t('editor.empty')}
            {errors.length > 0 && <span className="badge error" title={t('editor.errors', { count: errors.length })}>{errors.length}</span>}
          </div>
        )}
      </div>
      <div className="seg-state" title={t(`state.${s.state}`)}>
        {t(`state.${s.state}`)}
      </div>
    </div>
  );
}
