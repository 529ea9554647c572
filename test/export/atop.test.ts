/**
 * ATOP obligation codes, derived from provisions by src/export/atop/mapping.ts: for each code,
 * fixture provisions that should earn it and near misses that should not; and the corpus's codes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { atopCoding, atopCodingOf, type AtopOptions, describeEvidence } from '../../src/export/atop/classify.js';
import { ATOP_CODES, ATOP_MAPPING, type AtopCode } from '../../src/export/atop/mapping.js';
import { Provision } from '../../src/model/provision.js';
import { type SourceGap, TreatyFile } from '../../src/model/treaty.js';
import { VocabularyFile } from '../../src/model/vocabulary.js';
import { GAPS, MULTILATERAL, ROOT, inputOf } from './support.js';

const vocabulary = VocabularyFile.parse(parse(readFileSync(join(ROOT, 'corpus', 'vocabulary.yaml'), 'utf8')));

type ProvisionInput = Omit<Partial<Provision>, 'quote'> & Pick<Provision, 'kind' | 'bearer'>;

/** A two-party fixture treaty holding one provision (or several), its source with these gaps. */
function treatyWith(p: ProvisionInput | ProvisionInput[], gaps?: SourceGap[]): TreatyFile {
  const provisions = (Array.isArray(p) ? p : [p]).map((x, i) => ({
    id: i ? `provision-${i + 1}` : 'the-provision',
    article: String(i + 1),
    summary: 'A provision.',
    quote: { source: 'text', text: 'words' },
    ...x,
  }));
  return TreatyFile.parse({
    id: 'fixture-pact',
    titles: { en: 'Fixture Pact' },
    shortTitle: 'Fixture Pact',
    parties: ['AAA', 'BBB'],
    signature: { place: 'Geneva', date: '2000-01-01' },
    officialLanguages: ['en'],
    sources: [
      {
        id: 'text',
        file: 'sources/text.txt',
        language: 'en',
        translation: false,
        publisher: 'test',
        provenance: 'written for the test',
        ...(gaps ? { gaps } : {}),
      },
    ],
    lifecycle: { entryIntoForce: { event: 'ratifications-exchanged', attestedBy: { cite: 'test' } }, duration: { type: 'indefinite' } },
    provisions,
  });
}

function codesOf(p: ProvisionInput): AtopCode[] {
  const coding = atopCoding(treatyWith(p), vocabulary);
  return ATOP_CODES.filter((c) => coding[c].value === 1);
}

const militaryAid = { type: 'assistance-provided', kind: ['military', 'other'], description: 'give military and other assistance' };
const attackOnPartner = { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-state' } };

describe('ATOP DEFENSE: active military support if a partner is attacked', () => {
  it('earned by military assistance owed when a party is attacked', () => {
    assert.deepEqual(
      codesOf({ kind: 'obligation', bearer: 'other-party', beneficiary: 'attacked-party', trigger: attackOnPartner, act: militaryAid }),
      ['DEFENSE'],
    );
  });
  it('earned when the trigger is a state of war the vocabulary starts only by attacks on the party (1961, 2024)', () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'other-party',
        beneficiary: 'at-war-party',
        trigger: { fluent: 'state-of-war', subject: 'at-war-party' },
        act: militaryAid,
      }),
      ['DEFENSE'],
    );
  });
  it('earned by assistance of unnamed kind tagged defence ("such action as it deems necessary, including armed force")', () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'other-party',
        trigger: attackOnPartner,
        tags: ['defence'],
        act: { type: 'assistance-provided', description: 'take such action as it deems necessary' },
      }),
      ['DEFENSE'],
    );
  });
  it('not earned by standing military co-operation (no attack triggers it)', () => {
    assert.deepEqual(codesOf({ kind: 'obligation', bearer: 'all-parties', continuing: true, act: militaryAid, tags: ['defence'] }), []);
  });
  it('not earned by economic assistance alone, even after an attack', () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'other-party',
        trigger: attackOnPartner,
        act: { type: 'assistance-provided', kind: ['economic'], description: 'economic aid' },
      }),
      [],
    );
  });
  it('not earned when the attack is on a third state, not a party', () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'each-party',
        trigger: { event: 'armed-attack', where: { against: 'non-party' } },
        act: militaryAid,
      }),
      [],
    );
  });
});

