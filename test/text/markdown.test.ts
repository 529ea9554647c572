// Covers src/text/markdown.ts (and the heading rule in lines.ts): YAML front matter, HTML-only lines,
// and what is not front matter, through ingest, with exact pieces.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingest } from '../../src/text/index.js';

const BODY = 'Article 1\n\nThe Parties shall consult each other.\n';

describe('Markdown frame', () => {
  it('reads YAML front matter as metadata lines and its title as the title of a text without one', () => {
    const raw = `---\ndoc_num: 105\ntitle: 'Draft Treaty Between A and B'\n---\n\n${BODY}`;
    const doc = ingest(raw, 'front.md');
    assert.deepEqual(doc.title, { text: 'Draft Treaty Between A and B', spans: [{ start: 25, end: 53 }] });
    assert.deepEqual(doc.metadataLines, [{ role: 'front-matter', text: 'doc_num: 105', spans: [{ start: 4, end: 16 }] }]);
    assert.deepEqual(
      doc.removed.map((r) => [r.reason, r.text]),
      [
        ['separator', '---'],
        ['separator', '---'],
      ],
    );
    assert.deepEqual(
      doc.articles.map((a) => a.number),
      ['1'],
    );
  });

  it("keeps the front matter's title as a metadata line when the text has a title of its own", () => {
    const raw = `---\ntitle: Front title\n---\n\nTREATY OF AMITY\n\n${BODY}`;
    const doc = ingest(raw, 'both.md');
    assert.equal(doc.title?.text, 'TREATY OF AMITY');
    assert.deepEqual(doc.metadataLines, [{ role: 'title', text: 'title: Front title', spans: [{ start: 4, end: 22 }] }]);
  });

  it('takes no front matter without its closing fence, or when its lines are not keys and values', () => {
    const unclosed = ingest(`---\ntitle: Open\n\n${BODY}`, 'unclosed.md');
    assert.deepEqual(unclosed.metadataLines, []);
    assert.equal(unclosed.title?.text, 'title: Open');
    const prose = ingest(`---\nThe Parties agree.\n---\n\n${BODY}`, 'prose.md');
    assert.deepEqual(prose.metadataLines, []);
    assert.deepEqual(prose.preamble?.parties, { text: 'The Parties agree.', spans: [{ start: 4, end: 22 }] });
  });

  it('removes lines of HTML markup only, and leaves lines where markup wraps text', () => {
    const raw = `<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />\n<!-- converted -->\n\n<b>AGREEMENT</b>\n\n${BODY}`;
    const doc = ingest(raw, 'html.md');
    assert.deepEqual(
      doc.removed.map((r) => [r.reason, r.spans]),
      [
        ['html-markup', [{ start: 0, end: 69 }]],
        ['html-markup', [{ start: 70, end: 88 }]],
      ],
    );
    assert.equal(doc.title?.text, '<b>AGREEMENT</b>');
  });

  it('reads "##Title" without a space as a heading, and "#5" as text', () => {
    const doc = ingest(`##Noord-Atlantisch Verdrag\n\n####NORTH ATLANTIC TREATY\n\n#5 is what the Parties agreed.\n\n${BODY}`, 'hashes.md');
    assert.deepEqual(doc.metadataLines, [
      { role: 'title', language: 'nl', text: 'Noord-Atlantisch Verdrag', spans: [{ start: 2, end: 26 }] },
    ]);
    assert.deepEqual(doc.title, { text: 'NORTH ATLANTIC TREATY', spans: [{ start: 32, end: 53 }] });
    assert.deepEqual(doc.preamble?.parties, { text: '#5 is what the Parties agreed.', spans: [{ start: 55, end: 85 }] });
  });
});
