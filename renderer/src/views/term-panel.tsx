import { useTranslation } from 'react-i18next';
import type { TermMatchView } from './segment-types';

/** Glossary terms of the active segment; Ctrl+1…9 (or a click) inserts the preferred rendering. */
export function TermPanel({ matches, onInsert }: { matches: TermMatchView[]; onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <aside className="term-panel" data-testid="term-panel">
      <h3>{t('terms.title')}</h3>
      {matches.length === 0 ? (
        <p className="hint">{t('terms.none')}</p>
      ) : (
        <ol>
          {matches.map((m, i) => (
            <li key={`${m.start}-${m.conceptId}`}>
              <div className="zh" lang="zh">
                {i < 9 && <kbd>Ctrl+{i + 1}</kbd>} {m.zh}
              </div>
              {m.preferred.map((p) => (
                <button key={p} className="render preferred" onClick={() => onInsert(p)} lang="en">
                  {p}
                </button>
              ))}
              {m.admitted.map((p) => (
                <button key={p} className="render admitted" onClick={() => onInsert(p)} lang="en" title={t('glossary.status.admitted')}>
                  {p}
                </button>
              ))}
              {m.forbidden.map((p) => (
                <div key={p} className="render forbidden" lang="en" title={t('glossary.status.forbidden')}>
                  <s>{p}</s>
                </div>
              ))}
              {m.note && <div className="note">{m.note}</div>}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
