/**
 * `pacta check` of one treaty folder knows the corpus's other treaties: a scenario of tied-child may
 * expect a status or an obligation of tied-parent, and drop one of its recorded events, as when
 * the whole corpus is checked. A treaty, provision or event that no treaty of the corpus has is
 * still refused.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { pacta } from '../cli/support.js';

const LIFECYCLE = join(import.meta.dirname, '..', 'fixtures', 'corpus-lifecycle');
const SCENARIO = 'tied-child/scenarios/parent-denounced.yaml';

/** A copy of the lifecycle corpus whose tied-child scenario carries these extra lines (after `expect:`, and a `drop:`). */
function corpusWith(expect: string, drop = ''): string {
  const root = join(mkdtempSync(join(tmpdir(), 'pacta-single-')), 'corpus');
  cpSync(LIFECYCLE, root, { recursive: true });
  const path = join(root, SCENARIO);
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes('\nexpect:\n'));
  writeFileSync(path, text.replace('\nexpect:\n', `\n${drop}expect:\n${expect}`));
  return root;
}

const ABOUT_THE_PARENT = `  - { at: 2012-02-29, treaty: tied-parent, status: terminated }
  - { at: 2012-02-29, treaty: tied-parent, party: BEL, status: terminated }
  - { obligation: { treaty: tied-parent, provision: art1-consultation, bearer: BEL, beneficiary: LUX }, from: 2012-01-10, to: 2012-02-29, outcome: lapsed }
`;

function findings(root: string, dirs: string[]): string[] {
  return checkCorpus(
    root,
    dirs.map((d) => join(root, d)),
  ).diagnostics.map((d) => `${relative(root, d.file)}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
}

describe('pacta check of one treaty folder', () => {
  it('accepts expectations about another treaty of the corpus, and a drop of its recorded event', () => {
    const root = corpusWith(ABOUT_THE_PARENT, 'drop: [tied-parent/signature]\n');
    assert.deepEqual(findings(root, ['tied-child']), []);
    assert.deepEqual(findings(root, ['tied-child', 'tied-parent']), []);
  });

  it('still refuses a treaty the corpus does not have, and a provision or event the other treaty does not have', () => {
    const root = corpusWith(
      `  - { at: 2012-02-29, treaty: tied-uncle, status: terminated }
  - { obligation: { treaty: tied-parent, provision: art9-nothing, bearer: BEL }, from: 2012-01-10, outcome: lapsed }
`,
      'drop: [tied-parent/no-such-event]\n',
    );
    assert.deepEqual(findings(root, ['tied-child']), [
      `${SCENARIO}:11:8 error unknown-event: treaty "tied-parent" has no recorded event "no-such-event"`,
      `${SCENARIO}:13:31 error unknown-treaty: unknown treaty "tied-uncle"`,
      `${SCENARIO}:14:53 error unknown-provision: treaty "tied-parent" has no provision "art9-nothing"`,
    ]);
  });

  it('pacta check test/fixtures/corpus-lifecycle/tied-child succeeds, and so does the copy whose scenario expects the parent', async () => {
    const fixture = await pacta(['check', 'test/fixtures/corpus-lifecycle/tied-child']);
    assert.equal(fixture.status, 0, fixture.stdout);
    const root = corpusWith(ABOUT_THE_PARENT);
    const r = await pacta(['check', join(root, 'tied-child')]);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /OK: 1 treaty checked, no errors\.\n$/);
    const run = await pacta(['test', join(root, SCENARIO), '--corpus', root]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /7 expectations passed, 0 failed/);
  });
});