describe('ATOP OFFENSE: active military support where the partner is not the target of attack', () => {
  it("earned by military assistance owed in the partner's own war of choice", () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'other-party',
        beneficiary: 'attacking-party',
        trigger: { event: 'armed-attack', where: { by: 'attacking-party', against: 'non-party' } },
        act: militaryAid,
      }),
      ['OFFENSE'],
    );
  });
  it('earned when the partner declares war', () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'other-party',
        trigger: { event: 'war-declared', where: { by: 'declaring-party' } },
        act: militaryAid,
      }),
      ['OFFENSE'],
    );
  });
  it('both codes when either branch may trigger it (the partner attacked, or attacking)', () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'other-party',
        trigger: { any: [attackOnPartner, { event: 'armed-attack', where: { by: 'attacking-party' } }] },
        act: militaryAid,
      }),
      ['DEFENSE', 'OFFENSE'],
    );
  });
  it('not earned when the partner must have been attacked', () => {
    assert.ok(!codesOf({ kind: 'obligation', bearer: 'other-party', trigger: attackOnPartner, act: militaryAid }).includes('OFFENSE'));
  });
});

describe("ATOP NEUTRAL: stay out of, or do not aid the adversary in, a partner's conflict", () => {
  it('earned by a promise not to aid anyone fighting a party (the adversary)', () => {
    assert.deepEqual(
      codesOf({
        kind: 'prohibition',
        bearer: 'other-party',
        beneficiary: 'attacked-party',
        trigger: attackOnPartner,
        act: { type: 'assistance-provided', description: 'aid the attacker' },
      }),
      ['NEUTRAL'],
    );
  });
  it('earned by a promise not to join action while a party is at war', () => {
    assert.deepEqual(
      codesOf({
        kind: 'prohibition',
        bearer: 'other-party',
        beneficiary: 'party-at-war',
        trigger: { fluent: 'state-of-war', subject: 'party-at-war' },
        act: { type: 'hostile-action-joined', description: 'join action against it' },
      }),
      ['NEUTRAL'],
    );
  });
  it('not earned by a standing promise not to join alliances against the partner (that is NONAGG)', () => {
    assert.deepEqual(
      codesOf({
        kind: 'prohibition',
        bearer: 'each-party',
        beneficiary: 'other-party',
        act: { type: 'hostile-alliance-joined', description: 'join an alliance against the other' },
      }),
      ['NONAGG'],
    );
  });
});

describe('ATOP NONAGG: no use of force against partners, no joining action against them', () => {
  it('earned by a non-aggression pledge', () => {
    assert.deepEqual(
      codesOf({
        kind: 'prohibition',
        bearer: 'each-party',
        beneficiary: 'other-party',
        act: { type: 'armed-attack', description: 'attack the other party' },
      }),
      ['NONAGG'],
    );
  });
  it('earned by a promise not to join action directed against the partner', () => {
    assert.deepEqual(
      codesOf({
        kind: 'prohibition',
        bearer: 'each-party',
        beneficiary: 'other-party',
        act: { type: 'hostile-action-joined', description: 'take part in such actions' },
      }),
      ['NONAGG'],
    );
  });
  it('not earned by a general renunciation of force owed to no partner', () => {
    assert.deepEqual(
      codesOf({
        kind: 'prohibition',
        bearer: 'each-party',
        act: { type: 'armed-attack', description: 'use force inconsistent with the UN Charter' },
      }),
      [],
    );
    assert.deepEqual(codesOf({ kind: 'obligation', bearer: 'each-party', continuing: true, tags: ['non-aggression'] }), []);
  });
});

