/**
 * The database schema, as numbered migrations applied in order and recorded in `schema_migrations`.
 * Never edit a released migration: add the next one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'saved scenarios and imported documents',
    sql: `
      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        body TEXT NOT NULL,            -- the scenario as JSON (the scenario file format)
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,            -- the raw text as uploaded
        structured TEXT NOT NULL,      -- the ingested structured document as JSON
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'full-text search over provisions and source texts',
    sql: `
      CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED,                -- provision | source
        treaty UNINDEXED,
        ref UNINDEXED,                 -- provision id, or source id
        title,
        body,
        tokenize = 'porter unicode61'
      );
    `,
  },
];
