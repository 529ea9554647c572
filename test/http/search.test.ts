/**
 * GET /api/search on the real corpus and server: hits with the article as the treaty numbers it,
 * plain-text snippets with the words found placed exactly, source passages with their span in the
 * source text, imported documents found (and gone when deleted, and indexed when kept by an older
 * database), limits refused with a 400 naming q, and no query at all that gives a 500.
 */
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { ingest } from '../../src/text/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const UNTS_1961 = readFileSync(join(CORPUS, 'ussr-prk-1961/sources/000_df94f2d4f29a19fa.txt'), 'utf8');
const quiet = () => undefined;

interface Hit {
  kind: string;
  treaty: string | null;
  ref: string;
  title: string;
  where: string;
  snippet: string;
  marks: { start: number; end: number }[];
  passage: string | null;
  span: { start: number; end: number } | null;
}
interface Answer {
  status: number;
  json: { query?: string; terms?: string[]; total?: number; hits?: Hit[]; detail?: string; errors?: { field: string; message: string }[] };
}

async function call(server: RunningServer, method: string, path: string, body?: object): Promise<Answer> {
  const response = await fetch(server.url + path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Answer['json']) : {} };
}

const search = (server: RunningServer, q: string) => call(server, 'GET', `/api/search?q=${encodeURIComponent(q)}`);
const markedWords = (hit: Hit) => hit.marks.map((m) => hit.snippet.slice(m.start, m.end));

