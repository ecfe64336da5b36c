import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossaryError } from './glossary-error';
import { migrations } from './migrations';
import { openSqliteGlossary } from './sqlite-glossary';
import type { GlossaryStore } from './types';
import { concept } from './test-support/sample-concepts';
import { defaultGlossaryPath } from './default-path';

let dir: string;
let file: string;
const open: GlossaryStore[] = [];
function store(p = file): GlossaryStore {
  const s = openSqliteGlossary(p);
  open.push(s);
  return s;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'duizhao-glossary-'));
  file = path.join(dir, 'glossary.sqlite');
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof GlossaryError ? e.code : `other: ${String(e)}`;
  }
  return undefined;
}

describe('openSqliteGlossary', () => {
  it('creates the schema with WAL, foreign keys and the current user_version', () => {
    store().close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['concepts', 'terms', 'change_sets', 'change_items', 'meta']));
    db.close();
    const s = store();
    expect(s.allConcepts()).toEqual([]);
  });

  it('rejects a file that is not SQLite', () => {
    writeFileSync(file, 'zh,en\n两江新区,Liangjiang New Area\n'.repeat(50));
    expect(codeOf(() => openSqliteGlossary(file))).toBe('not-a-glossary');
  });

  it('rejects a SQLite file of another application', () => {
    const db = new Database(file);
    db.exec('CREATE TABLE other (x)');
    db.close();
    expect(codeOf(() => openSqliteGlossary(file))).toBe('not-a-glossary');
  });

  it('rejects a file with a newer schema than the code knows', () => {
    store().close();
    const db = new Database(file);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    const err = (() => {
      try {
        openSqliteGlossary(file);
      } catch (e) {
        return e as GlossaryError;
      }
      return null;
    })();
    expect(err?.code).toBe('newer-schema');
    expect(err?.details.fileVersion).toBe(migrations.length + 1);
  });

  it('defaultGlossaryPath honours DUIZHAO_GLOSSARY, else the user data dir', () => {
    expect(defaultGlossaryPath({ DUIZHAO_GLOSSARY: '/x/g.sqlite' })).toBe('/x/g.sqlite');
    const p = defaultGlossaryPath({});
    expect(p.endsWith(path.join('duizhao', 'glossary.sqlite'))).toBe(true);
  });
});

describe('concept CRUD', () => {
  it('adds, reads, updates and deletes with audit fields', () => {
    const s = store();
    const a = s.addConcept(concept(' 两江新区 ', 'Liangjiang New Area', { forbidden: ['Two Rivers New District'], domain: 'geography' }), 'ann');
    expect(a.id).toBeGreaterThan(0);
    expect(a.terms.map((t) => t.text)).toEqual(['两江新区', 'Liangjiang New Area', 'Two Rivers New District']);
    expect(a.createdBy).toBe('ann');
    expect(s.getConcept(a.id)).toEqual(a);
    const u = s.updateConcept(a.id, { ...a, note: 'State-level new area' }, 'bob');
    expect(u.createdBy).toBe('ann');
    expect(u.modifiedBy).toBe('bob');
    expect(u.note).toBe('State-level new area');
    s.deleteConcept(a.id, 'bob');
    expect(s.getConcept(a.id)).toBeNull();
    expect(codeOf(() => s.deleteConcept(a.id, 'bob'))).toBe('not-found');
    expect(codeOf(() => s.updateConcept(a.id, a, 'bob'))).toBe('not-found');
  });

  it('refuses invalid concepts', () => {
    const s = store();
    expect(codeOf(() => s.addConcept({ domain: '', definition: '', note: '', terms: [] }, 'u'))).toBe('invalid-concept');
    expect(codeOf(() => s.addConcept(concept('', 'x'), 'u'))).toBe('invalid-concept');
    expect(s.allConcepts()).toEqual([]);
  });

  it('deleting a concept cascades to its terms', () => {
    const s = store();
    const a = s.addConcept(concept('川渝', 'Sichuan and Chongqing'), 'u');
    s.deleteConcept(a.id, 'u');
    s.close();
    const db = new Database(file);
    expect(db.prepare('SELECT count(*) FROM terms').pluck().get()).toBe(0);
    db.close();
  });

  it('lists with text, domain, status filters and paging', () => {
    const s = store();
    s.addConcept(concept('两江新区', 'Liangjiang New Area', { domain: 'geography', forbidden: ['Two Rivers New District'] }), 'u');
    s.addConcept(concept('天府新区', 'Tianfu New Area', { domain: 'geography' }), 'u');
    s.addConcept(concept('框架协议', 'framework agreement', { domain: 'policy', note: '100% binding_not' }), 'u');
    expect(s.listConcepts().total).toBe(3);
    expect(s.listConcepts({ text: 'new area' }).items.map((c) => c.terms[0]!.text)).toEqual(['两江新区', '天府新区']);
    expect(s.listConcepts({ text: '新区', limit: 1, offset: 1 })).toMatchObject({ total: 2, items: [{ domain: 'geography' }] });
    expect(s.listConcepts({ domain: 'policy' }).total).toBe(1);
    expect(s.listConcepts({ status: 'forbidden' }).items.map((c) => c.terms[0]!.text)).toEqual(['两江新区']);
    expect(s.listConcepts({ text: '100%' }).total).toBe(1);
    expect(s.listConcepts({ text: '0%b' }).total).toBe(0); // % is literal, not a wildcard
    expect(s.listConcepts({ text: 'g_n' }).total).toBe(1); // literal underscore in "binding_not"
    expect(s.domains()).toEqual(['geography', 'policy']);
  });
});

