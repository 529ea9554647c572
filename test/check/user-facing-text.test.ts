/**
 * User-facing text names no internal file (issue 19): a citation, a note, a reason or a description
 * that says "(FACTS.md)", "see sources/README.md" or "recorded in history.yaml" is refused at the
 * file, line and column of the name, with what to write instead; the bundled corpus passes.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { internalFileNames } from '../../src/check/user-facing-text.js';
import { findingsOf, mutatedCorpus } from './support.js';

const T = 'demo-pact/treaty.yaml';
const H = 'demo-pact/history.yaml';
const S = 'demo-pact/scenarios/basic.yaml';
const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

const FACTS_HINT = 'cite the source that reported the fact (publisher, title, date), as the list of facts gives it, not the list itself';
const README_HINT =
  "say what the reader needs in words (the source's publisher, title, date, where it was copied from), or drop the reference";
const HISTORY_HINT = `say it in words, e.g. "the treaty's recorded events (its history)"; readers see the text, not the project's files`;

/** The internal-file-name findings of the minimal corpus with one change. */
function namesFound(file: string, find: string, replace: string) {
  return findingsOf(mutatedCorpus({ file, find, replace })).filter((f) => f.code === 'internal-file-name');
}

describe('internal file names in user-facing text', () => {
  it('refuse "(FACTS.md)" in a citation, at the name, with the hint to cite the real source', () => {
    assert.deepEqual(namesFound(H, 'source: fixture }', 'source: { cite: "Hankook Ilbo, 8 Sep 1995 (FACTS.md)" } }'), [
      {
        at: `${H}:2:134`,
        code: 'internal-file-name',
        severity: 'error',
        message: 'events[0].source.cite: user-facing text names the internal file "FACTS.md"',
        hint: FACTS_HINT,
      },
    ]);
  });

  it('refuse "see sources/README.md" in a provenance as one name, not two', () => {
    assert.deepEqual(namesFound(T, 'provenance: written for the tests', 'provenance: "written for the tests; see sources/README.md"'), [
      {
        at: `${T}:8:138`,
        code: 'internal-file-name',
        severity: 'error',
        message: 'sources[0].provenance: user-facing text names the internal file "sources/README.md"',
        hint: README_HINT,
      },
    ]);
  });

  it('refuse "recorded in history.yaml" in a non-operative reason, saying what to write instead', () => {
    const found = namesFound(T, 'reason: Closing formula.', 'reason: Closing formula; the signature is recorded in history.yaml.');
    assert.deepEqual(found, [
      {
        at: `${T}:38:76`,
        code: 'internal-file-name',
        severity: 'error',
        message: 'nonOperative[3].reason: user-facing text names the internal file "history.yaml"',
        hint: HISTORY_HINT,
      },
    ]);
  });

  it('refuse a file name in a scenario description written over several lines, at its own line', () => {
    const found = namesFound(
      S,
      'title: An attack on Borduria',
      'title: An attack on Borduria\ndescription: >-\n  Borduria is attacked\n  (see states.yaml).',
    );
    assert.deepEqual(
      found.map((f) => [f.at, f.message]),
      [[`${S}:4:8`, 'description: user-facing text names the internal file "states.yaml"']],
    );
  });

  it('refuse FACTS written without its extension, and every name in one string', () => {
    const found = namesFound(H, 'source: fixture }', 'source: { cite: "FACTS; engine.ts", note: "see data/states.input.yaml" } }');
    assert.deepEqual(
      found.map((f) => [f.at, f.message]),
      [
        [`${H}:2:108`, 'events[0].source.cite: user-facing text names the internal file "FACTS"'],
        [`${H}:2:115`, 'events[0].source.cite: user-facing text names the internal file "engine.ts"'],
        [`${H}:2:138`, 'events[0].source.note: user-facing text names the internal file "data/states.input.yaml"'],
      ],
    );
  });

  it('allow a file name inside a web address, the source file path, verbatim words and comments', () => {
    const url = 'https://github.com/statengeneraal/laws-markdown/blob/93893fd/verdrag/navo-verdrag/BWBV0005760/README.md';
    assert.deepEqual(namesFound(T, 'provenance: written for the tests', `provenance: "the copy at ${url}, not official"`), []);
    assert.deepEqual(namesFound(T, 'shortTitle: Demo Pact (1990)', 'shortTitle: Demo Pact (1990) # see FACTS.md and history.yaml'), []);
    // A source's `file` is a path by its nature (the minimal corpus's own sources/demo.txt is one).
    assert.deepEqual(
      findingsOf(mutatedCorpus()).filter((f) => f.code === 'internal-file-name'),
      [],
    );
  });

  it('place a name written twice in one string at each of its two places', () => {
    const found = namesFound(H, 'source: fixture }', 'source: { cite: "history.yaml, then history.yaml" } }');
    assert.deepEqual(
      found.map((f) => f.at),
      [`${H}:2:108`, `${H}:2:127`],
    );
  });

  it('leave a quote’s words and a trigger’s words as the source prints them, a file name among them too', () => {
    // The words are the source's, not ours to reword: a quote that fails to match its source is another check's finding.
    const found = findingsOf(
      mutatedCorpus(
        { file: T, find: 'extend assistance to it."', replace: 'extend assistance to it (see history.yaml)."' },
        {
          file: T,
          find: 'triggerText: Should either Party suffer armed attack',
          replace: 'triggerText: Should either Party suffer armed attack (states.yaml)',
        },
      ),
    );
    assert.ok(found.length > 0, 'the quote no longer matching its source is found');
    assert.deepEqual(
      found.filter((f) => f.code === 'internal-file-name'),
      [],
    );
  });

  it('find the names as the guard reads them: a path with its folders, FACTS in capitals only, not prose', () => {
    assert.deepEqual(internalFileNames('see north-atlantic-1949/history.yaml; FACTS.md'), [
      { offset: 4, name: 'north-atlantic-1949/history.yaml' },
      { offset: 38, name: 'FACTS.md' },
    ]);
    assert.deepEqual(internalFileNames('the facts, vol. 21, doc. 105; 126 UNTS 350; Art. 6 (i); e.g. the U.S. text'), []);
    assert.deepEqual(internalFileNames('http://example.org/a/schema.json and then b.json'), [{ offset: 42, name: 'b.json' }]);
  });
});

describe('the bundled corpus', () => {
  it('names no internal file in any text it shows (and has no other error)', () => {
    const findings = findingsOf(CORPUS);
    assert.deepEqual(
      findings.filter((f) => f.code === 'internal-file-name').map((f) => `${f.at}: ${f.message}`),
      [],
    );
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error').map((f) => `${f.at}: ${f.message}`),
      [],
    );
  });
});
