/**
 * Numbered schema migrations of a project file. `PRAGMA user_version` records how many ran.
 * Add a migration by appending to the array; never edit one that has shipped.
 */
export const PROJECT_MIGRATIONS: string[] = [
  // 1: the first schema
  `
  CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    source_lang TEXT NOT NULL DEFAULT 'zh',
    target_lang TEXT NOT NULL DEFAULT 'en',
    created_at TEXT NOT NULL
  );
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT,
    imported_at TEXT NOT NULL,
    layout_confirmed INTEGER NOT NULL DEFAULT 0,
    -- the layout under review (JSON LayoutArticle[]) and its undo history, until confirmed
    layout_json TEXT,
    history_json TEXT,
    warnings_json TEXT NOT NULL DEFAULT '[]'
  );
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL
  );
  CREATE INDEX articles_document ON articles(document_id, ord);
  CREATE TABLE blocks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    type TEXT NOT NULL,
    line_from INTEGER,
    line_to INTEGER
  );
  CREATE INDEX blocks_article ON blocks(article_id, ord);
  CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
    ord REAL NOT NULL,
    source TEXT NOT NULL,
    separator TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'initial' CHECK (state IN ('initial','translated','reviewed','final')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX segments_block ON segments(block_id, ord);
  CREATE TABLE waivers (
    id INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    check_code TEXT NOT NULL,
    term TEXT,
    reason TEXT NOT NULL,
    waived_by TEXT NOT NULL,
    waived_at TEXT NOT NULL
  );
  CREATE INDEX waivers_segment ON waivers(segment_id);
  -- segment split/merge log, so both can be undone after a restart
  CREATE TABLE segment_ops (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    op_json TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  // 2: project settings (segmentation rules and options)
  `
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 3: layout undo keeps the imported layout once and the list of edits (not a snapshot per edit)
  `
  ALTER TABLE documents ADD COLUMN layout_base_json TEXT;
  `,
];