describe('ATOP CONSUL: consult in crises that could become militarized conflicts', () => {
  const consult = { type: 'consultations-held', description: 'consult together' };
  it('earned by a crisis-consultation promise (a direct threat of armed invasion against a party)', () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'all-parties',
        beneficiary: 'threatened-party',
        trigger: {
          all: [
            { fluent: 'direct-threat', subject: 'threatened-party' },
            { event: 'consultation-requested', where: { by: 'party' } },
          ],
        },
        act: consult,
      }),
      ['CONSUL'],
    );
  });
  it('earned by consultation when a party is attacked', () => {
    assert.deepEqual(codesOf({ kind: 'obligation', bearer: 'all-parties', trigger: attackOnPartner, act: consult }), ['CONSUL']);
  });
  it('earned by a consultation promise whose words name a threat (tagged crisis-consultation)', () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'all-parties',
        trigger: { event: 'consultation-requested', where: { by: 'requesting-party' } },
        tags: ['crisis-consultation'],
        act: consult,
      }),
      ['CONSUL'],
    );
  });
  it('not earned by a general promise to consult on international questions', () => {
    assert.deepEqual(codesOf({ kind: 'obligation', bearer: 'all-parties', continuing: true, tags: ['consultation'], act: consult }), []);
  });
  it('not earned by consultation on request alone, with no crisis named', () => {
    assert.deepEqual(
      codesOf({
        kind: 'obligation',
        bearer: 'all-parties',
        trigger: { event: 'consultation-requested', where: { by: 'requesting-party' } },
        act: consult,
      }),
      [],
    );
  });
});

/** Each code's value (1, 0 or null for unknown). */
function valuesOf(treaty: TreatyFile, coverage?: AtopOptions['coverage']): Record<AtopCode, 0 | 1 | null> {
  const coding = atopCoding(treaty, vocabulary, { coverage });
  return Object.fromEntries(ATOP_CODES.map((c) => [c, coding[c].value])) as Record<AtopCode, 0 | 1 | null>;
}

