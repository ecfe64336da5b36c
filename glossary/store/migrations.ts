import type Database from 'better-sqlite3';
import { GlossaryError } from './glossary-error';

/** PRAGMA application_id of Duizhao glossary files ('DZGL'). */
export const GLOSSARY_APPLICATION_ID = 0x445a474c;

/**
 * Numbered schema migrations: migrations[i] brings a file from user_version i to i + 1.
 * Append only; never edit a released step.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
  INSERT INTO meta (key, value) VALUES ('version', 0);
  CREATE TABLE concepts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    domain TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    modified_at TEXT NOT NULL
  );
  CREATE TABLE terms (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    concept_id INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('preferred', 'admitted', 'forbidden')),
    case_sensitive INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX terms_concept ON terms (concept_id, position);
  CREATE INDEX terms_text ON terms (text);
  CREATE INDEX terms_lang_text_nocase ON terms (lang, text COLLATE NOCASE);
  CREATE INDEX concepts_domain ON concepts (domain);
  CREATE TABLE change_sets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('add', 'edit', 'delete', 'import')),
    user TEXT NOT NULL,
    at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('done', 'undone'))
  );
  CREATE INDEX change_sets_user_state ON change_sets (user, state, id);
  CREATE TABLE change_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    set_id INTEGER NOT NULL REFERENCES change_sets(id) ON DELETE CASCADE,
    concept_id INTEGER NOT NULL,
    before TEXT,
    after TEXT
  );
  CREATE INDEX change_items_set ON change_items (set_id, id);
  `,
];

function isNotADatabase(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/** Check the file is a Duizhao glossary (or empty) and bring its schema up to date. */
export function migrate(db: Database.Database, path: string): void {
  let userVersion: number;
  let appId: number;
  let tableCount: number;
  try {
    userVersion = Number(db.pragma('user_version', { simple: true }));
    appId = Number(db.pragma('application_id', { simple: true }));
    tableCount = Number((db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n);
  } catch (e) {
    if (isNotADatabase(e)) throw new GlossaryError('not-a-glossary', { path }, { cause: e });
    throw e;
  }
  if (userVersion === 0 && tableCount > 0) throw new GlossaryError('not-a-glossary', { path, reason: 'foreign-tables' });
  if (userVersion > 0 && appId !== GLOSSARY_APPLICATION_ID) throw new GlossaryError('not-a-glossary', { path, reason: 'application-id' });
  if (userVersion > migrations.length) {
    throw new GlossaryError('newer-schema', { path, fileVersion: userVersion, knownVersion: migrations.length });
  }
  if (userVersion === migrations.length) return;
  db.transaction(() => {
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const current = Number(db.pragma('user_version', { simple: true }));
    for (let v = current; v < migrations.length; v++) db.exec(migrations[v]!);
    db.pragma(`application_id = ${GLOSSARY_APPLICATION_ID}`);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
