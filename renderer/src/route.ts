import { useEffect, useState } from 'react';

export type View = 'editor' | 'layout' | 'qa' | 'review' | 'glossary' | 'export';

export interface Route {
  projectId: string | null;
  documentId: number | null;
  view: View;
  segmentId: number | null;
}

const VIEWS: View[] = ['editor', 'layout', 'qa', 'review', 'glossary', 'export'];

/** The location lives in the hash, so a reload comes back to the same project, document and view. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const r: Route = { projectId: null, documentId: null, view: 'editor', segmentId: null };
  for (let i = 0; i < parts.length; i += 2) {
    const k = parts[i];
    const v = parts[i + 1];
    if (k === 'p' && v) r.projectId = decodeURIComponent(v);
    if (k === 'd' && v) r.documentId = Number(v) || null;
    if (k === 'v' && v && (VIEWS as string[]).includes(v)) r.view = v as View;
    if (k === 's' && v) r.segmentId = Number(v) || null;
  }
  return r;
}

export function formatHash(r: Route): string {
  let h = '#';
  if (r.projectId) h += `/p/${encodeURIComponent(r.projectId)}`;
  if (r.documentId) h += `/d/${r.documentId}`;
  h += `/v/${r.view}`;
  if (r.segmentId) h += `/s/${r.segmentId}`;
  return h;
}

export function useRoute(): [Route, (patch: Partial<Route>) => void] {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const go = (patch: Partial<Route>) => {
    const next = { ...parseHash(location.hash), ...patch };
    location.hash = formatHash(next);
  };
  return [route, go];
}
