/**
 * Files of a treaty folder that nothing reads are said, not passed over in silence: a YAML file
 * other than treaty.yaml, history.yaml and the scenarios in scenarios/, and a file in scenarios/
 * that is not .yaml or .yml, each a warning (`ignored-file`) naming the file and where scenarios
 * go. Sources, hidden files and the files that are read are not reported; neither are the stray
 * files of a treaty not asked for. The bundled corpus and the fixture corpora have none.
 */
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { pacta } from '../cli/support.js';
import { mutatedCorpus } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** A copy of the minimal corpus with these files added (path under the corpus root → content, or a file to copy). */
function corpusWith(files: Record<string, string | { copy: string }>): string {
  const root = mutatedCorpus();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(root, path), content);
    else copyFileSync(join(root, content.copy), join(root, path));
  }
  return root;
}

/** The ignored-file findings, file relative to the corpus root, the rest as reported. */
function ignored(root: string, dirs?: string[]) {
  const result = checkCorpus(
    root,
    dirs?.map((d) => join(root, d)),
  );
  return {
    errors: result.diagnostics.filter((d) => d.severity === 'error'),
    ignored: result.diagnostics
      .filter((d) => d.code === 'ignored-file')
      .map((d) => ({ ...d, file: relative(root, d.file), hint: d.hint?.replaceAll(`${root}/`, '') })),
  };
}

const YAML_MESSAGE = "is not read: a treaty folder's YAML files are treaty.yaml, history.yaml and the scenarios in scenarios/";