describe('version and several connections', () => {
  it('a write through one store is seen by another store on the same file', () => {
    const a = store();
    const b = store();
    const v0 = b.version();
    expect(b.allConcepts()).toHaveLength(0);
    const c = a.addConcept(concept('川渝', 'Sichuan and Chongqing'), 'u');
    expect(b.version()).toBeGreaterThan(v0);
    expect(b.allConcepts().map((x) => x.id)).toEqual([c.id]);
    const v1 = b.version();
    a.updateConcept(c.id, concept('川渝', 'Sichuan-Chongqing'), 'u');
    expect(b.version()).toBeGreaterThan(v1);
    expect(b.allConcepts()[0]!.terms[1]!.text).toBe('Sichuan-Chongqing');
    a.undo('u');
    expect(b.allConcepts()[0]!.terms[1]!.text).toBe('Sichuan and Chongqing');
  });

  it('a write from another process is seen without reopening', () => {
    const s = store();
    s.allConcepts(); // fill the cache
    const v0 = s.version();
    const script = fileURLToPath(new URL('./test-support/add-in-child.ts', import.meta.url));
    const id = Number(execFileSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8' }));
    expect(s.version()).toBeGreaterThan(v0);
    expect(s.allConcepts().map((c) => [c.id, c.createdBy])).toEqual([[id, 'child']]);
  });

  it('allConcepts returns copies that callers cannot use to corrupt the cache', () => {
    const s = store();
    s.addConcept(concept('川渝', 'Sichuan and Chongqing'), 'u');
    s.allConcepts()[0]!.terms[0]!.text = 'mutated';
    expect(s.allConcepts()[0]!.terms[0]!.text).toBe('川渝');
  });
});

describe('undo / redo', () => {
  it('undoes and redoes add, edit and delete, and survives a restart', () => {
    let s = store();
    const a = s.addConcept(concept('两江新区', 'Liangjiang New Area'), 'u');
    s.updateConcept(a.id, concept('两江新区', 'Liangjiang New District'), 'u');
    s.deleteConcept(a.id, 'u');
    s.close();
    s = store();
    expect(s.undo('u')).toMatchObject({ kind: 'delete', conceptIds: [a.id] });
    expect(s.getConcept(a.id)!.terms[1]!.text).toBe('Liangjiang New District');
    expect(s.undo('u')).toMatchObject({ kind: 'edit' });
    expect(s.getConcept(a.id)!.terms[1]!.text).toBe('Liangjiang New Area');
    s.close();
    s = store();
    expect(s.undo('u')).toMatchObject({ kind: 'add' });
    expect(s.allConcepts()).toEqual([]);
    expect(s.undo('u')).toBeNull();
    expect(s.redo('u')).toMatchObject({ kind: 'add' });
    expect(s.getConcept(a.id)!.terms[1]!.text).toBe('Liangjiang New Area');
    expect(s.redo('u')).toMatchObject({ kind: 'edit' });
    expect(s.getConcept(a.id)!.terms[1]!.text).toBe('Liangjiang New District');
    // A new change clears the redo stack.
    s.addConcept(concept('川渝', 'Sichuan and Chongqing'), 'u');
    expect(s.redo('u')).toBeNull();
  });

  it('is per user and refuses to undo over someone else’s later change', () => {
    const s = store();
    const a = s.addConcept(concept('两江新区', 'Liangjiang New Area'), 'ann');
    s.updateConcept(a.id, concept('两江新区', 'Liangjiang New District'), 'bob');
    expect(codeOf(() => s.undo('ann'))).toBe('undo-stale');
    expect(s.getConcept(a.id)!.terms[1]!.text).toBe('Liangjiang New District');
    expect(s.undo('bob')).toMatchObject({ kind: 'edit', user: 'bob' });
    expect(s.undo('ann')).toMatchObject({ kind: 'add', user: 'ann' });
    expect(s.allConcepts()).toEqual([]);
  });

  it('undoes a whole import at once', () => {
    const s = store();
    const keep = s.addConcept(concept('两江新区', 'Liangjiang New Area'), 'u');
    const report = s.importConcepts(
      [concept('两江新区', 'Liangjiang New Area', { forbidden: ['Two Rivers New District'] }), concept('川渝', 'Sichuan and Chongqing')],
      'merge',
      'u',
    );
    expect(report.counts).toMatchObject({ added: 1, updated: 1 });
    expect(s.allConcepts()).toHaveLength(2);
    expect(s.undo('u')).toMatchObject({ kind: 'import' });
    expect(s.allConcepts()).toEqual([keep]);
  });
});

describe('importConcepts', () => {
  it('applies a plan in one transaction and reports ids', () => {
    const s = store();
    const r = s.importConcepts([concept('川渝', 'Sichuan and Chongqing'), concept('两江新区', 'Liangjiang New Area')], 'merge', 'u');
    expect(r.applied).toBe(true);
    expect(r.rows.map((x) => x.conceptId)).toEqual(s.allConcepts().map((c) => c.id));
    const v = s.version();
    const again = s.importConcepts([concept('川渝', 'Sichuan and Chongqing')], 'merge', 'u');
    expect(again.counts.unchanged).toBe(1);
    expect(s.version()).toBe(v); // nothing changed, nothing written
  });

  it('writes nothing when one incoming concept is invalid', () => {
    const s = store();
    s.addConcept(concept('川渝', 'Sichuan and Chongqing'), 'u');
    const before = s.allConcepts();
    const v = s.version();
    const bad = [concept('两江新区', 'Liangjiang New Area'), concept('', 'nothing'), concept('天府新区', 'Tianfu New Area')];
    let err: GlossaryError | null = null;
    try {
      s.importConcepts(bad, 'replace-all', 'u');
    } catch (e) {
      err = e as GlossaryError;
    }
    expect(err?.code).toBe('invalid-concept');
    expect(err?.details.index).toBe(1);
    expect(s.allConcepts()).toEqual(before);
    expect(s.version()).toBe(v);
  });

  it('undo of replace-all brings back the deleted concepts with their ids', () => {
    const s = store();
    const a = s.addConcept(concept('川渝', 'Sichuan and Chongqing', { admitted: ['Sichuan-Chongqing'] }), 'u');
    const b = s.addConcept(concept('两江新区', 'Liangjiang New Area'), 'u');
    s.importConcepts([concept('天府新区', 'Tianfu New Area')], 'replace-all', 'u');
    expect(s.allConcepts()).toHaveLength(1);
    s.undo('u');
    expect(s.allConcepts()).toEqual([a, b]);
    s.redo('u');
    expect(s.allConcepts().map((c) => c.terms[0]!.text)).toEqual(['天府新区']);
  });

  it('conflicts() reports inconsistencies of the stored glossary', () => {
    const s = store();
    const a = s.addConcept(concept('两江新区', 'Liangjiang New Area'), 'u');
    const b = s.addConcept(concept('两江新区', 'Two Rivers New Area'), 'u');
    expect(s.conflicts()).toEqual([{ kind: 'zh-several-preferred', conceptIds: [a.id, b.id], zh: '两江新区', en: ['Liangjiang New Area', 'Two Rivers New Area'] }]);
    s.deleteConcept(b.id, 'u');
    expect(s.conflicts()).toEqual([]);
  });

  it('replace-all deletes what the file does not have', () => {
    const s = store();
    s.addConcept(concept('川渝', 'Sichuan and Chongqing'), 'u');
    const r = s.importConcepts([concept('两江新区', 'Liangjiang New Area')], 'replace-all', 'u');
    expect(r.counts).toMatchObject({ added: 1, deleted: 1 });
    expect(s.allConcepts().map((c) => c.terms[0]!.text)).toEqual(['两江新区']);
  });
});
