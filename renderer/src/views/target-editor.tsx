import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { findingText } from '../finding-text';
import { monaco } from '../monaco-setup';
import type { FindingView, TermMatchView } from './segment-types';

/** Terms of the active segment, read by the one completion provider. */
let activeTerms: TermMatchView[] = [];
let providerRegistered = false;

function registerCompletion(): void {
  if (providerRegistered) return;
  providerRegistered = true;
  monaco.languages.registerCompletionItemProvider('plaintext', {
    provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      const seen = new Set<string>();
      const suggestions: monaco.languages.CompletionItem[] = [];
      activeTerms.forEach((m, i) => {
        for (const [text, kind] of [...m.preferred.map((x) => [x, 'preferred']), ...m.admitted.map((x) => [x, 'admitted'])] as [string, string][]) {
          if (seen.has(text)) continue;
          seen.add(text);
          suggestions.push({
            label: { label: text, description: `${m.zh} · ${kind}` },
            kind: monaco.languages.CompletionItemKind.Text,
            insertText: text,
            range,
            sortText: `${kind === 'preferred' ? 0 : 1}${String(i).padStart(3, '0')}`,
            filterText: text,
          });
        }
      });
      return { suggestions };
    },
  });
}

export interface TargetEditorHandle {
  insert(text: string): void;
  focus(): void;
  /** The selected target text ('' when nothing is selected). */
  selection(): string;
}

/**
 * The target of the active segment in Monaco: live glossary markers, term completion,
 * Ctrl+Enter to confirm, Ctrl+Shift+Enter to approve, Ctrl+1…9 to insert a term.
 */
export function TargetEditor(props: {
  value: string;
  terms: TermMatchView[];
  findings: FindingView[];
  onChange: (v: string) => void;
  onConfirm: (v: string) => void;
  onApprove: (v: string) => void;
  handle: React.MutableRefObject<TargetEditorHandle | null>;
}) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const cb = useRef(props);
  cb.current = props;

  useEffect(() => {
    registerCompletion();
    const model = monaco.editor.createModel(props.value, 'plaintext');
    const ed = monaco.editor.create(host.current!, {
      model,
      wordWrap: 'on',
      lineNumbers: 'off',
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      glyphMargin: false,
      folding: false,
      lineDecorationsWidth: 4,
      renderLineHighlight: 'none',
      overviewRulerLanes: 0,
      scrollbar: { vertical: 'auto', horizontal: 'hidden', alwaysConsumeMouseWheel: false },
      fontSize: 14,
      automaticLayout: true,
      quickSuggestions: { other: true, comments: false, strings: false },
      wordBasedSuggestions: 'off',
      ariaLabel: t('editor.targetLabel'),
      fixedOverflowWidgets: true,
    });
    editor.current = ed;
    const resize = () => {
      const h = Math.min(Math.max(ed.getContentHeight(), 44), 320);
      host.current!.style.height = `${h}px`;
      ed.layout();
    };
    ed.onDidContentSizeChange(resize);
    resize();
    ed.onDidChangeModelContent(() => cb.current.onChange(model.getValue()));
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => cb.current.onConfirm(model.getValue()));
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => cb.current.onApprove(model.getValue()));
    const digits = [
      monaco.KeyCode.Digit1, monaco.KeyCode.Digit2, monaco.KeyCode.Digit3, monaco.KeyCode.Digit4, monaco.KeyCode.Digit5,
      monaco.KeyCode.Digit6, monaco.KeyCode.Digit7, monaco.KeyCode.Digit8, monaco.KeyCode.Digit9,
    ];
    digits.forEach((d, i) =>
      ed.addCommand(monaco.KeyMod.CtrlCmd | d, () => {
        const m = cb.current.terms[i];
        const text = m?.preferred[0] ?? m?.admitted[0];
        if (text) props.handle.current?.insert(text);
      }),
    );
    props.handle.current = {
      insert(text) {
        const sel = ed.getSelection();
        if (!sel) return;
        ed.executeEdits('term', [{ range: sel, text, forceMoveMarkers: true }]);
        ed.focus();
      },
      focus: () => ed.focus(),
      selection: () => {
        const sel = ed.getSelection();
        return sel ? model.getValueInRange(sel).trim() : '';
      },
    };
    ed.focus();
    ed.setPosition(model.getPositionAt(model.getValueLength()));
    return () => {
      props.handle.current = null;
      ed.dispose();
      model.dispose();
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    activeTerms = props.terms;
  }, [props.terms]);

  // Findings → squiggles. Findings without a target range (a missing term) mark the whole target.
  useEffect(() => {
    const ed = editor.current;
    const model = ed?.getModel();
    if (!ed || !model) return;
    const len = model.getValueLength();
    const markers = props.findings
      .filter((f) => !f.waived)
      .map((f) => {
        const [s, e] = f.targetRange ?? [0, Math.max(len, 1)];
        const a = model.getPositionAt(s);
        const b = model.getPositionAt(Math.max(e, s + 1));
        return {
          severity: f.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
          message: findingText(t, f),
          code: f.check,
          startLineNumber: a.lineNumber,
          startColumn: a.column,
          endLineNumber: b.lineNumber,
          endColumn: len === 0 ? a.column + 1 : b.column,
          source: 'Duizhao',
        };
      });
    monaco.editor.setModelMarkers(model, 'duizhao-qa', markers);
  }, [props.findings, t]);

  return <div className="target-editor" ref={host} data-testid="target-editor" />;
}
