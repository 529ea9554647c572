/**
 * Search in the store: passages in plain text (the Markdown and HTML a reader does not see taken out),
 * the words found placed exactly in the snippet and in the raw text, any query safe (brackets,
 * quotes, FTS5 operators), imported documents indexed on import and gone on delete.
 */
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { parseQuery, Store } from '../../src/store/index.js';
import { ingest, searchPassages } from '../../src/text/index.js';

const RAW = `# Treaty of Testing

## Article 1

The Parties shall resist an **armed attack** as set out in [the Charter](https://un.org/charter) and *Annex I*.

| Party | Date |
|---|---|
| Ruritania | 1 May 1950 |

## Article 2

1. Each Party [TRANSLATION] may denounce this Treaty (see Article 1(2)).
2. A <b>notice</b> of denunciation takes effect after one year.

Done at Geneva, 1 June 1950.
`;

function keep(store: Store, name = 'testing.md', raw = RAW) {
  return store.createDocument(name, 'treaty-text', raw, {}, searchPassages(raw, ingest(raw, name)));
}

/** The snippet with each mark shown as «…». */
function marked(hit: { snippet: string; marks: { start: number; end: number }[] }): string {
  let out = '';
  let at = 0;
  for (const m of hit.marks) {
    out += hit.snippet.slice(at, m.start) + '«' + hit.snippet.slice(m.start, m.end) + '»';
    at = m.end;
  }
  return out + hit.snippet.slice(at);
}

describe('store search: passages in plain text, marks and spans exact', () => {
  const store = new Store(':memory:');
  const doc = keep(store);

  it('a paragraph with bold, a link and emphasis: plain words, the words found marked, their raw span', () => {
    const answer = store.search('armed attack');
    assert.deepEqual(answer.terms, ['armed…', 'attack…']);
    assert.equal(answer.total, 1);
    const [hit] = answer.hits;
    assert.deepEqual(
      { ...hit!, snippet: marked(hit!) },
      {
        kind: 'document',
        treaty: null,
        ref: doc.id,
        title: 'testing.md',
        where: 'Article 1, paragraph 1',
        snippet: 'The Parties shall resist an «armed» «attack» as set out in the Charter and Annex I.',
        marks: [
          { start: 28, end: 33 },
          { start: 34, end: 40 },
        ],
        passage: '/articles/0/paragraphs/0',
        span: hit!.span,
      },
    );
    assert.equal(RAW.slice(hit!.span!.start, hit!.span!.end), 'armed attack');
  });

  it('a query with a bracket finds the bracketed word and marks it alone, brackets left as text', () => {
    const [hit] = store.search('[TRANSLATION').hits;
    assert.equal(marked(hit!), 'Each Party [«TRANSLATION»] may denounce this Treaty (see Article 1(2)).');
    assert.equal(hit!.where, 'Article 2(1)');
    assert.equal(RAW.slice(hit!.span!.start, hit!.span!.end), 'TRANSLATION');
  });

  it('a table row reads as its cells, an HTML tag is gone, and a phrase in quotes is marked as one', () => {
    assert.equal(marked(store.search('Ruritania').hits[0]!), 'Party Date «Ruritania» 1 May 1950');
    assert.equal(marked(store.search('notice').hits[0]!), 'A «notice» of denunciation takes effect after one year.');
    const phrase = store.search('"armed attack"');
    assert.deepEqual(phrase.terms, ['"armed attack"']);
    assert.equal(marked(phrase.hits[0]!), 'The Parties shall resist an «armed attack» as set out in the Charter and Annex I.');
    assert.equal(store.search('"attack armed"').total, 0);
  });

  it('a word finds its inflections (porter) and what it begins; every word must be in the passage', () => {
    assert.equal(marked(store.search('denounc').hits[0]!), 'Each Party [TRANSLATION] may «denounce» this Treaty (see Article 1(2)).');
    assert.equal(
      marked(store.search('attacks').hits[0]!),
      'The Parties shall resist an armed «attack» as set out in the Charter and Annex I.',
    );
    assert.equal(store.search('Ruritania denounce').total, 0);
  });

  it('a hit found only by the file name says so, and shows no raw span', () => {
    const bulletin = keep(store, 'quarterly-bulletin.md', 'Article 1\n\nThe Parties shall meet.\n');
    const [hit] = store.search('quarterly').hits;
    assert.deepEqual([hit!.ref, hit!.where, marked(hit!), hit!.span], [bulletin.id, 'the file name', '«quarterly»-bulletin.md', null]);
    store.deleteDocument(bulletin.id);
  });

  it('FTS5 syntax in the query is only words or separators', () => {
    for (const q of [
      '"',
      '(',
      ')',
      '*',
      'NEAR',
      'NEAR(armed attack)',
      'armed AND',
      'OR NOT',
      '"armed',
      'armed"',
      '^armed',
      'col:armed',
      '-',
      '+',
    ])
      assert.doesNotThrow(() => store.search(q), q);
    assert.deepEqual(parseQuery('( * " ').terms, []);
    assert.equal(store.search('(').total, 0);
    assert.deepEqual(parseQuery('NEAR(armed attack)').terms, ['NEAR…', 'armed…', 'attack…']);
    assert.equal(store.search('"armed').hits[0]?.where, 'Article 1, paragraph 1');
  });

  it('a document deleted is no longer found; one kept without its passages is listed to index, then found', () => {
    const other = keep(store, 'other.md', 'Article 1\n\nThe Parties shall cultivate zucchini.\n');
    assert.equal(store.search('zucchini').total, 1);
    assert.ok(store.deleteDocument(other.id));
    assert.equal(store.search('zucchini').total, 0);
    const bare = store.createDocument('bare.md', 'treaty-text', 'Article 1\n\nOnly quinces.\n', {});
    assert.deepEqual(store.unindexedDocuments(), [bare.id]);
    store.indexDocument(bare, searchPassages(bare.text, ingest(bare.text, 'bare.md')));
    assert.deepEqual(store.unindexedDocuments(), []);
    assert.equal(store.search('quinces').hits[0]?.ref, bare.id);
  });

  it('reindexing the corpus leaves the imported documents in the index', () => {
    store.indexCorpus([]);
    assert.equal(store.search('armed attack').total, 1);
  });
});