describe('pacta check: files of a treaty folder that nothing reads', () => {
  it('a stray YAML file beside treaty.yaml is a warning naming it and where scenarios go', () => {
    const root = corpusWith({ 'demo-pact/notes.yaml': 'title: a scenario in the wrong place\n' });
    const { errors, ignored: found } = ignored(root);
    assert.deepEqual(errors, []);
    assert.deepEqual(found, [
      {
        severity: 'warning',
        file: 'demo-pact/notes.yaml',
        line: 0,
        column: 0,
        code: 'ignored-file',
        message: `notes.yaml ${YAML_MESSAGE}`,
        hint: 'a scenario goes in demo-pact/scenarios/ (demo-pact/scenarios/notes.yaml); recorded events go in demo-pact/history.yaml',
      },
    ]);
  });

  it('a YAML file in another folder (scenario/ for scenarios/) at any depth, and treaty.yml, are warned of', () => {
    const root = corpusWith({
      'demo-pact/scenario/attack.yml': { copy: 'demo-pact/scenarios/basic.yaml' },
      'demo-pact/scenarios/old/attack.YAML': { copy: 'demo-pact/scenarios/basic.yaml' },
      'demo-pact/treaty.yml': { copy: 'demo-pact/treaty.yaml' },
    });
    const { errors, ignored: found } = ignored(root);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      found.map((d) => [d.severity, d.file, d.message, d.hint]),
      [
        [
          'warning',
          'demo-pact/scenario/attack.yml',
          `scenario/attack.yml ${YAML_MESSAGE}`,
          'a scenario goes in demo-pact/scenarios/ (demo-pact/scenarios/attack.yml); recorded events go in demo-pact/history.yaml',
        ],
        [
          'warning',
          'demo-pact/scenarios/old/attack.YAML',
          `scenarios/old/attack.YAML ${YAML_MESSAGE}`,
          'a scenario goes in demo-pact/scenarios/ (demo-pact/scenarios/attack.yaml); recorded events go in demo-pact/history.yaml',
        ],
        [
          'warning',
          'demo-pact/treaty.yml',
          `treaty.yml ${YAML_MESSAGE}`,
          'the treaty is read from demo-pact/treaty.yaml only, by that exact name',
        ],
      ],
    );
  });

  it('a file in scenarios/ that is not .yaml or .yml is a warning', () => {
    const root = corpusWith({ 'demo-pact/scenarios/attack.json': '{}\n', 'demo-pact/scenarios/README.md': 'Notes.\n' });
    const { ignored: found } = ignored(root);
    assert.deepEqual(
      found.map((d) => [d.severity, d.code, d.file, d.message, d.hint]),
      [
        [
          'warning',
          'ignored-file',
          'demo-pact/scenarios/README.md',
          'scenarios/README.md is not read: a scenario is a .yaml or .yml file',
          'a scenario goes in demo-pact/scenarios/ under a .yaml or .yml name (such as demo-pact/scenarios/README.yaml); move anything else out of scenarios/',
        ],
        [
          'warning',
          'ignored-file',
          'demo-pact/scenarios/attack.json',
          'scenarios/attack.json is not read: a scenario is a .yaml or .yml file',
          'a scenario goes in demo-pact/scenarios/ under a .yaml or .yml name (such as demo-pact/scenarios/attack.yaml); move anything else out of scenarios/',
        ],
      ],
    );
  });

  it('what is read, sources, and hidden files are not reported', () => {
    const root = corpusWith({
      'demo-pact/scenarios/second.yml': { copy: 'demo-pact/scenarios/basic.yaml' },
      'demo-pact/sources/README.md': 'Where the source comes from.\n',
      'demo-pact/sources/notes.txt': 'Not a source.\n',
      'demo-pact/scenarios/.DS_Store': 'x',
      'demo-pact/.draft.yaml': 'x: 1\n',
      'demo-pact/.git/config.yml': 'x: 1\n',
    });
    const result = checkCorpus(root);
    assert.deepEqual(result.diagnostics, []);
  });

  it("a treaty not asked for keeps its stray files to itself; the asked treaty's are reported", () => {
    const root = corpusWith({ 'demo-pact/notes.yaml': 'x: 1\n' });
    cpSync(join(root, 'demo-pact'), join(root, 'other-pact'), { recursive: true });
    const other = join(root, 'other-pact', 'treaty.yaml');
    writeFileSync(other, readFileSync(other, 'utf8').replace('id: demo-pact', 'id: other-pact'));
    assert.deepEqual(
      ignored(root, ['other-pact']).ignored.map((d) => d.file),
      ['other-pact/notes.yaml'],
    );
    assert.deepEqual(
      ignored(root).ignored.map((d) => d.file),
      ['demo-pact/notes.yaml', 'other-pact/notes.yaml'],
    );
  });

  it('pacta check prints the warning and still succeeds (exit 0)', async () => {
    const root = corpusWith({ 'demo-pact/scenarios/attack.txt': 'not a scenario\n' });
    const r = await pacta(['check', '--corpus', root]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.ok(
      r.stdout.startsWith(
        `${join(root, 'demo-pact/scenarios/attack.txt')}: warning: scenarios/attack.txt is not read: a scenario is a .yaml or .yml file\n  hint: a scenario goes in ${join(root, 'demo-pact/scenarios')}/ under a .yaml or .yml name`,
      ),
      r.stdout,
    );
    assert.match(r.stdout, /OK: 1 treaty checked, no errors\.\n$/);
    const json = JSON.parse((await pacta(['check', '--corpus', root, '--json'])).stdout);
    assert.deepEqual(
      [json.ok, json.diagnostics.map((d: { code: string; severity: string }) => [d.code, d.severity])],
      [true, [['ignored-file', 'warning']]],
    );
  });
});

describe('the bundled corpus and the fixture corpora', () => {
  for (const corpus of ['corpus', 'test/fixtures/corpus-minimal', 'test/fixtures/corpus-multilateral', 'test/fixtures/corpus-lifecycle']) {
    it(`${corpus} has no file that nothing reads`, () => {
      const { diagnostics } = loadCorpus(join(ROOT, corpus));
      assert.deepEqual(
        diagnostics.filter((d) => d.code === 'ignored-file').map((d) => d.file),
        [],
      );
    });
  }
});
