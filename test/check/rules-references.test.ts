/**
 * pacta check on the rules of issue 15: an exception's quote found verbatim in the treaty's sources
 * and the act it requires a vocabulary event type; what counts by reading (`act.kindByReading`) a
 * contested term with exactly its readings; an invocation's article one the treaty has; `inForceFor`
 * accepted; a lifecycle act never uncertain nor disputed; an event invoking an article names its
 * treaty. Each case a copy of the minimal corpus with the rules added, one change applied, and its
 * exact findings (file, line, column, code, message, hint).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findingsOf, mutatedCorpus, type Mutation } from './support.js';

const T = 'demo-pact/treaty.yaml';
const H = 'demo-pact/history.yaml';
const S = 'demo-pact/scenarios/basic.yaml';
const V = 'vocabulary.yaml';

/** What the minimal corpus gains: two articles, the acts they name, a term of discretion. */
const BASE: Mutation[] = [
  {
    file: 'demo-pact/sources/demo.txt',
    find: 'DONE at Alandia',
    replace: `Article 3

Neither Party shall use force against the other Party, save in self-defence reported to the Security Council.

Article 4

After this Treaty has been in force for five years, each Party shall consult the other Party at its request under this Article.

DONE at Alandia`,
  },
  {
    file: V,
    find: 'fluents:',
    replace: `  - { id: force-used, description: "Force used.", roles: [by, against] }
  - { id: reported-to-security-council, description: "A report to the Security Council.", roles: [by], optionalRoles: [to] }
  - { id: consultation-requested, description: "A request for consultations.", roles: [by], optionalRoles: [to] }
  - { id: consultations-held, description: "Consultations.", roles: [parties] }
fluents:`,
  },
  {
    file: V,
    find: '    default: no-fixed-deadline',
    replace: `    default: no-fixed-deadline
  - id: deems-necessary
    text: [as it deems necessary]
    description: "What counts."
    readings:
      - { id: any-action, description: "Any action." }
      - { id: armed-force, description: "Armed force only." }
    default: any-action`,
  },
  {
    file: T,
    find: '    act: { type: assistance-provided, description: extend assistance }',
    replace:
      '    act: { type: assistance-provided, description: extend assistance, kindByReading: { term: deems-necessary, readings: { any-action: [military, other], armed-force: [military] } } }',
  },
  {
    file: T,
    find: '  - id: art2-lifecycle',
    replace: `  - id: art3-no-force
    article: "3"
    kind: prohibition
    summary: Neither party may use force against the other, save in self-defence reported to the Security Council.
    bearer: each-party
    beneficiary: other-party
    act: { type: force-used, description: use force against the other party }
    exceptions:
      - id: self-defence
        description: self-defence reported to the Security Council
        kind: [self-defence]
        requires: { event: reported-to-security-council, within: P1D }
        quote: { source: demo-en, text: "save in self-defence reported to the Security Council" }
    quote: { source: demo-en, text: "Neither Party shall use force against the other Party, save in self-defence reported to the Security Council." }
  - id: art4-consultation
    article: "4"
    kind: obligation
    summary: After five years in force, the other party must consult a party that asks under this Article.
    bearer: other-party
    beneficiary: requesting-party
    trigger: { all: [{ event: consultation-requested, where: { by: requesting-party }, article: "4" }, { inForceFor: P5Y }] }
    act: { type: consultations-held, description: consult }
    quote: { source: demo-en, text: "After this Treaty has been in force for five years, each Party shall consult the other Party at its request under this Article." }
  - id: art2-lifecycle`,
  },
  {
    file: S,
    find: 'expect:',
    replace: `  - { id: request, date: 1996-01-10, type: consultation-requested, by: BBB, treaty: demo-pact, article: "4", uncertain: { latest: 1996-01-10 }, source: hypothetical }
expect:`,
  },
];

/** The minimal corpus with BASE, then `mutations` (applied in order, each must apply). */
const corpus = (...mutations: Mutation[]): string => mutatedCorpus(...BASE, ...mutations);

/** The line of `file` (in a fresh BASE corpus) that contains `text`, 1-based, and the column where `text` starts. */
function positionOf(file: string, text: string, nth = 0): string {
  const lines = readFileSync(join(corpus(), file), 'utf8').split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i]!.indexOf(text);
    if (col >= 0 && seen++ === nth) return `${file}:${i + 1}:${col + 1}`;
  }
  throw new Error(`"${text}" not in ${file}`);
}

describe('pacta check: the rules of issue 15, all present and sound', () => {
  it('checks clean: an exception, kinds by reading, an invocation with a time in force, an uncertain request', () => {
    assert.deepEqual(findingsOf(corpus()), []);
  });

  it('accepts inForceFor as a trigger of its own ("after ten years in force")', () => {
    const root = corpus({
      file: T,
      find: `    bearer: other-party
    beneficiary: requesting-party
    trigger: { all: [{ event: consultation-requested, where: { by: requesting-party }, article: "4" }, { inForceFor: P5Y }] }`,
      replace: '    bearer: all-parties\n    trigger: { inForceFor: P10Y }',
    });
    assert.deepEqual(findingsOf(root), []);
  });
});