describe('store search: any query (property)', () => {
  const store = new Store(':memory:');
  keep(store);
  // An oracle with the same tokenizer: does a word, alone, match one of the query's terms?
  const oracle = new Database(':memory:');
  oracle.exec("CREATE VIRTUAL TABLE t USING fts5(w, tokenize = 'porter unicode61 remove_diacritics 2')");
  const matches = (word: string, term: string) => {
    oracle.exec('DELETE FROM t');
    oracle.prepare('INSERT INTO t (w) VALUES (?)').run(word);
    return oracle.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(parseQuery(term).match) as { n: number };
  };
  const words = ['armed', 'attack', 'Parties', 'TRANSLATION', '[', ']', '(', '"', '*', 'NEAR', 'Ruritania', 'Article', '1(2)', 'é', '🤝'];

  it('never throws; marks are in order, inside the snippet, and each marked word matches a word of the query', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const q = parts.join(' ');
          const answer = store.search(q);
          const queryWords = parseQuery(q.replace(/"/g, ' ')).terms.map((t) => t.replace(/…$/, ''));
          for (const hit of answer.hits) {
            let at = 0;
            for (const m of hit.marks) {
              assert.ok(m.start >= at && m.end > m.start && m.end <= hit.snippet.length, JSON.stringify({ q, hit }));
              at = m.end;
              const word = hit.snippet.slice(m.start, m.end);
              // A phrase's mark holds several words: each of them matches.
              for (const w of word.split(' '))
                assert.ok(
                  queryWords.some((t) => matches(w, t).n > 0),
                  `"${w}" marked for ${JSON.stringify(q)}`,
                );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
