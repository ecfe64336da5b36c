import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermMatchView } from './segment-types';

/** A source segment with its glossary terms highlighted; hovering a term shows its entry. */
export const SourceText = forwardRef<HTMLDivElement, { text: string; matches: TermMatchView[]; errorTerms: Set<string> }>(
  function SourceText({ text, matches, errorTerms }, ref) {
    const { t } = useTranslation();
    const parts: React.ReactNode[] = [];
    let at = 0;
    for (const m of [...matches].sort((a, b) => a.start - b.start)) {
      if (m.start < at) continue;
      if (m.start > at) parts.push(text.slice(at, m.start));
      const title = [
        `${m.zh} → ${m.preferred.join(' / ') || '—'}`,
        m.admitted.length ? `${t('glossary.status.admitted')}: ${m.admitted.join(' / ')}` : '',
        m.forbidden.length ? `${t('glossary.status.forbidden')}: ${m.forbidden.join(' / ')}` : '',
        m.note ? `${t('glossary.note')}: ${m.note}` : '',
        m.domain ? `${t('glossary.domain')}: ${m.domain}` : '',
      ]
        .filter(Boolean)
        .join('\n');
      parts.push(
        <mark
          key={m.start}
          className={errorTerms.has(m.zh) ? 'term term-error' : 'term'}
          title={title}
          data-term={m.zh}
          data-testid="term"
        >
          {text.slice(m.start, m.end)}
        </mark>,
      );
      at = m.end;
    }
    if (at < text.length) parts.push(text.slice(at));
    return (
      <div className="source" lang="zh" ref={ref} data-testid="source">
        {parts}
      </div>
    );
  },
);

/** The character offset of the caret (or selection start) inside an element's text. */
export function caretOffset(el: HTMLElement | null): number | null {
  const sel = window.getSelection();
  if (!el || !sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (!el.contains(r.startContainer)) return null;
  const pre = document.createRange();
  pre.selectNodeContents(el);
  pre.setEnd(r.startContainer, r.startOffset);
  return pre.toString().length;
}