describe('ATOP codes of an incomplete text: unknown, never 0 (issue 15)', () => {
  const cut = { reason: 'the sentence breaks off in the only copy' };
  const defence = {
    kind: 'obligation',
    bearer: 'other-party',
    beneficiary: 'attacked-party',
    trigger: attackOnPartner,
    act: militaryAid,
  } as const;

  it('an incomplete provision that matches a rule: the code is unknown, with the provision, the rule and the reason', () => {
    const coding = atopCoding(treatyWith({ ...defence, incomplete: cut }), vocabulary);
    assert.deepEqual(coding.DEFENSE, {
      code: 'DEFENSE',
      value: null,
      provisions: [],
      reason:
        'provision the-provision (article 1) is incomplete (the sentence breaks off in the only copy) and, as far as its words go, matches rule military-assistance-on-attack',
      incomplete: [{ provision: 'the-provision', article: '1', rule: 'military-assistance-on-attack' }],
      gaps: [],
    });
    assert.deepEqual(valuesOf(treatyWith({ ...defence, incomplete: cut })), {
      DEFENSE: null,
      OFFENSE: 0,
      NEUTRAL: 0,
      NONAGG: 0,
      CONSUL: 0,
    });
    assert.equal(describeEvidence(coding), 'DEFENSE unknown: the-provision incomplete');
  });
  it('cut before it says what assistance ("shall extend to it …"): DEFENSE unknown, as the kinds could be military', () => {
    const p = { ...defence, act: { type: 'assistance-provided', description: 'extend assistance' }, incomplete: cut };
    assert.deepEqual(valuesOf(treatyWith(p)), { DEFENSE: null, OFFENSE: 0, NEUTRAL: 0, NONAGG: 0, CONSUL: 0 });
    // Whole, the same words earn nothing: assistance of no named kind, untagged.
    assert.deepEqual(valuesOf(treatyWith({ ...p, incomplete: undefined })), { DEFENSE: 0, OFFENSE: 0, NEUTRAL: 0, NONAGG: 0, CONSUL: 0 });
  });
  it('cut before its trigger (a standing prohibition so far): NONAGG and NEUTRAL unknown', () => {
    const p = {
      kind: 'prohibition',
      bearer: 'each-party',
      act: { type: 'hostile-alliance-joined', description: 'join an alliance' },
      incomplete: cut,
    } as const;
    assert.deepEqual(valuesOf(treatyWith(p)), { DEFENSE: 0, OFFENSE: 0, NEUTRAL: null, NONAGG: null, CONSUL: 0 });
  });
  it('what its words do say still counts: economic aid, cut or not, earns no DEFENSE', () => {
    const p = { ...defence, act: { type: 'assistance-provided', kind: ['economic'], description: 'economic aid' }, incomplete: cut };
    assert.deepEqual(valuesOf(treatyWith(p)), { DEFENSE: 0, OFFENSE: 0, NEUTRAL: 0, NONAGG: 0, CONSUL: 0 });
  });
  it('a complete provision that earns the code makes it 1, whatever is incomplete', () => {
    assert.equal(valuesOf(treatyWith([defence, { ...defence, incomplete: cut }])).DEFENSE, 1);
  });
  it('a gap of the source whose content is not known: every code not earned is unknown', () => {
    const treaty = treatyWith(defence, [{ marker: '[NOT RETRIEVED]', what: 'Articles 7–12' }]);
    const coding = atopCoding(treaty, vocabulary);
    assert.deepEqual(valuesOf(treaty), { DEFENSE: 1, OFFENSE: null, NEUTRAL: null, NONAGG: null, CONSUL: null });
    assert.deepEqual(coding.NONAGG, {
      code: 'NONAGG',
      value: null,
      provisions: [],
      reason: 'the source has a gap that could hold such a clause: Articles 7–12',
      incomplete: [],
      gaps: [{ source: 'text', gap: 0, what: 'Articles 7–12' }],
    });
    assert.equal(
      describeEvidence(coding),
      'DEFENSE: the-provision; OFFENSE unknown: gap Articles 7–12; NEUTRAL unknown: gap Articles 7–12; NONAGG unknown: gap Articles 7–12; CONSUL unknown: gap Articles 7–12',
    );
  });
  it('a gap known to hold only procedural text (an entry-into-force clause) leaves every code known', () => {
    const treaty = treatyWith(defence, [{ what: 'Article 22 on entry into force', kinds: ['procedural'] }]);
    assert.deepEqual(valuesOf(treaty), { DEFENSE: 1, OFFENSE: 0, NEUTRAL: 0, NONAGG: 0, CONSUL: 0 });
  });
  it('a gap known to hold prohibitions: only the codes a prohibition can earn are unknown', () => {
    const treaty = treatyWith(defence, [{ what: 'Article 9', kinds: ['prohibition'] }]);
    assert.deepEqual(valuesOf(treaty), { DEFENSE: 1, OFFENSE: 0, NEUTRAL: null, NONAGG: null, CONSUL: 0 });
  });
  it('a gap that cuts an incomplete provision (as pacta check ties them) is judged as that provision', () => {
    const treaty = treatyWith({ ...defence, incomplete: cut }, [{ after: 'at its', what: 'the rest of the sentence' }]);
    assert.deepEqual(valuesOf(treaty), { DEFENSE: null, OFFENSE: null, NEUTRAL: null, NONAGG: null, CONSUL: null });
    const tied = [
      { source: 'text', gaps: [{ kind: 'source' as const, what: 'the rest of the sentence', gap: 0, provisions: ['the-provision'] }] },
    ];
    assert.deepEqual(valuesOf(treaty, tied), { DEFENSE: null, OFFENSE: 0, NEUTRAL: 0, NONAGG: 0, CONSUL: 0 });
  });
});

