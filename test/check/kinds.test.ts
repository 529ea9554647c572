/**
 * Kinds are checked against their event type (vocabulary.yaml `kinds`): a misspelt kind on an event
 * or on a provision's act would match no act and change an outcome without a word, so it is refused
 * at its line and column with the nearest kind. An event type that lists no kinds leaves `kind` free.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { validateScenarioText } from '../../src/check/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { CORPUS_ROOT } from '../engine/support.js';

const scenarioWith = (events: string) =>
  `title: Kinds\ntreaties: [ussr-prk-1961]\nevents:\n  - { id: e1, date: 1985-03-01, type: armed-attack, by: USA, against: PRK }\n${events}expect:\n  - { at: 1985-03-02, treaty: ussr-prk-1961, status: in-force }\n`;

function findings(text: string): string[] {
  const { corpus } = loadCorpus(CORPUS_ROOT);
  return validateScenarioText(corpus, 'kinds.yaml', text).diagnostics.map(
    (d) => `${d.line}:${d.column} ${d.code}: ${d.message} | ${d.hint}`,
  );
}

describe("an event's kind", () => {
  it('a misspelt kind is refused at its place, with the nearest kind and the list', () => {
    assert.deepEqual(
      findings(scenarioWith('  - { id: e2, date: 1985-03-02, type: assistance-provided, by: SUN, to: PRK, kind: militray }\n')),
      [
        '5:84 unknown-kind: unknown kind "militray" for an event of type "assistance-provided": did you mean military? | the kinds of assistance-provided are military, other (vocabulary.yaml); leave kind out for none in particular',
      ],
    );
  });
  it('each kind of a list is checked, at its own place', () => {
    assert.deepEqual(
      findings(scenarioWith('  - { id: e2, date: 1985-03-02, type: assistance-provided, by: SUN, to: PRK, kind: [military, finance] }\n')),
      [
        '5:95 unknown-kind: unknown kind "finance" for an event of type "assistance-provided" | the kinds of assistance-provided are military, other (vocabulary.yaml); leave kind out for none in particular',
      ],
    );
  });
  it('the kinds listed, and no kind at all, are accepted', () => {
    assert.deepEqual(
      findings(scenarioWith('  - { id: e2, date: 1985-03-02, type: assistance-provided, by: SUN, to: PRK, kind: [military, other] }\n')),
      [],
    );
    assert.deepEqual(findings(scenarioWith('  - { id: e2, date: 1985-03-02, type: assistance-provided, by: SUN, to: PRK }\n')), []);
  });
});

describe("a provision's act and exceptions", () => {
  const TRIGGERS = join(import.meta.dirname, '..', 'fixtures', 'corpus-triggers');

  /** A copy of the triggers fixture whose vocabulary lists kinds, with `edit` applied to a treaty file. */
  function corpusWith(file: string, from: string, to: string): string {
    const root = join(mkdtempSync(join(tmpdir(), 'pacta-kinds-')), 'corpus');
    cpSync(TRIGGERS, root, { recursive: true });
    const vocabulary = join(root, 'vocabulary.yaml');
    const v = readFileSync(vocabulary, 'utf8');
    const withKinds = v
      .replace(/(\{ id: assistance-provided, [^\n]*roles: \[by, to\])/, '$1, kinds: [military, other]')
      .replace(/(\{ id: force-used, [^\n]*roles: \[by, against\])/, '$1, kinds: [self-defence, reprisal]');
    assert.notEqual(withKinds, v);
    writeFileSync(vocabulary, withKinds);
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.includes(from), from);
    writeFileSync(path, text.replace(from, to));
    return root;
  }
  const errors = (root: string) =>
    checkCorpus(root)
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => `${relative(root, d.file)}:${d.line}:${d.column} ${d.code}: ${d.message}`);

  it('the fixture with kinds listed checks clean', () => {
    assert.deepEqual(errors(corpusWith('pacific-pact/treaty.yaml', 'kind: [military, other]', 'kind: [military, other]')), []);
  });
  it("an act's misspelt kind", () => {
    const root = corpusWith('pacific-pact/treaty.yaml', 'kind: [military, other]', 'kind: [military, othre]');
    assert.deepEqual(errors(root), [
      'pacific-pact/treaty.yaml:39:108 unknown-kind: unknown kind "othre" for an event of type "assistance-provided": did you mean other?',
    ]);
  });
  it('a misspelt kind among the kinds that count under a reading', () => {
    const root = corpusWith('atlantic-pact/treaty.yaml', 'armed-force: [military]', 'armed-force: [militry]');
    assert.deepEqual(errors(root), [
      'atlantic-pact/treaty.yaml:67:104 unknown-kind: unknown kind "militry" for an event of type "assistance-provided": did you mean military?',
    ]);
  });
  it("an exception's misspelt kind (the act's event type lists them)", () => {
    const root = corpusWith('atlantic-pact/treaty.yaml', 'kind: [self-defence]', 'kind: [self-defense]');
    assert.deepEqual(errors(root), [
      'atlantic-pact/treaty.yaml:27:16 unknown-kind: unknown kind "self-defense" for an event of type "force-used": did you mean self-defence?',
    ]);
  });
});
