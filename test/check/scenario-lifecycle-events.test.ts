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

describe('uncertain dates in a scenario', () => {
  it('refuses more combinations of days than the limit, at events, naming it', () => {
    const events = Array.from(
      { length: 6 },
      (_, k) =>
        `  - { id: r${k}, date: 2025-03-1${k}, type: consultation-requested, by: FRA, uncertain: { earliest: 2025-01-01, latest: 2025-03-19 } }`,
    ).join('\n');
    assert.deepEqual(findings(events), [
      '3:3 too-many-date-variants: events: 6 events with uncertain or disputed dates make 729 combinations of days to evaluate, over the limit of 32 | narrow their bounds (earliest, latest), drop disputed days that do not matter, or split the scenario',
    ]);
  });

  it('takes a few', () => {
    assert.deepEqual(
      findings('  - { id: r, date: 2025-03-10, type: consultation-requested, by: FRA, uncertain: { latest: 2025-03-10 } }'),
      [],
    );
  });
});