describe('ATOP codes of the corpus', () => {
  const row = (id: string, root?: string) => {
    const input = inputOf(id, root);
    const coding = atopCodingOf(input);
    return { codes: Object.fromEntries(ATOP_CODES.map((c) => [c, coding[c].value])), evidence: describeEvidence(coding) };
  };
  it('1961: DEFENSE (Art. 1), NONAGG (Art. 2); Art. 3 is a general consultation promise', () => {
    assert.deepEqual(row('ussr-prk-1961'), {
      codes: { DEFENSE: 1, OFFENSE: 0, NEUTRAL: 0, NONAGG: 1, CONSUL: 0 },
      evidence: 'DEFENSE: art1-mutual-assistance; NONAGG: art2-no-hostile-alliance',
    });
  });
  it('2024: DEFENSE (Art. 4), NONAGG (Art. 5), CONSUL (Art. 3)', () => {
    assert.deepEqual(row('prk-rus-2024'), {
      codes: { DEFENSE: 1, OFFENSE: 0, NEUTRAL: 0, NONAGG: 1, CONSUL: 1 },
      evidence:
        'DEFENSE: art4-mutual-assistance; NONAGG: art5-no-hostile-agreement, art5-no-hostile-action; CONSUL: art3-threat-consultation',
    });
  });
  it('2024: the report lacks Article 22, an entry-into-force clause: no code becomes unknown', () => {
    const input = inputOf('prk-rus-2024');
    assert.deepEqual(input.treaty.sources[0]!.gaps, [
      { what: 'Article 22 on entry into force is not in the report', kinds: ['procedural'] },
    ]);
    assert.ok(ATOP_CODES.every((c) => atopCodingOf(input)[c].value !== null));
  });
  it('the incomplete-source fixture: DEFENSE rests on the cut Article 3, the rest on the missing Article 4; NONAGG (Art. 2) known', () => {
    const input = inputOf('gap-pact', GAPS);
    const coding = atopCodingOf(input);
    assert.deepEqual(row('gap-pact', GAPS), {
      codes: { DEFENSE: null, OFFENSE: null, NEUTRAL: null, NONAGG: 1, CONSUL: null },
      evidence:
        'DEFENSE unknown: art3-mutual-assistance incomplete, gap Article 4 (not retrieved); OFFENSE unknown: gap Article 4 (not retrieved); NEUTRAL unknown: gap Article 4 (not retrieved); NONAGG: art2-no-hostile-alliance; CONSUL unknown: gap Article 4 (not retrieved)',
    });
    assert.equal(
      coding.DEFENSE.reason,
      'provision art3-mutual-assistance (article 3) is incomplete (the sentence breaks off after "with all the means at its" in the only copy: what follows (a limit, a condition) is not known) and, as far as its words go, matches rule military-assistance-on-attack; and the source has a gap that could hold such a clause: Article 4 (not retrieved)',
    );
    assert.deepEqual(coding.OFFENSE.gaps, [{ source: 'text-en', gap: 1, what: 'Article 4 (not retrieved)' }]);
  });
  it('the North Atlantic fixture: DEFENSE (Art. 5) and CONSUL (Art. 4), as ATOP codes NATO', () => {
    assert.deepEqual(row('north-atlantic-1949', MULTILATERAL).codes, { DEFENSE: 1, OFFENSE: 0, NEUTRAL: 0, NONAGG: 0, CONSUL: 1 });
  });
  it('the mapping is complete data: every code has a definition, rules with reasons, and notes', () => {
    assert.deepEqual(
      ATOP_MAPPING.codes.map((c) => c.code),
      [...ATOP_CODES],
    );
    for (const c of ATOP_MAPPING.codes) {
      assert.ok(c.definition && c.notes && c.rules.length, c.code);
      for (const r of c.rules) assert.ok(r.id && r.why && r.kinds.length, `${c.code}/${r.id}`);
    }
    const used = new Set(ATOP_MAPPING.codes.flatMap((c) => c.rules.flatMap((r) => r.acts ?? [])));
    const known = new Set(vocabulary.eventTypes.map((e) => e.id));
    for (const act of used) assert.ok(known.has(act), `the mapping names an event type the vocabulary lacks: ${act}`);
  });
});
