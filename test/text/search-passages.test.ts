/**
 * The passages search indexes: the plain text a reader sees (inline Markdown and HTML taken out), where
 * each stands in words, and a map back to the raw text that holds for every character.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingest, searchPassages, type SearchPassage } from '../../src/text/index.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

/** The raw offset of character k of a passage's text, through its runs. */
function rawAt(p: SearchPassage, k: number): number {
  let r = -1;
  for (let i = 0; i + 1 < p.map.length && p.map[i]! <= k; i += 2) r = p.map[i + 1]! + (k - p.map[i]!);
  return r;
}

function assertMapped(raw: string, passages: readonly SearchPassage[]) {
  for (const p of passages)
    for (let k = 0; k < p.text.length; k++)
      if (p.text[k] !== ' ') assert.equal(raw[rawAt(p, k)], p.text[k], `${p.pointer}: character ${k} of "${p.text}"`);
}

describe('search passages', () => {
  it('inline markup taken out: emphasis, links, tags, table pipes; snake_case, 2*3 and brackets kept', () => {
    const raw = [
      '# Pact of Markup',
      '',
      '## Article 1',
      '',
      'The **Parties** agree, as in [the Charter](https://un.org "UN") and _Annex I_, that <b>notice</b> counts.',
      '',
      '| Party | Date |',
      '|---|:---:|',
      '| Ruritania | 1 May 1950 |',
      '',
      '## Article 2',
      '',
      '1. The rate is 2*3 per snake_case unit [sic] (see Article 1).',
      '2. A second paragraph.',
      '',
    ].join('\n');
    const passages = searchPassages(raw, ingest(raw, 'markup.md'));
    assert.deepEqual(
      passages.map((p) => [p.where, p.text]),
      [
        ['title', 'Pact of Markup'],
        ['Article 1', 'Article 1'],
        ['Article 1, paragraph 1', 'The Parties agree, as in the Charter and Annex I, that notice counts.'],
        ['Article 1, paragraph 2', 'Party Date Ruritania 1 May 1950'],
        ['Article 2', 'Article 2'],
        ['Article 2(1)', 'The rate is 2*3 per snake_case unit [sic] (see Article 1).'],
        ['Article 2(2)', 'A second paragraph.'],
      ],
    );
    assertMapped(raw, passages);
  });

  it("every corpus source: each passage's characters stand at their mapped offsets, and no clutter is a passage", () => {
    for (const treaty of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = join(CORPUS, treaty.name, 'sources');
      for (const file of readdirSync(dir).filter((f) => f !== 'README.md')) {
        const raw = readFileSync(join(dir, file), 'utf8');
        const passages = searchPassages(raw, ingest(raw, file));
        assert.ok(passages.length > 5, file);
        assert.ok(passages.every((p) => !p.pointer.startsWith('/removed/') && !p.pointer.endsWith('/anchor')));
        assertMapped(raw, passages);
      }
    }
  });
});
