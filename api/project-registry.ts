import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore, type SegmentFn } from '../projects/store';
import { ApiError } from './api-error';

export const PROJECT_EXT = '.duizhao';

export interface ProjectSummary {
  id: string;
  name: string;
  path: string;
  createdAt: string;
}

/** A file-name-safe id for a project name; Chinese-only names fall back to "project". */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'project';
}

/** The projects of one directory (each an SQLite file `<id>.duizhao`), opened on demand and kept open. */
export class ProjectRegistry {
  private readonly open = new Map<string, ProjectStore>();

  constructor(
    readonly dir: string,
    private readonly segment: SegmentFn,
  ) {}

  private pathOf(id: string): string {
    return join(this.dir, id + PROJECT_EXT);
  }

  list(): ProjectSummary[] {
    if (!existsSync(this.dir)) return [];
    const out: ProjectSummary[] = [];
    for (const f of readdirSync(this.dir).sort()) {
      if (!f.endsWith(PROJECT_EXT)) continue;
      const id = f.slice(0, -PROJECT_EXT.length);
      try {
        out.push(this.summary(id));
      } catch {
        // not a readable project: listed nowhere rather than failing the whole list
      }
    }
    return out;
  }

  summary(id: string): ProjectSummary {
    const info = this.get(id).info();
    return { id, name: info.name, path: info.path, createdAt: info.createdAt };
  }

  create(name: string): ProjectSummary {
    mkdirSync(this.dir, { recursive: true });
    const base = slugify(name);
    let id = base;
    for (let n = 2; existsSync(this.pathOf(id)); n++) id = `${base}-${n}`;
    const store = ProjectStore.open(this.pathOf(id), { create: true, name, segment: this.segment });
    this.open.set(id, store);
    return this.summary(id);
  }

  get(id: string): ProjectStore {
    let store = this.open.get(id);
    if (!store) {
      if (!existsSync(this.pathOf(id))) throw new ApiError('no-such-project', { projectId: id });
      store = ProjectStore.open(this.pathOf(id), { segment: this.segment });
      this.open.set(id, store);
    }
    return store;
  }

  closeAll(): void {
    for (const s of this.open.values()) s.close();
    this.open.clear();
  }
}
