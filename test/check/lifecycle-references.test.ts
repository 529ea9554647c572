/**
 * `pacta check` on the lifecycle clauses of issue 14: the minimal fixture corpus given a lifecycle
 * that uses every new field (it checks clean), then one change per finding, each asserted for its
 * exact code, message, hint, file, line and column; and the schema's own rules for entry into force,
 * provisional application and withdrawal, located as `pacta check` reports them.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findingsOf, mutate, type Mutation, mutatedCorpus } from './support.js';

const T = 'demo-pact/treaty.yaml';
const OTHER = 'other-pact/treaty.yaml';

/** Line 9 on: a lifecycle that names every kind of thing a lifecycle can name. */
const LIFECYCLE = `lifecycle:
  entryIntoForce:
    event: ratification-deposited
    monthStart: 1
    threshold: { instruments: 2, including: [AAA] }
    provision: art2-lifecycle
  provisionalApplication: { event: treaty-signed, endEvent: ratification-refused, parties: [AAA], provision: art2-lifecycle }
  duration: { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }
  durationProvision: art2-lifecycle
  noticeEvent: denunciation-notice
  terminationEvent: termination-agreed
  accessionEvent: accession-deposited
  perParty: true
  suspension: { event: obligations-suspended, endEvent: obligations-resumed, provision: art2-lifecycle }
  endsOn:
    - { event: left-organisation, scope: party, provision: art2-lifecycle }
  minimumParties: { count: 2, provision: art2-lifecycle }
  survival:
    - { provisions: [art1-assistance], period: P1Y, after: withdrawal, provision: art2-lifecycle }
provisions:`;

const EVENT_TYPES = `  - { id: treaty-signed, description: "Signed.", roles: [parties], lifecycle: signature }
  - { id: ratification-deposited, description: "A ratification deposited.", roles: [by], lifecycle: instrument }
  - { id: ratification-refused, description: "Will not ratify.", roles: [by], lifecycle: provisional-application-refused }
  - { id: accession-deposited, description: "An accession.", roles: [by], lifecycle: accession }
  - { id: termination-agreed, description: "Ended by agreement.", roles: [parties], lifecycle: termination-agreement }
  - { id: obligations-suspended, description: "Suspended.", optionalRoles: [by, to], lifecycle: suspension }
  - { id: obligations-resumed, description: "Resumed.", optionalRoles: [by, to], lifecycle: suspension-end }
  - { id: left-organisation, description: "Left another organisation.", roles: [by], lifecycle: outside-end }
fluents:`;

const TERM = `  - id: twenty-years
    text: [after the Treaty has been in force for twenty years]
    description: "Whether the notice or its effect must wait twenty years."
    readings:
      - { id: notice-after, description: "A notice only after twenty years." }
      - { id: effect-after, description: "A notice any time, effective no earlier than twenty years." }
    default: notice-after
`;

const BASE: Mutation[] = [
  { file: T, find: /^lifecycle:[\s\S]*?^provisions:/m, replace: LIFECYCLE },
  { file: 'vocabulary.yaml', find: 'fluents:', replace: EVENT_TYPES },
  { file: 'vocabulary.yaml', find: /$(?![\s\S])/, replace: TERM },
];

const EVENT_HINT =
  'define it in vocabulary.yaml, or use one of: accession-deposited, armed-attack, assistance-provided, denunciation-notice, hostilities-ended, left-organisation, obligations-resumed, obligations-suspended, ratification-deposited, ratification-refused, ratifications-exchanged, termination-agreed, …';
const PROVISION_HINT = 'name the procedural provision that carries this clause';

/** The fixture corpus with the full lifecycle, a second treaty `other-pact` beside it, and `changes` applied. */
function corpus(...changes: Mutation[]): string {
  const root = mutatedCorpus(...BASE);
  cpSync(join(root, 'demo-pact'), join(root, 'other-pact'), { recursive: true });
  const other = join(root, OTHER);
  writeFileSync(other, readFileSync(other, 'utf8').replace('id: demo-pact', 'id: other-pact'));
  return mutate(root, ...changes);
}

