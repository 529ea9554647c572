/**
 * The full-text index (SQLite FTS5, migration 3): one row per provision, per passage of a corpus
 * source and per passage of an imported document. A hit says what it is (title), where it stands
 * ("Article 1(2)"), its snippet in plain text with the found words' places, and for a passage the
 * raw span of those words in the source or document, so a face can show that passage.
 */
import type Database from 'better-sqlite3';
import { parseQuery } from './search-query.js';
import { CLOSE, indexable, OPEN, rawRange, snippetOf, unmark, type Range } from './snippet.js';

export type SearchKind = 'provision' | 'source' | 'document';

/** A passage of a document to index (what the text layer's searchPassages gives). */
export interface IndexedPassage {
  pointer: string;
  where: string;
  text: string;
  /** Runs of the text at consecutive raw offsets, as pairs [textOffset, rawOffset, …]. */
  map: readonly number[];
}

export interface SearchEntry {
  kind: SearchKind;
  /** The treaty's id; '' for an imported document. */
  treaty: string;
  /** The provision id, source id or document id. */
  ref: string;
  /** What the hit is, as shown. */
  title: string;
  /** Where it stands, in words ("Article 1(2)", "preamble, recital 2"). */
  where: string;
  /** A passage's JSON Pointer in its document; null for a provision. */
  pointer: string | null;
  /** Words found but not shown as the snippet unless the body has none: titles, a summary, tags. */
  names: string;
  /** Words found but never shown (a provision's tags), beside `where`. */
  keywords?: string;
  /** What the names are, as `where` of a hit found only in them ("the treaty's titles"); `where` when absent. */
  namesWhere?: string;
  /** The plain text the snippet comes from. */
  body: string;
  /** The body's map to raw offsets (IndexedPassage.map); null for a provision (its quote is not raw text). */
  map: readonly number[] | null;
}

export interface SearchHit {
  kind: SearchKind;
  treaty: string | null;
  ref: string;
  title: string;
  where: string;
  snippet: string;
  marks: Range[];
  passage: string | null;
  span: Range | null;
}

export interface SearchAnswer {
  terms: string[];
  total: number;
  hits: SearchHit[];
}

interface Place {
  where: string;
  namesWhere?: string;
  pointer: string | null;
  map: readonly number[] | null;
}

export function insertEntries(db: Database.Database, entries: readonly SearchEntry[]): void {
  const insert = db.prepare(
    'INSERT INTO search_index (kind, treaty, ref, title, place, heading, names, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const e of entries) {
    const place: Place = { where: e.where, ...(e.namesWhere ? { namesWhere: e.namesWhere } : {}), pointer: e.pointer, map: e.map };
    const heading = e.keywords ? `${e.where}\n${e.keywords}` : e.where;
    insert.run(e.kind, e.treaty, e.ref, e.title, JSON.stringify(place), indexable(heading), indexable(e.names), indexable(e.body));
  }
}

/** An imported document's passages as entries; its name is searchable on the first. */
export function documentEntries(id: string, name: string, passages: readonly IndexedPassage[]): SearchEntry[] {
  return passages.map((p, i) => ({
    kind: 'document',
    treaty: '',
    ref: id,
    title: name,
    where: p.where,
    pointer: p.pointer,
    names: i === 0 ? name : '',
    namesWhere: 'the file name',
    body: p.text,
    map: p.map,
  }));
}

/** How much a word found in each column counts (bm25): the text and its heading first, titles and file names after. */
const WEIGHTS = { heading: 2, names: 0.5, body: 1 };

interface Row {
  kind: SearchKind;
  treaty: string;
  ref: string;
  title: string;
  place: string;
  names: string;
  body: string;
}

function hitOf(row: Row): SearchHit {
  const place = JSON.parse(row.place) as Place;
  const body = unmark(row.body);
  // The snippet from the text a reader sees; from the names only when the words were found there alone
  // (a hit found by its heading alone, "Article 4", shows its text's beginning, nothing marked).
  const names = body.marks.length === 0 ? unmark(row.names) : null;
  const shown = names && names.marks.length > 0 ? names : body;
  const snippet = snippetOf(shown.text, shown.marks);
  const span = shown === body && snippet.found && place.map ? rawRange(place.map, snippet.found) : null;
  return {
    kind: row.kind,
    treaty: row.treaty === '' ? null : row.treaty,
    ref: row.ref,
    title: row.title,
    where: shown === body ? place.where : (place.namesWhere ?? place.where),
    snippet: snippet.text,
    marks: snippet.marks,
    passage: place.pointer,
    span,
  };
}

export function searchEntries(db: Database.Database, query: string, limit: number): SearchAnswer {
  const { match, terms } = parseQuery(query);
  if (!match) return { terms, total: 0, hits: [] };
  const rows = db
    .prepare(
      `SELECT kind, treaty, ref, title, place,
              highlight(search_index, 6, '${OPEN}', '${CLOSE}') AS names,
              highlight(search_index, 7, '${OPEN}', '${CLOSE}') AS body
       FROM search_index WHERE search_index MATCH ?
       ORDER BY bm25(search_index, 0, 0, 0, 0, 0, ${WEIGHTS.heading}, ${WEIGHTS.names}, ${WEIGHTS.body}) LIMIT ?`,
    )
    .all(match, limit) as Row[];
  const { total } = db.prepare('SELECT count(*) AS total FROM search_index WHERE search_index MATCH ?').get(match) as { total: number };
  return { terms, total, hits: rows.map(hitOf) };
}
