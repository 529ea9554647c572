/** `pacta diff` from the command line: JSON, Markdown, HTML and text outputs, --scenario, bad input. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { humanDiff } from '../../src/faces/cli/commands/diff.js';
import { ASSISTANCE, compareOnAttack } from '../compare/support.js';
import { assertGolden } from '../support/golden.js';
import { ROOT, pacta } from './support.js';

/** The library's golden files (test/compare owns them): the CLI must print them byte for byte. */
const GOLDEN = join(ROOT, 'test', 'fixtures', 'compare', 'golden', 'ussr-prk-1961--prk-rus-2024');
const SCENARIOS = 'test/fixtures/compare/scenarios';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pacta-diff-')), name);
  writeFileSync(path, text);
  return path;
}

describe('pacta diff', () => {
  it('--json prints the comparison the library gives, byte for byte (the golden file)', async () => {
    const r = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--json']);
    assert.equal(r.status, 0, r.stderr);
    assertGolden(`${GOLDEN}.json`, r.stdout, { update: false });
  });

  it('--format md prints the Markdown report (the golden file); treaties may be named by folder', async () => {
    const r = await pacta(['diff', 'corpus/ussr-prk-1961', 'corpus/prk-rus-2024', '--format', 'md']);
    assert.equal(r.status, 0, r.stderr);
    assertGolden(`${GOLDEN}.md`, r.stdout, { update: false });
  });

  it('--format html prints one self-contained page, each provision anchored once', async () => {
    const r = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--format', 'html']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<!doctype html>\n<html lang="en">/);
    assert.match(r.stdout, /<h2>Summary<\/h2>/);
    assert.match(r.stdout, /<h2>Lifecycle \(13 aspects: 1 widens, 11 same, 1 unclear\)<\/h2>/);
    assert.match(
      r.stdout,
      /<a href="#prk-rus-2024--art4-mutual-assistance"><code>prk-rus-2024 art4-mutual-assistance<\/code><\/a> \(Art\. 4\): <q>in accordance with Article 51 of the UN Charter and the laws of the DPRK and the Russian Federation<\/q>/,
    );
    const ids = [...r.stdout.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    for (const [, target] of r.stdout.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(target), `no anchor for #${target}`);
  });

  it('prints terminal tables by default', async () => {
    const r = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ussr-prk-1961 → prk-rus-2024\n/);
    // Each list's heading counts the items listed under it (issue 19: "widens 0" above eleven widens items).
    assert.match(r.stdout, /\nAligned provisions \(6 matches, 11 pairs: 1 narrows, 10 unclear\):\n/);
    assert.match(r.stdout, /\nIn one treaty only \(ussr-prk-1961: 2: 1 narrows, 1 same; prk-rus-2024: 10: 10 widens\):\n/);
    assert.match(
      r.stdout,
      /art1-mutual-assistance \(Art\. 1\(2\)\) +art4-mutual-assistance \(Art\. 4\) +one-to-one +84% +narrows +trigger\.text: narrows, act\.text: same, timing: same, means: same, legal-bound: narrows/,
    );
    assert.match(
      r.stdout,
      /notice +notice at least 1 year before the current term ends; the earliest end is 10 years after entry into force +none: the treaty provides no notice of denunciation or withdrawal +widens/,
    );
  });

  it('--scenario compares outcomes, with the assumption stated', async () => {
    const r = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--scenario', `${SCENARIOS}/attack-with-war.yaml`, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const b = JSON.parse(r.stdout).behaviour;
    assert.equal(b.differences, 2);
    assert.match(b.assumptions[0], /as if it entered into force on the scenario's first day, 2025-03-01/);
    const text = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--scenario', `${SCENARIOS}/sanctions.yaml`]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Behaviour: Unilateral sanctions against the DPRK/);
    assert.match(
      text.stdout,
      /— \/ counter-unilateral-measures +PRK\+RUS → PRK +no such provision +discharged on 2025-02-01 \(owed from 2025-01-10\)/,
    );
    const md = await pacta([
      'diff',
      'ussr-prk-1961',
      'prk-rus-2024',
      '--scenario',
      `${SCENARIOS}/threat-and-request.yaml`,
      '--format',
      'md',
    ]);
    assert.match(
      md.stdout,
      /\| only-in-b — \/ `art3-threat-consultation` \| PRK\+RUS → PRK \| no such provision \| discharged on 2025-02-05 \(owed from 2025-02-03\) \| \*\*yes\*\* \|/,
    );
  });

  it('--scenario pairs the rows where no duty arose, each side saying why not', async () => {
    const md = await pacta([
      'diff',
      'ussr-prk-1961',
      'prk-rus-2024',
      '--scenario',
      `${SCENARIOS}/attack-without-war.yaml`,
      '--format',
      'md',
    ]);
    assert.equal(md.status, 0, md.stderr);
    const why = (party: string, reading: string) =>
      `not triggered (event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party ${party}) — never on a day the treaty applied, under state-of-war: ${reading})`;
    assert.ok(
      md.stdout.includes(
        `\n| aligned \`art1-mutual-assistance\` / \`art4-mutual-assistance\` | PRK → RUS | ${why('SUN', 'declared-war')} | ${why('RUS', 'declared-war')} | no |\n`,
      ),
    );
    assert.ok(
      md.stdout.includes(
        '\n| only-in-b — / `counter-unilateral-measures` | PRK+RUS → RUS | no such provision | not triggered (sanctioned-party is in "under-unilateral-measures" (with sanctioned-party RUS) — never on a day the treaty applied) | no |\n',
      ),
    );
    // One treaty's provision not triggered where the other has none is no difference.
    const text = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--scenario', `${SCENARIOS}/attack-without-war.yaml`]);
    assert.match(
      text.stdout,
      // Only the terms the two treaties read (or the scenario names) are shown, whatever else the vocabulary holds.
      /\nReadings immediately=no-fixed-deadline, state-of-war=declared-war, without-delay=no-fixed-deadline: 0 differences\n/,
    );
  });

  it('the text table gives a why-not side its outcome and a shortened reason', () => {
    // Treaty a never enters into force: its threshold is out of its parties' reach.
    const c = compareOnAttack(
      {
        id: 'a',
        provisions: [ASSISTANCE],
        entryIntoForce: { event: 'instrument-deposited', threshold: { instruments: 3, including: [] } },
      },
      { id: 'b', provisions: [ASSISTANCE] },
    );
    const lines = humanDiff(c).split('\n');
    const header = lines.findIndex((l) => l.startsWith('provisions '));
    assert.deepEqual(
      lines.slice(header + 2, header + 4).map((l) => l.split(/ {2,}/)),
      [
        [
          'assistance / assistance',
          'PRK → RUS',
          'not-applicable: the treaty did not apply on any day evaluated',
          'not-triggered: event "armed-attack" and attacked-party is in…',
        ],
        [
          'assistance / assistance',
          'RUS → PRK',
          'not-applicable: the treaty did not apply on any day evaluated',
          'discharged on 2025-03-12 (owed from 2025-03-10)',
        ],
      ],
    );
  });

  it('an unknown treaty exits 2 with what to use', async () => {
    const r = await pacta(['diff', 'ussr-prk-1961', 'nato']);
    assert.equal(r.status, 2);
    // Every treaty folder of the corpus is offered, in order.
    const ids = readdirSync(join(ROOT, 'corpus'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    assert.equal(r.stderr, `nato: error: unknown treaty "nato"\n  hint: use one of: ${ids.join(', ')}\n`);
    assert.equal(r.stdout, '');
  });

  it('an unknown format exits 2', async () => {
    const r = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--format', 'pdf']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, '--format: error: unknown format "pdf"\n  hint: use --format text, md or html (or --json)\n');
  });

  it('a bad scenario exits 2 naming file, line and column', async () => {
    const bad = tempFile('bad.yaml', 'title: bad\nevents:\n  - { id: e1, date: 2025-02-30, type: armed-attack, by: USA, against: PRK }\n');
    const r = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--scenario', bad]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /bad\.yaml:3:\d+: error: .*2025-02-30/);
    const unknown = tempFile(
      'unknown.yaml',
      'title: unknown\nevents:\n  - { id: e1, date: 2025-02-01, type: alien-invasion, against: PRK }\n',
    );
    const u = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--scenario', unknown]);
    assert.equal(u.status, 2);
    assert.match(u.stderr, /unknown\.yaml:3:\d+: error: .*alien-invasion/);
  });

  it('a scenario without events exits 2: nothing to compare', async () => {
    const empty = tempFile('empty.yaml', 'title: nothing happens\n');
    const r = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--scenario', empty]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /empty\.yaml: error: the scenario has no events: there is nothing to compare\n {2}hint: /);
  });
});