/** Every error as `file:line:column code: message | hint`, the file relative to the corpus root. */
function findings(root: string, dirs?: string[]): string[] {
  return findingsOf(root, dirs)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.at} ${f.code}: ${f.message} | ${f.hint}`);
}

interface Case {
  name: string;
  change: Mutation;
  findings: string[];
}

const change = (find: string, replace: string, file = T): Mutation => ({ file, find, replace });

const CASES: Case[] = [
  // Event types.
  ...(
    [
      ['entryIntoForce.event', '    event: ratification-deposited', '    event: ratification-depositd', 11, 12],
      ['provisionalApplication.event', '{ event: treaty-signed,', '{ event: treaty-signd,', 15, 36],
      ['provisionalApplication.endEvent', 'endEvent: ratification-refused', 'endEvent: ratification-refusd', 15, 61],
      ['noticeEvent', 'noticeEvent: denunciation-notice', 'noticeEvent: denunciation-notis', 18, 16],
      ['terminationEvent', 'terminationEvent: termination-agreed', 'terminationEvent: termination-agred', 19, 21],
      ['accessionEvent', 'accessionEvent: accession-deposited', 'accessionEvent: accession-depositd', 20, 19],
      ['suspension.event', '{ event: obligations-suspended', '{ event: obligations-suspendd', 22, 24],
      ['suspension.endEvent', 'endEvent: obligations-resumed', 'endEvent: obligations-resumd', 22, 57],
      ['endsOn[0].event', '{ event: left-organisation', '{ event: left-organisaton', 24, 16],
    ] as const
  ).map(([field, find, replace, line, column]): Case => {
    const name = /([a-z-]+),?$/.exec(replace)![1]!;
    // Each misspelling drops one letter of the type it stands for: the message offers that type.
    const meant = /([a-z-]+),?$/.exec(find)![1]!;
    return {
      name: `lifecycle.${field} names an event type the vocabulary does not define`,
      change: change(find, replace),
      findings: [`${T}:${line}:${column} unknown-event-type: unknown event type "${name}": did you mean ${meant}? | ${EVENT_HINT}`],
    };
  }),
  // Procedural provisions.
  ...(
    [
      ['entryIntoForce.provision', '    provision: art2-lifecycle\n', '    provision: art9-lifecycle\n', 14, 16],
      [
        'provisionalApplication.provision',
        'parties: [AAA], provision: art2-lifecycle',
        'parties: [AAA], provision: art9-lifecycle',
        15,
        110,
      ],
      ['durationProvision', 'durationProvision: art2-lifecycle', 'durationProvision: art9-lifecycle', 17, 22],
      ['suspension.provision', 'obligations-resumed, provision: art2-lifecycle', 'obligations-resumed, provision: art9-lifecycle', 22, 89],
      ['endsOn[0].provision', 'scope: party, provision: art2-lifecycle', 'scope: party, provision: art9-lifecycle', 24, 60],
      ['minimumParties.provision', 'count: 2, provision: art2-lifecycle', 'count: 2, provision: art9-lifecycle', 25, 42],
      ['survival[0].provision', 'after: withdrawal, provision: art2-lifecycle', 'after: withdrawal, provision: art9-lifecycle', 27, 83],
    ] as const
  ).map(([field, find, replace, line, column]): Case => ({
    name: `lifecycle.${field} names a provision the treaty does not have`,
    change: change(find, replace),
    findings: [`${T}:${line}:${column} unknown-provision: unknown provision "art9-lifecycle" | ${PROVISION_HINT}`],
  })),
  {
    name: 'a lifecycle clause resting on a provision that is not procedural',
    change: change('obligations-resumed, provision: art2-lifecycle', 'obligations-resumed, provision: art1-assistance'),
    findings: [
      `${T}:22:89 not-procedural: provision "art1-assistance" is an obligation, not a procedural clause | point at the provision of kind "procedural" that carries this clause`,
    ],
  },
  {
    name: 'survival names a provision the treaty does not have',
    change: change('provisions: [art1-assistance]', 'provisions: [art1-assistance, art3-consultation]'),
    findings: [
      `${T}:27:39 unknown-provision: unknown provision "art3-consultation" | name a provision of this treaty that continues to apply: one of art1-assistance, art2-lifecycle`,
    ],
  },
  // States.
  {
    name: 'a threshold names a state that states.yaml does not define',
    change: change('including: [AAA]', 'including: [AAA, ZZZ]'),
    findings: [
      `${T}:13:51 unknown-state: unknown state "ZZZ": not a code, name or alias in states.yaml; codes are ISO 3166-1 alpha-3 (e.g. AAA) | check the spelling, or add the state to states.yaml`,
    ],
  },
  {
    name: 'provisional application names a state that states.yaml does not define',
    change: change('parties: [AAA], provision', 'parties: [ZZZ], provision'),
    findings: [
      `${T}:15:93 unknown-state: unknown state "ZZZ": not a code, name or alias in states.yaml; codes are ISO 3166-1 alpha-3 (e.g. AAA) | check the spelling, or add the state to states.yaml`,
    ],
  },
  // Tied durations.
  {
    name: 'a duration tied to a treaty the corpus does not have',
    change: change(
      'duration: { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }',
      'duration: { type: tied, treaty: nato-1949 }',
    ),
    findings: [`${T}:16:35 unknown-treaty: unknown treaty "nato-1949" | name a treaty of the corpus: one of other-pact`],
  },
  {
    name: 'a duration tied to its own treaty',
    change: change(
      'duration: { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }',
      'duration: { type: tied, treaty: demo-pact }',
    ),
    findings: [
      `${T}:16:35 tied-to-itself: treaty "demo-pact" is tied to itself | name the other treaty this one stays in force as long as, or give it a duration of its own (indefinite, fixed, …)`,
    ],
  },
  // By-reading durations.
  {
    name: 'a by-reading duration names a term the vocabulary does not define',
    change: change(
      'duration: { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }',
      'duration: { type: by-reading, term: thirty-years, readings: { notice-after: { type: indefinite } } }',
    ),
    findings: [
      `${T}:16:39 unknown-term: unknown contested term "thirty-years" | define it under terms in vocabulary.yaml, or use one of: immediately, twenty-years`,
    ],
  },
  {
    name: 'a by-reading duration misses one of the term’s readings and names one it does not have',
    change: change(
      'duration: { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }',
      'duration: { type: by-reading, term: twenty-years, readings: { notice-after: { type: indefinite }, effect-before: { type: fixed, term: P20Y } } }',
    ),
    findings: [
      `${T}:16:63 missing-reading: no duration clause for reading "effect-after" of term "twenty-years" | add readings.effect-after: the clause as that reading understands it (every reading of the term needs one: effect-after, notice-after)`,
      `${T}:16:116 unknown-reading: term "twenty-years" has no reading "effect-before" | use one of: effect-after, notice-after`,
    ],
  },
  {
    name: 'a clause under a reading is checked like any other: tied to itself',
    change: change(
      'duration: { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }',
      'duration: { type: by-reading, term: twenty-years, readings: { notice-after: { type: indefinite }, effect-after: { type: tied, treaty: demo-pact } } }',
    ),
    findings: [
      `${T}:16:137 tied-to-itself: treaty "demo-pact" is tied to itself | name the other treaty this one stays in force as long as, or give it a duration of its own (indefinite, fixed, …)`,
    ],
  },
];

describe('pacta check: the references of a lifecycle', () => {
  it('a lifecycle that uses every new field, each name defined, checks clean', () => {
    assert.deepEqual(findings(corpus()), []);
  });
  for (const c of CASES) {
    it(c.name, () => {
      const root = corpus(c.change);
      // The second treaty is a copy of the first: it has the same finding, in its own file.
      assert.deepEqual(findings(root, ['demo-pact']), c.findings);
    });
  }
});

describe('pacta check: tied durations across the corpus', () => {
  const tie = (file: string, treaty: string) =>
    change(
      'duration: { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }',
      `duration: { type: tied, treaty: ${treaty} }`,
      file,
    );
  const CYCLE_HINT = 'each of these treaties would last as long as itself: give one of them a duration of its own (indefinite, fixed, …)';

  it('a duration tied to another treaty of the corpus checks clean, also when only its own folder is checked', () => {
    const root = corpus(tie(T, 'other-pact'));
    assert.deepEqual(findings(root), []);
    assert.deepEqual(findings(root, ['demo-pact']), []);
  });
  it('two treaties tied to each other: each is told, in its own file', () => {
    const root = corpus(tie(T, 'other-pact'), tie(OTHER, 'demo-pact'));
    assert.deepEqual(findings(root), [
      `${T}:16:35 tied-cycle: tied durations go round in a circle: demo-pact → other-pact → demo-pact | ${CYCLE_HINT}`,
      `${OTHER}:16:35 tied-cycle: tied durations go round in a circle: other-pact → demo-pact → other-pact | ${CYCLE_HINT}`,
    ]);
  });
  it('a cycle through a reading of a by-reading duration is found too', () => {
    const root = corpus(
      tie(T, 'other-pact'),
      change(
        'duration: { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }',
        'duration: { type: by-reading, term: twenty-years, readings: { notice-after: { type: indefinite }, effect-after: { type: tied, treaty: demo-pact } } }',
        OTHER,
      ),
    );
    assert.deepEqual(findings(root, ['demo-pact']), [
      `${T}:16:35 tied-cycle: tied durations go round in a circle: demo-pact → other-pact → demo-pact | ${CYCLE_HINT}`,
    ]);
  });
});