describe('pacta check: a time in force inside any', () => {
  it('is refused, at the condition: it would bound none of the others', () => {
    const root = corpus({
      file: T,
      find: 'trigger: { all: [{ event: consultation-requested, where: { by: requesting-party }, article: "4" }, { inForceFor: P5Y }] }',
      replace: 'trigger: { any: [{ event: consultation-requested, where: { by: requesting-party }, article: "4" }, { inForceFor: P5Y }] }',
    });
    const [finding] = findingsOf(root);
    assert.deepEqual(
      { ...finding!, at: undefined },
      {
        at: undefined,
        code: 'misplaced-condition',
        severity: 'error',
        message: 'a time-in-force condition inside "any" would hold on its own, bounding none of the others',
        hint: 'put it in an "all" with the conditions it bounds ({ all: [ …, { inForceFor: … } ] }), or alone as the trigger',
      },
    );
    assert.equal(finding!.at, positionOf(T, '{ inForceFor: P5Y }'));
  });
});

describe('pacta check: exceptions', () => {
  it("an exception's quote not in the source: an error at its text, with the closest passage", () => {
    const root = corpus({
      file: T,
      find: 'text: "save in self-defence reported to the Security Council" }',
      replace: 'text: "save in self-defence notified to the Security Council" }',
    });
    assert.deepEqual(findingsOf(root), [
      {
        at: `${T}:40:41`,
        code: 'quote-not-found',
        severity: 'error',
        message: 'quote not found in source "demo-en": "save in self-defence notified to the Security Council"',
        hint: 'the closest passage (demo-pact/sources/demo.txt:19) reads "Party, save in self-defence reported to the Security"; the quote agrees with it up to "". Copy the words exactly (only whitespace may differ)',
      },
    ]);
    assert.equal(`${T}:40:41`, positionOf(T, '"save in self-defence'));
  });

  it("an exception's quote in a source the treaty does not have", () => {
    const root = corpus({
      file: T,
      find: 'quote: { source: demo-en, text: "save in self-defence',
      replace: 'quote: { source: charter-en, text: "save in self-defence',
    });
    assert.deepEqual(findingsOf(root), [
      {
        at: `${T}:40:26`,
        code: 'unknown-source',
        severity: 'error',
        message: 'unknown source "charter-en"',
        hint: "use one of this treaty's sources: demo-en",
      },
    ]);
  });

  it('the act an exception requires is not an event type of the vocabulary', () => {
    const root = corpus({
      file: T,
      find: 'requires: { event: reported-to-security-council,',
      replace: 'requires: { event: reported-to-council,',
    });
    assert.deepEqual(findingsOf(root), [
      {
        at: `${T}:39:28`,
        code: 'unknown-event-type',
        severity: 'error',
        message: 'unknown event type "reported-to-council"',
        hint: 'the act an exception requires is an event type of vocabulary.yaml (e.g. a report to the Security Council): define it there, or use one of: armed-attack, assistance-provided, consultation-requested, consultations-held, denunciation-notice, force-used, hostilities-ended, ratifications-exchanged, reported-to-security-council',
      },
    ]);
  });
});

describe('pacta check: what counts by reading (act.kindByReading)', () => {
  const KINDS = 'kindByReading: { term: deems-necessary, readings: { any-action: [military, other], armed-force: [military] } }';
  const kinds = (replace: string): Mutation => ({ file: T, find: KINDS, replace });

  it('a term that is not a contested term of the vocabulary', () => {
    assert.deepEqual(findingsOf(corpus(kinds('kindByReading: { term: deems-needed, readings: { any-action: [military] } }'))), [
      {
        at: `${T}:23:94`,
        code: 'unknown-term',
        severity: 'error',
        message: 'unknown contested term "deems-needed"',
        hint: 'define it under terms in vocabulary.yaml, or use one of: deems-necessary, immediately',
      },
    ]);
  });

  it("a reading the term does not have, and one of the term's readings left without kinds", () => {
    const root = corpus(
      kinds('kindByReading: { term: deems-necessary, readings: { any-action: [military, other], armed-forces: [military] } }'),
    );
    assert.deepEqual(findingsOf(root), [
      {
        at: `${T}:23:121`,
        code: 'missing-reading',
        severity: 'error',
        message: 'no kinds of act for reading "armed-force" of term "deems-necessary"',
        hint: 'add readings.armed-force: the kinds of act that count under that reading (every reading of the term needs them: any-action, armed-force)',
      },
      {
        at: `${T}:23:168`,
        code: 'unknown-reading',
        severity: 'error',
        message: 'term "deems-necessary" has no reading "armed-forces": did you mean armed-force?',
        hint: 'use one of: any-action, armed-force',
      },
    ]);
  });
});

