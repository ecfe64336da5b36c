import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { ToastState } from './toasts';

type Project = Awaited<ReturnType<typeof api.call<'project.list'>>>[number];

export function ProjectPicker({ onOpen, toasts }: { onOpen: (id: string) => void; toasts: ToastState }) {
  const { t } = useTranslation();
  const [projects, setProjects] = useState<Project[]>([]);
  const [name, setName] = useState('');
  const [info, setInfo] = useState<{ projectsDir: string; glossaryPath: string } | null>(null);

  useEffect(() => {
    api.call('project.list', {}).then(setProjects, toasts.error);
    api.call('app.info', {}).then(setInfo, toasts.error);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const create = async () => {
    try {
      const p = await api.call('project.create', { name: name.trim() });
      onOpen(p.id);
    } catch (e) {
      toasts.error(e);
    }
  };

  return (
    <main className="main picker">
      <h1>{t('projects.title')}</h1>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void create();
        }}
      >
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('projects.namePlaceholder')}
          aria-label={t('projects.name')}
          data-testid="project-name"
        />
        <button type="submit" disabled={!name.trim()} data-testid="project-create">
          {t('projects.create')}
        </button>
      </form>
      {projects.length === 0 ? (
        <p className="empty">{t('projects.none')}</p>
      ) : (
        <ul className="project-list">
          {projects.map((p) => (
            <li key={p.id}>
              <button className="link" onClick={() => onOpen(p.id)} data-testid="project-open">
                {p.name}
              </button>{' '}
              <small>{p.path}</small>
            </li>
          ))}
        </ul>
      )}
      {info && (
        <p className="hint">
          {t('projects.where', { dir: info.projectsDir })}
          <br />
          {t('projects.glossaryWhere', { path: info.glossaryPath })}
        </p>
      )}
    </main>
  );
}
