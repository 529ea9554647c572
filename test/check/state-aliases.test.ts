/**
 * States named by name or alias in the corpus's files (a treaty's parties, a history's and a
 * scenario's events, an expectation's bearer and beneficiary) are read as their codes; a near miss is
 * an unknown state with the nearest ones, at its file, line and column; a territory is no party.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { evaluateScenario } from '../../src/engine/index.js';
import type { ScenarioFile } from '../../src/model/index.js';
import { findingsOf, mutatedCorpus, type Mutation } from './support.js';

const T = 'demo-pact/treaty.yaml';
const H = 'demo-pact/history.yaml';
const S = 'demo-pact/scenarios/basic.yaml';

/** The fixture's states with an alias each, and a territory administered by Aland. */
const ALIASES: Mutation[] = [
  {
    file: 'states.yaml',
    find: 'name: Republic of Aland (fictional) }',
    replace: 'name: Republic of Aland (fictional), aliases: [Aland] }',
  },
  {
    file: 'states.yaml',
    find: 'name: Kingdom of Borduria (fictional) }',
    replace: 'name: Kingdom of Borduria (fictional), aliases: [Borduria] }',
  },
  {
    file: 'states.yaml',
    find: 'successions:',
    replace: '  - { code: TTT, name: Tintinia (fictional), kind: territory, administeredBy: AAA }\nsuccessions:',
  },
];

/** Every state of the fixture's files named by a name or an alias, in various cases. */
const BY_NAME: Mutation[] = [
  { file: T, find: 'parties: [AAA, BBB]', replace: 'parties: [Aland, borduria]' },
  { file: H, find: 'parties: [AAA, BBB]', replace: 'parties: [Republic of Aland (fictional), BORDURIA]' },
  { file: S, find: 'by: CCC, against: BBB', replace: 'by: Syldavia (fictional), against: Borduria' },
  { file: S, find: 'by: AAA, to: BBB', replace: 'by: aland, to: Kingdom of Borduria (fictional)' },
  { file: S, find: 'bearer: AAA, beneficiary: BBB', replace: 'bearer: Aland, beneficiary: Borduria' },
  { file: S, find: 'status: in-force, term: 1 }', replace: 'status: in-force, term: 1, party: borduria }' },
];

/** The same expectation for one party, by code. */
const PARTY_BY_CODE: Mutation = { file: S, find: 'status: in-force, term: 1 }', replace: 'status: in-force, term: 1, party: BBB }' };

const findings = (root: string) => findingsOf(root).map(({ severity: _, ...finding }) => finding);

function scenarioOf(root: string): ScenarioFile {
  return checkCorpus(root).corpus.treaties[0]!.scenarios[0]!.value;
}

describe('states named by name or alias', () => {
  it('reads every name as its code: no finding, and the compiled treaty, history and scenario hold codes', () => {
    const root = mutatedCorpus(...ALIASES, ...BY_NAME);
    assert.deepEqual(findings(root), []);
    const result = checkCorpus(root);
    const treaty = result.compiled!.treaties[0]!;
    assert.deepEqual(treaty.treaty.parties, ['AAA', 'BBB']);
    assert.deepEqual(treaty.history[0]!.parties, ['AAA', 'BBB']);
    const scenario = scenarioOf(root);
    assert.deepEqual(scenario.expect[0], { at: '1995-01-10', treaty: 'demo-pact', status: 'in-force', term: 1, party: 'BBB' });
    assert.deepEqual(
      scenario.events.map((e) => [e.by, e.against ?? e.to]),
      [
        ['CCC', 'BBB'],
        ['AAA', 'BBB'],
      ],
    );
  });

  it('gives the same evaluation as the same scenario written with codes', () => {
    const byName = mutatedCorpus(...ALIASES, ...BY_NAME);
    const byCode = mutatedCorpus(...ALIASES, PARTY_BY_CODE);
    const run = (root: string) => JSON.stringify(evaluateScenario(checkCorpus(root).compiled!, scenarioOf(root)));
    assert.equal(run(byName), run(byCode));
  });

  it('answers a near miss with the nearest state, where it stands', () => {
    const root = mutatedCorpus(...ALIASES, { file: T, find: 'parties: [AAA, BBB]', replace: 'parties: [AAA, Bordurai]' });
    assert.deepEqual(findings(root), [
      {
        at: `${T}:4:16`,
        code: 'unknown-state',
        message: 'unknown state "Bordurai": did you mean BBB (Kingdom of Borduria (fictional))?',
        hint: 'write its code, or a name or alias of states.yaml',
      },
    ]);
  });

  it('answers a name in an event that is nothing near any state', () => {
    const root = mutatedCorpus(...ALIASES, { file: S, find: 'against: BBB', replace: 'against: Ruritania' });
    assert.deepEqual(findings(root), [
      {
        at: `${S}:3:75`,
        code: 'unknown-state',
        message: 'unknown state "Ruritania": not a code, name or alias in states.yaml; codes are ISO 3166-1 alpha-3 (e.g. AAA)',
        hint: 'check the spelling, or add the state to states.yaml',
      },
    ]);
  });

  it('answers an unknown code in a history with the nearest codes', () => {
    const root = mutatedCorpus(...ALIASES, { file: H, find: 'parties: [AAA, BBB]', replace: 'parties: [AAA, BBX]' });
    assert.deepEqual(findings(root), [
      {
        at: `${H}:2:85`,
        code: 'unknown-state',
        message: 'unknown state "BBX": did you mean BBB (Kingdom of Borduria (fictional))?',
        hint: 'write its code, or a name or alias of states.yaml',
      },
    ]);
  });

  it('refuses a territory as a party, naming its administering state', () => {
    const root = mutatedCorpus(...ALIASES, { file: T, find: 'parties: [AAA, BBB]', replace: 'parties: [BBB, Tintinia (fictional)]' });
    assert.deepEqual(findings(root), [
      {
        at: `${T}:4:16`,
        code: 'territory-not-party',
        message: 'TTT (Tintinia (fictional)) is a territory administered by AAA, not a state that can be a party or act',
        hint: 'name AAA here, and the territory as a place (gazetteer.yaml)',
      },
    ]);
  });
});
