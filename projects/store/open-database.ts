import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { ProjectError } from './project-error';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Open (or create) an SQLite file with the project's pragmas and run pending numbered migrations.
 * A file that is not SQLite, or was written by a newer Duizhao, is refused with a clear code.
 */
export function openDatabase(
  path: string,
  migrations: string[],
  opts: { create: boolean; kind: 'project' | 'glossary' },
): Database.Database {
  const isMemory = path === ':memory:';
  if (!isMemory) {
    if (existsSync(path)) {
      const head = readFileSync(path).subarray(0, 16).toString('latin1');
      if (head.length > 0 && head !== SQLITE_MAGIC) throw new ProjectError(`not-a-${opts.kind}`, { path });
    } else if (!opts.create) {
      throw new ProjectError(`${opts.kind}-not-found`, { path });
    }
  }
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new ProjectError('newer-schema', { path, version, known: migrations.length });
    }
    for (let v = version; v < migrations.length; v++) {
      db.transaction(() => {
        db.exec(migrations[v]!);
        db.pragma(`user_version = ${v + 1}`);
      })();
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
