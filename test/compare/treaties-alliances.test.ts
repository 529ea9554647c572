/**
 * The comparisons researchers ask for across the corpus, pinned: the 2024 DPRK–Russia treaty's
 * Article 4 against the North Atlantic Treaty's Article 5 (trigger, area, discretion, Article 51,
 * the Security Council report, membership, duration), and NATO's Article 5 against ANZUS's
 * Article IV ("will assist … forthwith" against "would act to meet the common danger in accordance
 * with its constitutional processes"). Exact pairs, grades, rules and the words each side rests on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTreaties } from '../../src/compare/index.js';
import type { TreatyComparison } from '../../src/compare/schema.js';
import { pairOf, realCorpus } from './support.js';

const byField = (c: TreatyComparison, a: string, b: string) =>
  pairOf(c, a, b).differences.map((d) => [d.field, d.grade, d.rule, d.words.a, d.words.b]);

describe('2024 Art. 4 against the North Atlantic Treaty Art. 5', () => {
  const c = compareTreaties(realCorpus(), 'prk-rus-2024', 'north-atlantic-1949');

  it('the assistance clauses are aligned one to one', () => {
    const match = c.matches.find((m) => m.a.includes('art4-mutual-assistance'))!;
    assert.deepEqual([match.shape, match.a, match.b], ['one-to-one', ['art4-mutual-assistance'], ['art5-collective-defence']]);
    assert.equal(pairOf(c, 'art4-mutual-assistance', 'art5-collective-defence').grade, 'unclear');
  });

  it('every difference graded, with both quotes', () => {
    assert.deepEqual(byField(c, 'art4-mutual-assistance', 'art5-collective-defence'), [
      [
        'trigger',
        'widens',
        'trigger-constraints',
        'In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states',
        'if such an armed attack occurs',
      ],
      [
        'trigger.text',
        'unclear',
        'wording-table',
        'In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states',
        'if such an armed attack occurs',
      ],
      ['act.kind', 'narrows', 'act-discretion', 'provide military and other assistance', 'such action as it deems necessary'],
      ['act.text', 'unclear', 'wording-table', 'provide military and other assistance', 'assist the Party or Parties so attacked'],
      ['timing', 'narrows', 'timing-readings', 'without delay', 'forthwith'],
      [
        'means',
        'narrows',
        'means-extent',
        'with all means in its possession',
        'such action as it deems necessary, including the use of armed force',
      ],
      [
        'legal-bound',
        'widens',
        'legal-bound',
        'in accordance with Article 51 of the UN Charter and the laws of the DPRK and the Russian Federation',
        'in exercise of the right of individual or collective self-defence recognised by Article 51 of the Charter of the United Nations',
      ],
      ['area', 'narrows', 'area', null, 'in Europe or North America'],
      ['purpose', 'unclear', 'purpose-manner', null, 'to restore and maintain the security of the North Atlantic area'],
      ['manner', 'unclear', 'purpose-manner', null, 'individually and in concert with the other Parties'],
    ]);
  });

  it('the trigger: by a state and a state of war, against an armed attack by anyone', () => {
    const d = pairOf(c, 'art4-mutual-assistance', 'art5-collective-defence').differences.find((x) => x.field === 'trigger')!;
    assert.equal(
      d.reason,
      'B drops a condition that must also hold: attacked-party is in "state-of-war"; and "armed-attack" by: any-state → any-actor (matches more events)',
    );
  });

  it('"deems necessary": what counts is the bearer\'s to decide, reading by reading', () => {
    const d = pairOf(c, 'art4-mutual-assistance', 'art5-collective-defence').differences.find((x) => x.field === 'act.kind')!;
    assert.deepEqual(
      [d.a, d.b, d.reason],
      [
        'military, other',
        'as the bearer decides ("such action as it deems necessary"), term deems-necessary: under any-action, military, other; under armed-force, military',
        "B leaves what counts as performance to the bearer's judgement, which a reading decides: under armed-force, military, other in A and military in B (narrows)",
      ],
    );
  });

  it('"without delay" against "forthwith": the same under the readings both give, stricter under the one only "without delay" has', () => {
    const d = pairOf(c, 'art4-mutual-assistance', 'art5-collective-defence').differences.find((x) => x.field === 'timing')!;
    assert.equal(
      d.reason,
      '"without delay" (term without-delay) and "forthwith" (term forthwith) share some readings: under the readings both give (no-fixed-deadline, within-seven-days), the same deadlines; under A\'s own "within-one-day" (P1D), A is stricter against every reading of B\'s',
    );
  });

  it("Article 51 in both: only the two states' laws are dropped", () => {
    const d = pairOf(c, 'art4-mutual-assistance', 'art5-collective-defence').differences.find((x) => x.field === 'legal-bound')!;
    assert.equal(
      d.reason,
      "B drops A's legal bound (laws of the DPRK; laws of the Russian Federation): A's duty was owed only within what it allowed; both name Charter of the United Nations, Article 51",
    );
  });

  it('the report to the Security Council: in the North Atlantic Treaty only, a duty added', () => {
    const report = c.onlyInB.find((o) => o.provision.id === 'art5-report-to-security-council')!;
    assert.deepEqual(
      [report.change, report.grade, report.rule, report.provision.label, report.provision.quote],
      [
        'added',
        'widens',
        'provision-only-in-one',
        'Art. 5',
        'Any such armed attack and all measures taken as a result thereof shall immediately be reported to the Security Council.',
      ],
    );
    // The act the report is (its event type) is owed nowhere in the 2024 treaty.
    const treaty = (id: string) => realCorpus().treaties.find((t) => t.treaty.id === id)!.treaty;
    const act = treaty('north-atlantic-1949').provisions.find((p) => p.id === report.provision.id)!.act!.type;
    assert.equal(act, 'reported-to-security-council');
    assert.deepEqual(
      treaty('prk-rus-2024').provisions.filter((p) => p.act?.type === act),
      [],
    );
  });

  it('membership and duration: two parties against accession, a party leaving alone, and denunciation after twenty years', () => {
    assert.deepEqual(
      c.lifecycle.map((r) => [r.aspect, r.grade]),
      [
        ['entry-into-force', 'unclear'],
        ['duration', 'same'],
        ['renewal', 'same'],
        ['notice', 'narrows'],
        ['withdrawal', 'narrows'],
        ['termination-by-agreement', 'same'],
        ['withdrawal-of-one-party', 'widens'],
        ['accession', 'widens'],
        ['parties', 'widens'],
        ['suspension', 'same'],
        ['ends-on-outside-event', 'same'],
        ['minimum-parties', 'same'],
        ['survival', 'same'],
      ],
    );
    const parties = c.lifecycle.find((r) => r.aspect === 'parties')!;
    assert.deepEqual(
      [parties.a, parties.b, parties.reason],
      [
        '2 original parties (PRK, RUS); no accession recorded (recorded history)',
        '12 original parties (BEL, CAN, DNK, FRA, ISL, ITA, LUX, NLD, NOR, PRT, GBR, USA); 20 more by accession: GRC, TUR 1952-02-18; DEU 1955-05-06; ESP 1982-05-30; CZE, HUN, POL 1999-03-12; BGR, EST, LVA, LTU, ROU, SVK, SVN 2004-03-29; ALB, HRV 2009-04-01; MNE 2017-06-05; MKD 2020-03-27; FIN 2023-04-04; SWE 2024-03-07 (recorded history)',
        'more states have been parties to B (32) than to A (2) by the recorded history: its duties bind and are owed to more states',
      ],
    );
    const notice = c.lifecycle.find((r) => r.aspect === 'notice')!;
    assert.equal(notice.a, 'none: the treaty provides no notice of denunciation or withdrawal');
    assert.match(notice.b, /withdrawal by notice, effective 1 year after it, not before 20 years in force/);
  });

  it('the summary says it in words, on the quotes', () => {
    const claim = c.summary.find((s) => s.text.startsWith('prk-rus-2024 Art. 4 → north-atlantic-1949 Art. 5'))!;
    assert.match(claim.text, /The trigger's conditions widen; what counts as performance narrows, left to the bearer's judgement/);
    assert.match(
      claim.text,
      /B bounds the duty to an area \("in Europe or North America"\): an attack elsewhere gives rise to no duty \(narrows\)/,
    );
    assert.ok(claim.basis.some((b) => b.treaty === 'north-atlantic-1949' && b.words === 'in Europe or North America'));
  });
});

describe('the North Atlantic Treaty Art. 5 against ANZUS Art. IV', () => {
  const c = compareTreaties(realCorpus(), 'north-atlantic-1949', 'anzus-1951');

  it('the defence clauses, the reports to the Security Council and the end of measures are aligned', () => {
    const pairs = c.matches.flatMap((m) => m.pairs).map((p) => [p.a.id, p.b.id, p.b.label, p.grade]);
    for (const expected of [
      ['art5-collective-defence', 'art4-common-danger', 'Art. IV(1)', 'unclear'],
      ['art5-report-to-security-council', 'art4-report-security-council', 'Art. IV(2)', 'unclear'],
      ['art5-terminate-measures', 'art4-measures-terminated', 'Art. IV(2)', 'narrows'],
    ])
      assert.ok(
        pairs.some((p) => JSON.stringify(p) === JSON.stringify(expected)),
        `${expected.join(' ')} in ${JSON.stringify(pairs)}`,
      );
  });

  it('"will assist … forthwith" against "would act to meet the common danger in accordance with its constitutional processes"', () => {
    assert.deepEqual(byField(c, 'art5-collective-defence', 'art4-common-danger'), [
      [
        'trigger.text',
        'unclear',
        'wording-table',
        'if such an armed attack occurs',
        'an armed attack in the Pacific area on any of the Parties',
      ],
      ['act.kind', 'widens', 'act-discretion', 'such action as it deems necessary', 'act to meet the common danger'],
      ['act.text', 'unclear', 'wording-table', 'assist the Party or Parties so attacked', 'act to meet the common danger'],
      ['timing', 'narrows', 'timing-readings', 'forthwith', null],
      ['means', 'unclear', 'means-extent', 'such action as it deems necessary, including the use of armed force', null],
      [
        'legal-bound',
        'unclear',
        'legal-bound',
        'in exercise of the right of individual or collective self-defence recognised by Article 51 of the Charter of the United Nations',
        'in accordance with its constitutional processes',
      ],
      ['condition', 'narrows', 'condition', null, 'would be dangerous to its own peace and safety'],
      ['area', 'unclear', 'area', 'in Europe or North America', 'in the Pacific area'],
      ['purpose', 'unclear', 'purpose-manner', 'to restore and maintain the security of the North Atlantic area', null],
      ['manner', 'unclear', 'purpose-manner', 'individually and in concert with the other Parties', null],
    ]);
    const timing = pairOf(c, 'art5-collective-defence', 'art4-common-danger').differences.find((d) => d.field === 'timing')!;
    assert.equal(timing.reason, 'B drops the time limit: "forthwith"');
    const bound = pairOf(c, 'art5-collective-defence', 'art4-common-danger').differences.find((d) => d.field === 'legal-bound')!;
    assert.equal(
      bound.reason,
      'the legal bounds differ: neither takes in the other (A: Charter of the United Nations, Article 51; B: its constitutional processes)',
    );
  });

  it('membership: open against closed, 32 states against 3, a suspension between two parties', () => {
    assert.deepEqual(
      c.lifecycle.map((r) => [r.aspect, r.grade]),
      [
        ['entry-into-force', 'unclear'],
        ['duration', 'same'],
        ['renewal', 'same'],
        ['notice', 'unclear'],
        ['withdrawal', 'unclear'],
        ['termination-by-agreement', 'same'],
        ['withdrawal-of-one-party', 'same'],
        ['accession', 'narrows'],
        ['parties', 'narrows'],
        ['suspension', 'narrows'],
        ['ends-on-outside-event', 'same'],
        ['minimum-parties', 'same'],
        ['survival', 'same'],
      ],
    );
    assert.equal(
      c.lifecycle.find((r) => r.aspect === 'parties')!.b,
      '3 original parties (AUS, NZL, USA); no accession recorded (recorded history)',
    );
  });
});
