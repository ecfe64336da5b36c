import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import { UI_LANGUAGES, setUiLanguage } from './i18n';
import { useRoute, type View } from './route';
import { ProjectPicker } from './views/project-picker';
import { DocumentBar } from './views/document-bar';
import { LayoutReview } from './views/layout-review';
import { SegmentGrid } from './views/segment-grid';
import { QaView } from './views/qa-view';
import { TermReview } from './views/term-review';
import { GlossaryView } from './views/glossary-view';
import { ExportView } from './views/export-view';
import { Toasts, useToasts } from './views/toasts';

type Doc = Awaited<ReturnType<typeof api.call<'document.list'>>>[number];

export function App() {
  const { t, i18n } = useTranslation();
  const [route, go] = useRoute();
  const [docs, setDocs] = useState<Doc[]>([]);
  const toasts = useToasts();

  const reloadDocs = useCallback(async () => {
    if (!route.projectId) return setDocs([]);
    try {
      setDocs(await api.call('document.list', { projectId: route.projectId }));
    } catch (e) {
      toasts.error(e);
    }
  }, [route.projectId]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    void reloadDocs();
  }, [reloadDocs]);

  const doc = docs.find((d) => d.id === route.documentId) ?? null;
  const tabs: View[] = ['editor', 'layout', 'qa', 'review', 'glossary', 'export'];

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand" title="Duizhao">
          对照 <small>Duizhao</small>
        </span>
        {route.projectId && (
          <nav className="tabs" aria-label={t('nav.label')}>
            {tabs.map((v) => (
              <button
                key={v}
                className={route.view === v ? 'tab active' : 'tab'}
                onClick={() => go({ view: v })}
                data-testid={`tab-${v}`}
              >
                {t(`nav.${v}`)}
              </button>
            ))}
          </nav>
        )}
        <span className="spacer" />
        {route.projectId && (
          <button className="link" onClick={() => go({ projectId: null, documentId: null, view: 'editor' })}>
            {t('nav.projects')}
          </button>
        )}
        <select
          aria-label={t('nav.language')}
          value={i18n.language}
          onChange={(e) => setUiLanguage(e.target.value)}
          data-testid="ui-language"
        >
          {UI_LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </header>
      {!route.projectId ? (
        <ProjectPicker onOpen={(projectId) => go({ projectId, documentId: null, view: 'editor' })} toasts={toasts} />
      ) : (
        <>
          {route.view !== 'glossary' && (
            <DocumentBar
              projectId={route.projectId}
              docs={docs}
              current={route.documentId}
              onSelect={(id, confirmed) => go({ documentId: id, view: confirmed ? 'editor' : 'layout', segmentId: null })}
              onImported={async (id, confirmed) => {
                await reloadDocs();
                go({ documentId: id, view: confirmed ? 'editor' : 'layout', segmentId: null });
              }}
              toasts={toasts}
            />
          )}
          <main className="main">
            {route.view === 'glossary' ? (
              <GlossaryView toasts={toasts} />
            ) : route.view === 'qa' ? (
              <QaView projectId={route.projectId} onJump={(d, s) => go({ documentId: d, segmentId: s, view: 'editor' })} />
            ) : route.view === 'review' ? (
              <TermReview projectId={route.projectId} toasts={toasts} onJump={(d, s) => go({ ...(d ? { documentId: d } : {}), segmentId: s, view: 'editor' })} />
            ) : route.view === 'export' ? (
              <ExportView projectId={route.projectId} toasts={toasts} onJump={(d, s) => go({ documentId: d, segmentId: s, view: 'editor' })} />
            ) : !doc ? (
              <p className="empty">{docs.length ? t('doc.pick') : t('doc.none')}</p>
            ) : route.view === 'layout' ? (
              <LayoutReview
                projectId={route.projectId}
                documentId={doc.id}
                toasts={toasts}
                onConfirmed={async () => {
                  await reloadDocs();
                  go({ view: 'editor' });
                }}
              />
            ) : !doc.layoutConfirmed ? (
              <p className="empty">
                {t('layout.pending')}{' '}
                <button onClick={() => go({ view: 'layout' })}>{t('layout.open')}</button>
              </p>
            ) : (
              <SegmentGrid
                projectId={route.projectId}
                documentId={doc.id}
                focusSegment={route.segmentId}
                toasts={toasts}
                onProgress={reloadDocs}
              />
            )}
          </main>
        </>
      )}
      <Toasts state={toasts} />
    </div>
  );
}