describe('pacta check: invocations of an article', () => {
  it("a condition's article that no provision of the treaty is in", () => {
    const root = corpus({
      file: T,
      find: 'where: { by: requesting-party }, article: "4" }',
      replace: 'where: { by: requesting-party }, article: "7" }',
    });
    assert.deepEqual(findingsOf(root), [
      {
        at: `${T}:48:97`,
        code: 'unknown-article',
        severity: 'error',
        message: 'treaty "demo-pact" has no provision in article "7"',
        hint: 'an invocation names an article of this treaty: one of 1, 2, 3, 4',
      },
    ]);
  });

  it('an event that invokes an article but names no treaty: in a scenario and in the recorded history', () => {
    const root = corpus(
      { file: S, find: 'treaty: demo-pact, article: "4",', replace: 'article: "4",' },
      {
        file: H,
        find: 'source: fixture }',
        replace:
          'source: fixture }\n  - { id: early-request, date: 1991-01-10, type: consultation-requested, by: AAA, article: "4", source: fixture }',
      },
    );
    assert.deepEqual(findingsOf(root), [
      {
        at: `${H}:3:92`,
        code: 'missing-treaty',
        severity: 'error',
        message: 'event "early-request" invokes article "4" but names no treaty',
        hint: 'add treaty: with the id of the treaty whose article it invokes (one of: demo-pact)',
      },
      {
        at: `${S}:5:86`,
        code: 'missing-treaty',
        severity: 'error',
        message: 'event "request" invokes article "4" but names no treaty',
        hint: 'add treaty: with the id of the treaty whose article it invokes (one of: demo-pact)',
      },
    ]);
  });

  it('an event that invokes an article its treaty does not have', () => {
    const root = corpus({ file: S, find: 'treaty: demo-pact, article: "4",', replace: 'treaty: demo-pact, article: "12",' });
    assert.deepEqual(findingsOf(root), [
      {
        at: `${S}:5:105`,
        code: 'unknown-article',
        severity: 'error',
        message: 'treaty "demo-pact" has no provision in article "12"',
        hint: 'an event invokes an article of the treaty it names: one of 1, 2, 3, 4',
      },
    ]);
  });
});

describe('pacta check: uncertain and disputed dates of lifecycle acts', () => {
  it('a recorded entry into force known only "on or before" a day is refused at uncertain', () => {
    const root = corpus({
      file: H,
      find: 'parties: [AAA, BBB], source: fixture }',
      replace: 'parties: [AAA, BBB], uncertain: { latest: 1990-06-01 }, source: fixture }',
    });
    assert.deepEqual(findingsOf(root), [
      {
        at: `${H}:2:102`,
        code: 'uncertain-lifecycle-date',
        severity: 'error',
        message:
          'a lifecycle act needs an exact date: a "ratifications-exchanged" event (entry-into-force-act) cannot be uncertain, since lifecycles are computed from exact dates',
        hint: 'give the day the act is known to have taken effect as date and remove uncertain (say what is unsure in note:); try another day in a scenario',
      },
    ]);
  });

  it("a scenario's notice whose date sources dispute is refused at disputed", () => {
    const root = corpus({
      file: S,
      find: 'expect:',
      replace:
        '  - { id: notice, date: 1998-05-01, type: denunciation-notice, by: AAA, disputed: [{ date: 1998-06-01, source: another report }], source: hypothetical }\nexpect:',
    });
    assert.deepEqual(findingsOf(root), [
      {
        at: `${S}:6:83`,
        code: 'uncertain-lifecycle-date',
        severity: 'error',
        message:
          'a lifecycle act needs an exact date: a "denunciation-notice" event (notice) cannot be disputed, since lifecycles are computed from exact dates',
        hint: 'record the date you rely on and say why in note:; try the other date in a scenario that drops this event and adds it with that date',
      },
    ]);
  });

  it('an uncertain or disputed date on an event that is no lifecycle act is accepted', () => {
    const root = corpus({
      file: S,
      find: '{ id: attack, date: 1995-01-10, type: armed-attack, by: CCC, against: BBB,',
      replace:
        '{ id: attack, date: 1995-01-10, type: armed-attack, by: CCC, against: BBB, disputed: [{ date: 1995-01-09, source: another report }],',
    });
    assert.deepEqual(findingsOf(root), []);
  });
});

describe('pacta check: any-actor matches anyone and binds no role', () => {
  it('a bearer named "any-actor" is no role the trigger binds', () => {
    const root = corpus(
      { file: T, find: 'where: { against: attacked-party } }', replace: 'where: { against: attacked-party, by: any-actor } }' },
      {
        file: T,
        find: '    bearer: other-party\n    beneficiary: attacked-party',
        replace: '    bearer: any-actor\n    beneficiary: attacked-party',
      },
    );
    assert.deepEqual(findingsOf(root), [
      {
        at: `${T}:19:13`,
        code: 'unknown-role',
        severity: 'error',
        message: 'unknown role "any-actor"',
        hint: "use each-party, all-parties, other-party, or a role the trigger binds: attacked-party, or a state's code (a depositary)",
      },
    ]);
  });
});