describe('GET /api/search', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pacta-search-'));
  let server: RunningServer;
  before(async () => {
    server = await startServer({ corpusRoot: CORPUS, dataDir, port: 0, host: '127.0.0.1', log: quiet });
  });
  after(async () => server.close());

  it('"denounce": the source passage (Article 6, paragraph 2) with its span in the source, and the provision as Article 6(2)', async () => {
    const r = await search(server, 'denounce');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.terms, ['denounce… (or denunciation…)']);
    // The 1961 treaty's "denounce" and the North Atlantic Treaty's "notice of denunciation", each as provision and source passage.
    assert.equal(r.json.total, 4);
    assert.deepEqual(r.json.hits!.map((h) => `${h.kind} ${h.treaty} ${h.where}: ${markedWords(h).join(', ')}`).sort(), [
      'provision north-atlantic-1949 Article 13: denunciation',
      'provision ussr-prk-1961 Article 6(2): denounce',
      'source north-atlantic-1949 Article 13: denunciation',
      'source ussr-prk-1961 Article 6, paragraph 2: denounce',
    ]);
    const source = r.json.hits!.find((h) => h.kind === 'source' && h.treaty === 'ussr-prk-1961')!;
    assert.deepEqual(
      [source.treaty, source.ref, source.where, source.passage],
      ['ussr-prk-1961', 'unts-6045-en', 'Article 6, paragraph 2', '/articles/5/paragraphs/1'],
    );
    assert.equal(
      source.title,
      'USSR–DPRK Treaty of Friendship, Co-operation and Mutual Assistance (1961) — source text, a translation (en)',
    );
    assert.deepEqual(markedWords(source), ['denounce']);
    assert.equal(UNTS_1961.slice(source.span!.start, source.span!.end), 'denounce');
    const provision = r.json.hits!.find((h) => h.kind === 'provision' && h.treaty === 'ussr-prk-1961')!;
    assert.deepEqual(
      [provision.ref, provision.where, provision.span, provision.passage],
      ['art6-duration-renewal', 'Article 6(2)', null, null],
    );
    assert.match(provision.title, /^USSR–DPRK Treaty of Friendship, Co-operation and Mutual Assistance \(1961\), Article 6\(2\): /);
  });

  it('a word of a family finds the others ("ratify": "ratification", "entry": "enter"); a phrase is taken as written', async () => {
    const ratify = await search(server, 'ratify');
    assert.deepEqual(ratify.json.terms, ['ratify… (or ratification…)']);
    const source1961 = ratify.json.hits!.find((h) => h.kind === 'source' && h.where === 'Article 6, paragraph 1')!;
    assert.deepEqual(markedWords(source1961), ['ratification']);
    const entry = await search(server, 'Entry into force');
    assert.deepEqual(entry.json.terms, ['Entry… (or enter…)', 'into…', 'force…']);
    assert.ok(
      entry.json.hits!.some((h) => h.kind === 'source' && h.treaty === 'anzus-1951' && markedWords(h).join(' ') === 'enter into force'),
    );
    const phrase = await search(server, '"entry into force"');
    assert.deepEqual(phrase.json.terms, ['"entry into force"']);
    assert.ok(phrase.json.total! < entry.json.total!, `${phrase.json.total} < ${entry.json.total}`);
  });

  it('a provision of Art. 1(2) says "Article 1(2)", never "Article 1"', async () => {
    const r = await search(server, 'suffer armed attack coalition');
    const hit = r.json.hits!.find((h) => h.ref === 'art1-mutual-assistance')!;
    assert.equal(hit.where, 'Article 1(2)');
    assert.match(hit.title, /, Article 1\(2\): /);
  });

  it('"[TRANSLATION": the bracketed heading line, the word alone marked, no Markdown in the snippet', async () => {
    const r = await search(server, '[TRANSLATION');
    assert.equal(r.status, 200);
    const [hit] = r.json.hits!;
    assert.equal(hit!.snippet, '[TRANSLATION — TRADUCTION]');
    assert.deepEqual(hit!.marks, [{ start: 1, end: 12 }]);
    assert.equal(UNTS_1961.slice(hit!.span!.start, hit!.span!.end), 'TRANSLATION');
  });

  it('source snippets hold no Markdown or HTML markup (headings, emphasis, <sup>)', async () => {
    for (const q of ['Article 4', 'friendship', 'treaty', 'Signed Moscow', 'Official texts']) {
      const r = await search(server, q);
      for (const hit of r.json.hits!.filter((h) => h.kind === 'source'))
        assert.doesNotMatch(hit.snippet, /\*\*|#{2,}|<\/?sup>|^\*|\*$/, `${q}: ${hit.snippet}`);
    }
    const [heading] = (await search(server, 'Official texts Russian')).json.hits!;
    assert.equal(heading!.snippet, 'Official texts: Russian and Korean.');
  });

  it('an imported document is found, links to itself, and is gone once deleted', async () => {
    const text = 'Article 1\n\nThe Parties shall protect the quokka population of Rottnest Island.\n';
    const created = await call(server, 'POST', '/api/documents', { name: 'quokka-pact.txt', text });
    assert.equal(created.status, 201);
    const id = (created.json as unknown as { id: string }).id;
    const r = await search(server, 'quokka');
    // The paragraph first; then the document's name, where the word is found too.
    assert.deepEqual(
      r.json.hits!.map((h) => h.where),
      ['Article 1', 'the file name'],
    );
    const [hit] = r.json.hits!;
    assert.deepEqual(
      { ...hit!, words: markedWords(hit!), found: text.slice(hit!.span!.start, hit!.span!.end) },
      {
        kind: 'document',
        treaty: null,
        ref: id,
        title: 'quokka-pact.txt',
        where: 'Article 1',
        snippet: 'The Parties shall protect the quokka population of Rottnest Island.',
        marks: [{ start: 30, end: 36 }],
        passage: '/articles/0/paragraphs/0',
        span: hit!.span,
        words: ['quokka'],
        found: 'quokka',
      },
    );
    assert.equal((await call(server, 'DELETE', `/api/documents/${id}`)).status, 204);
    assert.equal((await search(server, 'quokka')).json.total, 0);
  });

  it('limits: more than 300 characters or 20 words is a 400 naming q; an empty q too', async () => {
    const long = await search(server, 'a'.repeat(301));
    assert.equal(long.status, 400);
    assert.equal(long.json.detail, 'q: at most 300 characters (this query has 301): search for fewer words');
    assert.equal(long.json.errors?.[0]?.field, 'q');
    const wordy = await search(server, Array.from({ length: 21 }, (_, i) => `w${i}`).join(' '));
    assert.equal(wordy.status, 400);
    assert.equal(wordy.json.detail, 'q: at most 20 words (this query has 21): search for fewer words');
    const empty = await call(server, 'GET', '/api/search?q=%20');
    assert.equal(empty.status, 400);
    assert.equal(empty.json.detail, 'q: give words to search for');
    const limits = (await call(server, 'GET', '/api/openapi.json')).json as unknown as {
      paths: { '/api/search': { get: { description: string } } };
    };
    assert.match(limits.paths['/api/search'].get.description, /at most 300 characters and 20 words .*at most 20 hits/);
  });

  it('punctuation only: 200 with no terms and no hits (nothing to search for)', async () => {
    for (const q of ['(', '"', '*', ')(*', '[]', '—']) {
      const r = await search(server, q);
      assert.equal(r.status, 200, q);
      assert.deepEqual([r.json.terms, r.json.total, r.json.hits], [[], 0, []], q);
    }
  });

  it('any q: 200 or a 400 naming q, never a 500; marks inside the snippet and in order (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc
            .array(
              fc.constantFrom('armed', 'attack', '"', '(', ')', '[', '*', 'NEAR', 'AND', 'OR', 'NOT', ':', '^', '-', 'Article', '1(2)'),
              {
                maxLength: 8,
              },
            )
            .map((w) => w.join(' ')),
          fc.string({ unit: 'grapheme', minLength: 290, maxLength: 320 }),
        ),
        async (q) => {
          const r = await search(server, q);
          if (r.status === 400) {
            assert.equal(r.json.errors?.[0]?.field, 'q', q);
            return;
          }
          assert.equal(r.status, 200, `${JSON.stringify(q)}: ${r.status}`);
          for (const hit of r.json.hits!) {
            let at = 0;
            for (const m of hit.marks) {
              assert.ok(m.start >= at && m.end > m.start && m.end <= hit.snippet.length, JSON.stringify({ q, hit }));
              at = m.end;
            }
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('a database kept before search indexed documents (migration 3)', () => {
  /** A data folder whose database stops at migration 2, with the documents given (id, name, text, structure). */
  function oldDatabase(documents: [string, string, string, unknown][]): string {
    const dataDir = mkdtempSync(join(tmpdir(), 'pacta-search-old-'));
    const db = new Database(join(dataDir, 'pacta.sqlite'));
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version < 3)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.description, '2026-01-01T00:00:00.000Z');
    }
    for (const [id, name, text, structured] of documents)
      db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        name,
        'treaty-text',
        text,
        JSON.stringify(structured),
        '2026-01-01T00:00:00.000Z',
      );
    db.close();
    return dataDir;
  }

  it('a document whose structure this version cannot read stays kept and unsearchable; the server starts, the others are found', async () => {
    const good = 'Article 1\n\nThe Parties shall count the quokkas annually.\n';
    const dataDir = oldDatabase([
      ['00000000-0000-4000-8000-000000000002', 'unreadable.txt', 'Article 1\n\nThe Parties shall count the quokkas.\n', {}],
      ['00000000-0000-4000-8000-000000000003', 'quokkas.txt', good, ingest(good, 'quokkas.txt')],
    ]);
    const server = await startServer({ corpusRoot: CORPUS, dataDir, port: 0, host: '127.0.0.1', log: quiet });
    try {
      const found = (await search(server, 'quokkas')).json;
      // The readable one (its passage, and its file name), never the unreadable one.
      assert.deepEqual([...new Set(found.hits!.map((h) => h.ref))], ['00000000-0000-4000-8000-000000000003']);
      const kept = await call(server, 'GET', '/api/documents/00000000-0000-4000-8000-000000000002');
      assert.equal(kept.status, 200);
    } finally {
      await server.close();
    }
  });

  it('its documents are indexed when the server starts, and found', async () => {
    const text = 'Article 1\n\nThe Parties shall count the wombats annually.\n';
    const dataDir = oldDatabase([['00000000-0000-4000-8000-000000000001', 'wombats.txt', text, ingest(text, 'wombats.txt')]]);
    const server = await startServer({ corpusRoot: CORPUS, dataDir, port: 0, host: '127.0.0.1', log: quiet });
    try {
      const [hit] = (await search(server, 'wombats annually')).json.hits!;
      assert.deepEqual(
        [hit!.kind, hit!.ref, hit!.snippet],
        ['document', '00000000-0000-4000-8000-000000000001', 'The Parties shall count the wombats annually.'],
      );
    } finally {
      await server.close();
    }
  });
});
