/**
 * A scenario's lifecycle events must say which treaty they concern where the engine could not tell
 * otherwise: an accession names its treaty, and a treaty an event names must exist.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus, validateScenarioText } from '../../src/check/index.js';

const { corpus } = checkCorpus(join(import.meta.dirname, '..', 'fixtures', 'corpus-lifecycle'));
const findings = (events: string) =>
  validateScenarioText(corpus!, 'mine.yaml', `title: t\nevents:\n${events}\n`).diagnostics.map(
    (d) => `${d.line}:${d.column} ${d.code}: ${d.message} | ${d.hint}`,
  );

describe('lifecycle events in a scenario', () => {
  it('an accession that names its treaty is taken', () => {
    assert.deepEqual(findings('  - { id: a, date: 2024-12-31, type: accession-deposited, by: POL, treaty: eif-threshold }'), []);
  });

  it('an accession that names no treaty is refused, located at the event', () => {
    const [finding] = findings('  - { id: a, date: 2024-12-31, type: accession-deposited, by: POL }');
    assert.match(
      finding!,
      /^3:5 missing-treaty: a "accession-deposited" event must name the treaty the state accedes to \| add treaty: with the treaty's id \(one of: /,
    );
  });

  it('an event naming a treaty that does not exist is refused, located at the name', () => {
    const [finding] = findings('  - { id: a, date: 2024-12-31, type: accession-deposited, by: POL, treaty: no-such-treaty }');
    assert.match(finding!, /^3:76 unknown-treaty: unknown treaty "no-such-treaty" \| use one of: /);
  });
});
