// Covers src/store/word-families.ts and the word families in search-query.ts: the shipped list reads,
// a query word of a family finds the family's other words, and a malformed list is refused by entry.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { parseQuery } from '../../src/store/index.js';
import { readWordFamilies, wordFamilies } from '../../src/store/word-families.js';

const FAMILIES = readWordFamilies('families:\n  - words: [denounce, denunciation]\n    forms: [denounced]\n', 'test.yaml');

describe('word families in a query', () => {
  it('a word of a family: itself and the family’s other words, each a prefix term, joined by OR', () => {
    assert.deepEqual(parseQuery('denounce', FAMILIES), {
      match: '("denounce"* OR "denunciation"*)',
      terms: ['denounce… (or denunciation…)'],
    });
    // A form is recognised, in any case, and searched as typed beside the family's words.
    assert.deepEqual(parseQuery('Denounced notice', FAMILIES), {
      match: '("Denounced"* OR "denounce"* OR "denunciation"*) AND "notice"*',
      terms: ['Denounced… (or denounce…, denunciation…)', 'notice…'],
    });
  });

  it('a phrase is taken as written; a word of no family is a prefix term alone', () => {
    assert.deepEqual(parseQuery('"notice of denunciation" armed', FAMILIES), {
      match: '"notice of denunciation" AND "armed"*',
      terms: ['"notice of denunciation"', 'armed…'],
    });
  });

  it('the expression is one FTS5 accepts, and it finds each word of the family', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(w, tokenize = 'porter unicode61 remove_diacritics 2')");
    for (const w of ['a notice of denunciation', 'they denounced it', 'armed attack']) db.prepare('INSERT INTO t (w) VALUES (?)').run(w);
    const found = (q: string) =>
      (db.prepare('SELECT w FROM t WHERE t MATCH ? ORDER BY rowid').all(parseQuery(q, FAMILIES).match) as { w: string }[]).map((r) => r.w);
    assert.deepEqual(found('denounce'), ['a notice of denunciation', 'they denounced it']);
    assert.deepEqual(found('notice denounce'), ['a notice of denunciation']);
    assert.deepEqual(found('denunciation attack'), []);
  });
});

describe('the word families list', () => {
  it('the shipped list reads, each family of at least two words, no word in two families', () => {
    const families = wordFamilies();
    assert.ok(families.size >= 28, String(families.size));
    assert.deepEqual(families.get('denunciation')?.words, ['denounce', 'denunciation']);
    assert.deepEqual(families.get('entry')?.words, ['enter', 'entry']);
    assert.equal(families.get('attack'), undefined);
  });

  it('refuses a list not as described, naming the file and the entry', () => {
    const refused = (text: string) => {
      try {
        readWordFamilies(text, 'families.yaml');
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    assert.equal(
      refused('families:\n  - words: [denounce]\n'),
      'families.yaml: at families.0.words: a family has at least two words to search for',
    );
    assert.equal(
      refused('families:\n  - words: [Denounce, denunciation]\n'),
      'families.yaml: at families.0.words.0: a word is lower case letters only',
    );
    assert.equal(
      refused('families:\n  - words: [enter, entry]\n  - words: [entry, entrance]\n'),
      'families.yaml: at families.1: "entry" is in another family already; a word belongs to one',
    );
    assert.match(refused('families: [\n'), /^families\.yaml: not YAML: /);
    assert.match(refused('family: []\n'), /^families\.yaml: at /);
  });
});
