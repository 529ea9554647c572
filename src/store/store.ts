/**
 * The user's own work in an embedded SQLite file: saved scenarios, imported documents, and the
 * full-text index over the corpus. Opening a store applies any pending migration.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError, lineColumnAt, LONE_SURROGATE_HINT, loneSurrogateAt } from '../model/index.js';
import { MIGRATIONS } from './migrations.js';
import { SEARCH_LIMITS } from './search-query.js';
import { documentEntries, insertEntries, searchEntries, type IndexedPassage, type SearchAnswer, type SearchEntry } from './search-index.js';

/**
 * Text goes in only if it comes back exactly: SQLite stores UTF-8, and a lone surrogate has no UTF-8
 * form (it would come back as U+FFFD, three of them, so a document's spans would no longer index its
 * text). Refused here, at the door, whatever face sent it; `what` names the record, `field` the column.
 */
function checkText(what: string, field: string, text: string): void {
  const at = loneSurrogateAt(text);
  if (at < 0) return;
  throw new InputError({
    file: what,
    ...lineColumnAt(text, at),
    path: field,
    code: 'input-lone-surrogate',
    message: `not valid Unicode text: lone surrogate U+${text.charCodeAt(at).toString(16).toUpperCase()} at offset ${at} of the ${field} (half of a UTF-16 pair without its other half)`,
    hint: LONE_SURROGATE_HINT,
  });
}

export interface SavedScenario {
  id: string;
  title: string;
  scenario: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface SavedDocument {
  id: string;
  name: string;
  kind: string;
  text: string;
  structured: unknown;
  createdAt: string;
}

export class Store {
  private readonly db: Database.Database;

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // Write-ahead log, each commit synced to disk before it returns (see README.md: Durability).
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  /** The durability settings in force on this connection (README.md: Durability). */
  durability(): { journalMode: string; synchronous: number } {
    return {
      journalMode: String(this.db.pragma('journal_mode', { simple: true })),
      synchronous: Number(this.db.pragma('synchronous', { simple: true })),
    };
  }

  /** Versions applied, in order. */
  schemaVersions(): number[] {
    return this.db
      .prepare('SELECT version FROM schema_migrations ORDER BY version')
      .all()
      .map((r) => (r as { version: number }).version);
  }

  private migrate(): void {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(this.schemaVersions());
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db
          .prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.description, new Date().toISOString());
      })();
    }
  }

  close(): void {
    this.db.close();
  }

  // Scenarios

  listScenarios(): Omit<SavedScenario, 'scenario'>[] {
    return this.db
      .prepare('SELECT id, title, created_at AS createdAt, updated_at AS updatedAt FROM scenarios ORDER BY updated_at DESC, id')
      .all() as Omit<SavedScenario, 'scenario'>[];
  }

  getScenario(id: string): SavedScenario | undefined {
    const row = this.db
      .prepare('SELECT id, title, body, created_at AS createdAt, updated_at AS updatedAt FROM scenarios WHERE id = ?')
      .get(id) as { id: string; title: string; body: string; createdAt: string; updatedAt: string } | undefined;
    return row && { id: row.id, title: row.title, scenario: JSON.parse(row.body), createdAt: row.createdAt, updatedAt: row.updatedAt };
  }

  createScenario(title: string, scenario: unknown): SavedScenario {
    checkText('scenario', 'title', title);
    const id = randomUUID();
    const now = new Date().toISOString();
    this.db
      .prepare('INSERT INTO scenarios (id, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, title, JSON.stringify(scenario), now, now);
    return this.getScenario(id)!;
  }

  updateScenario(id: string, title: string, scenario: unknown): SavedScenario | undefined {
    checkText('scenario', 'title', title);
    const result = this.db
      .prepare('UPDATE scenarios SET title = ?, body = ?, updated_at = ? WHERE id = ?')
      .run(title, JSON.stringify(scenario), new Date().toISOString(), id);
    return result.changes ? this.getScenario(id) : undefined;
  }

  deleteScenario(id: string): boolean {
    return this.db.prepare('DELETE FROM scenarios WHERE id = ?').run(id).changes > 0;
  }

  // Documents

  listDocuments(): Omit<SavedDocument, 'text' | 'structured'>[] {
    return this.db.prepare('SELECT id, name, kind, created_at AS createdAt FROM documents ORDER BY created_at DESC, id').all() as Omit<
      SavedDocument,
      'text' | 'structured'
    >[];
  }

  getDocument(id: string): SavedDocument | undefined {
    const row = this.db.prepare('SELECT id, name, kind, text, structured, created_at AS createdAt FROM documents WHERE id = ?').get(id) as
      (Omit<SavedDocument, 'structured'> & { structured: string }) | undefined;
    return row && { ...row, structured: JSON.parse(row.structured) };
  }

  /** Keeps a document and indexes its passages for search, in one transaction. */
  createDocument(name: string, kind: string, text: string, structured: unknown, passages: readonly IndexedPassage[] = []): SavedDocument {
    checkText('document', 'name', name);
    checkText(name, 'kind', kind);
    checkText(name, 'text', text);
    const id = randomUUID();
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO documents (id, name, kind, text, structured, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, name, kind, text, JSON.stringify(structured), new Date().toISOString());
      insertEntries(this.db, documentEntries(id, name, passages));
    })();
    return this.getDocument(id)!;
  }

  /** Deletes a document and its passages from the index. */
  deleteDocument(id: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare("DELETE FROM search_index WHERE kind = 'document' AND ref = ?").run(id);
      return this.db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
    })();
  }

  /** Documents kept before their passages were indexed (a database older than migration 3). */
  unindexedDocuments(): string[] {
    return this.db
      .prepare("SELECT id FROM documents WHERE id NOT IN (SELECT ref FROM search_index WHERE kind = 'document') ORDER BY created_at, id")
      .all()
      .map((r) => (r as { id: string }).id);
  }

  /** Indexes a kept document's passages (replacing any it had); the caller has the document already. */
  indexDocument(document: Pick<SavedDocument, 'id' | 'name'>, passages: readonly IndexedPassage[]): void {
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM search_index WHERE kind = 'document' AND ref = ?").run(document.id);
      insertEntries(this.db, documentEntries(document.id, document.name, passages));
    })();
  }

  // Search

  /** Replaces the corpus part of the index (the corpus is files; the index is rebuilt from them). */
  indexCorpus(entries: readonly SearchEntry[]): void {
    this.db.transaction(() => {
      this.db.exec("DELETE FROM search_index WHERE kind != 'document'");
      insertEntries(this.db, entries);
    })();
  }

  /** The best hits for the words of `query` (see search-query.ts for how it is read, and its limits). */
  search(query: string, limit: number = SEARCH_LIMITS.hits): SearchAnswer {
    return searchEntries(this.db, query, limit);
  }
}
