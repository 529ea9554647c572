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
  {
    version: 3,
    description: 'search by passage: where each hit stands, its map to the source, imported documents indexed',
    sql: `
      DROP TABLE search_index;
      CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED,                -- provision | source | document
        treaty UNINDEXED,              -- the treaty id; '' for an imported document
        ref UNINDEXED,                 -- provision id, source id, or document id
        title UNINDEXED,               -- what the hit is, as shown
        place UNINDEXED,               -- JSON: where (in words), pointer, map from the body to raw offsets
        heading,                       -- where it stands, in words ("Article 1(2)", "preamble, recital 2"); a provision's tags
        names,                         -- words shown only when the body has none of those found (titles, a summary, a file name)
        body,                          -- the plain text the snippet comes from
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
    `,
  },
];
