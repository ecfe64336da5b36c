import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ConceptForm } from './concept-form';
import type { ToastState } from './toasts';

type Candidate = Awaited<ReturnType<typeof api.call<'glossary.candidates'>>>[number];

/** Frequent source n-grams and names the glossary lacks; an editor accepts one into the glossary. */
export function TermCandidates(props: { projectId: string; toasts: ToastState; onJump: (segmentId: number) => void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Candidate[] | null>(null);
  const [accepting, setAccepting] = useState<string | null>(null);

  const load = () =>
    api.call('glossary.candidates', { projectId: props.projectId, minCount: 2, limit: 100 }).then(setItems, props.toasts.error);
  useEffect(() => {
    void load();
  }, [props.projectId]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!items) return <p className="empty">{t('common.loading')}</p>;
  return (
    <section className="candidates" data-testid="term-candidates">
      <h3>{t('candidates.title', { count: items.length })}</h3>
      {accepting !== null && (
        <ConceptForm
          initial={null}
          prefill={{ zh: accepting, en: '' }}
          onCancel={() => setAccepting(null)}
          onSave={async (draft) => {
            try {
              await api.call('glossary.add', { concept: draft });
              props.toasts.info(t('glossary.saved'));
              setAccepting(null);
              await load();
            } catch (e) {
              props.toasts.error(e);
            }
          }}
        />
      )}
      {items.length === 0 ? (
        <p className="empty">{t('candidates.none')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('candidates.text')}</th>
              <th>{t('candidates.count')}</th>
              <th>{t('candidates.examples')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.text}>
                <td lang="zh">{c.text}</td>
                <td>{c.count}</td>
                <td>
                  {c.examples.map((e) => (
                    <button key={String(e)} className="link" onClick={() => props.onJump(Number(e))}>
                      #{String(e)}
                    </button>
                  ))}
                </td>
                <td>
                  <button onClick={() => setAccepting(c.text)}>{t('candidates.accept')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
