/** The store keeps text exactly (a lone surrogate is refused at the door, never mangled) and syncs each commit. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Store } from '../../src/store/index.js';
import { refusal } from '../support/refusal.js';

const dir = mkdtempSync(join(tmpdir(), 'pacta-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('store: text read back exactly', () => {
  it('a document with astral characters, CRLF, NUL and a BOM comes back byte for byte, across a reopen', () => {
    const file = join(dir, 'exact.db');
    const text = '\uFEFFArticle 1\r\nThe Parties 🤝 agree\u0000.\rDone.\n';
    const store = new Store(file);
    const saved = store.createDocument('pact 🤝.txt', 'treaty-text', text, { spans: [{ start: 1, end: 10 }] });
    store.close();
    const again = new Store(file);
    const read = again.getDocument(saved.id)!;
    again.close();
    assert.equal(read.text, text);
    assert.equal(read.name, 'pact 🤝.txt');
    assert.deepEqual(read.structured, { spans: [{ start: 1, end: 10 }] });
  });

  it('a lone surrogate in a document is refused with its place, and nothing is stored', () => {
    const store = new Store(join(dir, 'lone.db'));
    assert.equal(
      refusal(() => store.createDocument('report.txt', 'treaty-text', 'Article 1\nThe \uD83D Parties', {})),
      'report.txt:2:5: input-lone-surrogate text: not valid Unicode text: lone surrogate U+D83D at offset 14 of the text (half of a UTF-16 pair without its other half) | the text was damaged before it reached pacta (e.g. cut in the middle of an emoji); send it as UTF-8 text, or remove the character',
    );
    assert.equal(
      refusal(() => store.createDocument('bad \uDC00 name', 'treaty-text', 'text', {})),
      'document:1:5: input-lone-surrogate name: not valid Unicode text: lone surrogate U+DC00 at offset 4 of the name (half of a UTF-16 pair without its other half) | the text was damaged before it reached pacta (e.g. cut in the middle of an emoji); send it as UTF-8 text, or remove the character',
    );
    assert.match(
      refusal(() => store.createDocument('report.txt', 'treaty\uDBFF', 'text', {})),
      /^report\.txt:1:7: input-lone-surrogate kind: not valid Unicode text: lone surrogate U\+DBFF at offset 6 of the kind/,
    );
    assert.deepEqual(store.listDocuments(), []);
    store.close();
  });

  it('a scenario title with a lone surrogate is refused; a scenario body keeps one exactly (JSON escapes it)', () => {
    const store = new Store(':memory:');
    assert.match(
      refusal(() => store.createScenario('War \uD800', {})),
      /^scenario:1:5: input-lone-surrogate title: not valid Unicode text: lone surrogate U\+D800 at offset 4 of the title/,
    );
    const saved = store.createScenario('War', { note: 'half \uD800 pair' });
    assert.deepEqual(store.getScenario(saved.id)!.scenario, { note: 'half \uD800 pair' });
    assert.match(
      refusal(() => store.updateScenario(saved.id, 'x\uDFFF', {})),
      /^scenario:1:2: input-lone-surrogate title: /,
    );
    assert.equal(store.getScenario(saved.id)!.title, 'War');
    store.close();
  });
});

describe('store: durability', () => {
  it('writes through a WAL journal, each commit synced (synchronous = FULL)', () => {
    const store = new Store(join(dir, 'durable.db'));
    assert.deepEqual(store.durability(), { journalMode: 'wal', synchronous: 2 });
    store.close();
  });
});
