/**
 * "Why not" from the command line (issue 15): `pacta run` lists every provision and binding, the
 * rows where no duty arose after the others with their outcome and a shortened reason;
 * `--provision ID` limits a run to one duty and gives each row's explanation; `pacta status
 * --provision ID` gives that duty on a day, or why none arose. Exact lines and messages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortReason } from '../../src/faces/cli/why-not.js';
import { pacta } from './support.js';

const ATTACK_1985 = 'corpus/ussr-prk-1961/scenarios/attack-1985.yaml';
const DUTIES_1961 = 'art1-mutual-assistance, art2-no-hostile-alliance, art3-consultation, art4-economic-cultural';
/** The reason column of art1-mutual-assistance's not-triggered rows. */
const REASON = 'event "armed-attack" and attacked-party is in "state-of-war" — never on a day the treaty applied…';
const NOT_TRIGGERED_PRK =
  'Not triggered: event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party PRK) — never on a day the treaty applied, under state-of-war: declared-war.';

/** The obligations table of each run: from its header to the line after it. */
function obligationTables(stdout: string): string[][] {
  return [...stdout.matchAll(/\ntreaty +provision +art\. [^]*?\n\n|\ntreaty +provision +art\. [^]*$/g)].map((m) => m[0].trim().split('\n'));
}

describe('pacta run: every provision and binding', () => {
  it('lists the duties that arose, then those that did not with their outcome and reason', async () => {
    const r = await pacta(['run', ATTACK_1985]);
    assert.equal(r.status, 0, r.stderr);
    const [armed, declared] = obligationTables(r.stdout);
    assert.deepEqual(armed, [
      'treaty         provision                 art.  bearer → beneficiary  outcome                                                     reason',
      `─────────────  ────────────────────────  ────  ────────────────────  ${'─'.repeat(58)}  ${'─'.repeat(97)}`,
      'ussr-prk-1961  art1-mutual-assistance    1     SUN → PRK             discharged on 1985-03-03 (owed from 1985-03-01)',
      'ussr-prk-1961  art2-no-hostile-alliance  2     PRK → SUN             kept from 1961-09-10 to 1996-09-10 (last day 1996-09-09)',
      'ussr-prk-1961  art2-no-hostile-alliance  2     SUN → PRK             kept from 1961-09-10 to 1996-09-10 (last day 1996-09-09)',
      'ussr-prk-1961  art3-consultation         3     SUN+PRK               active from 1961-09-10 to 1996-09-10 (last day 1996-09-09)',
      'ussr-prk-1961  art4-economic-cultural    4     SUN+PRK               active from 1961-09-10 to 1996-09-10 (last day 1996-09-09)',
      `ussr-prk-1961  art1-mutual-assistance    1     PRK → SUN             not-triggered                                               ${REASON}`,
      '(1 row where no duty arose: --provision ID gives the reason whole, --json every step)',
    ]);
    // Under the declared-war reading no state of war began: neither duty arose.
    assert.deepEqual(declared!.slice(-3), [
      `ussr-prk-1961  art1-mutual-assistance    1     PRK → SUN             not-triggered                                               ${REASON}`,
      `ussr-prk-1961  art1-mutual-assistance    1     SUN → PRK             not-triggered                                               ${REASON}`,
      '(2 rows where no duty arose: --provision ID gives the reason whole, --json every step)',
    ]);
    // A duty that arose is explained; one that did not, and the standing duties, are not (their rows say it).
    assert.match(r.stdout, /\nart1-mutual-assistance \(SUN → PRK\): DISCHARGED\n/);
    assert.doesNotMatch(r.stdout, /NOT-TRIGGERED|KEPT|: ACTIVE/);
  });

  it('--json gives the why-not rows whole, with the failed condition and the reading', async () => {
    const out = JSON.parse((await pacta(['run', ATTACK_1985, '--json'])).stdout);
    const rows = out.runs[1].obligations.filter((o: { from: string | null }) => o.from === null);
    assert.deepEqual(
      rows.map((o: { bearer: string; outcome: string; to: null; events: [] }) => [o.bearer, o.outcome, o.to, o.events]),
      [
        ['PRK', 'not-triggered', null, []],
        ['SUN', 'not-triggered', null, []],
      ],
    );
    assert.deepEqual(rows[1].explanation.at(-1), { step: 'outcome', text: NOT_TRIGGERED_PRK });
  });

  it('a treaty that never applied: each duty not applicable, saying so', async () => {
    const r = await pacta(['run', 'corpus/prk-rus-2024/scenarios/no-exchange.yaml', '--provision', 'art4-mutual-assistance']);
    assert.equal(r.status, 0, r.stderr);
    const [table] = obligationTables(r.stdout);
    assert.deepEqual(table!.slice(2, 4), [
      'prk-rus-2024  art4-mutual-assistance  4     PRK → RUS             not-applicable  the treaty did not apply (in force or provisionally) on any day evaluated',
      'prk-rus-2024  art4-mutual-assistance  4     RUS → PRK             not-applicable  the treaty did not apply (in force or provisionally) on any day evaluated',
    ]);
    assert.match(
      r.stdout,
      /\nart4-mutual-assistance \(RUS → PRK\): NOT-APPLICABLE — why not\n(?: {2}- .*\n)* {2}- Not applicable: the treaty did not apply \(in force or provisionally\) on any day evaluated\.\n$/,
    );
  });
});

describe('pacta run --provision', () => {
  it('limits the tables to one duty and explains each of its rows, why-not rows whole', async () => {
    const r = await pacta(['run', ATTACK_1985, '--provision', 'art1-mutual-assistance']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Scenario: Attack on the DPRK in 1985 \(hypothetical\)\nProvision: art1-mutual-assistance\n/);
    const tables = obligationTables(r.stdout);
    assert.deepEqual(
      tables.map((t) => t.slice(2).map((line) => line.replace(/ {2,}/g, ' | '))),
      [
        [
          'ussr-prk-1961 | art1-mutual-assistance | 1 | SUN → PRK | discharged on 1985-03-03 (owed from 1985-03-01)',
          `ussr-prk-1961 | art1-mutual-assistance | 1 | PRK → SUN | not-triggered | ${REASON}`,
        ],
        [
          `ussr-prk-1961 | art1-mutual-assistance | 1 | PRK → SUN | not-triggered | ${REASON}`,
          `ussr-prk-1961 | art1-mutual-assistance | 1 | SUN → PRK | not-triggered | ${REASON}`,
        ],
      ],
    );
    assert.doesNotMatch(r.stdout, /art2-no-hostile-alliance|rows? where no duty arose/);
    assert.ok(r.stdout.includes(`\nart1-mutual-assistance (SUN → PRK): NOT-TRIGGERED — why not\n`));
    assert.ok(r.stdout.includes(`\n  - ${NOT_TRIGGERED_PRK}\n`));
    assert.match(
      r.stdout,
      /\nWhere the readings differ:\n {2}- art1-mutual-assistance \(SUN → PRK\): discharged \(duty from 1985-03-01\) under /,
    );
  });

  it('--json keeps only its rows, the differences about it and the treaties that have it', async () => {
    const out = JSON.parse((await pacta(['run', ATTACK_1985, '--provision', 'art1-mutual-assistance', '--json'])).stdout);
    assert.deepEqual(
      out.runs.map((run: { treaties: { id: string }[]; obligations: { provision: string; bearer: string; outcome: string }[] }) => [
        run.treaties.map((t) => t.id),
        run.obligations.map((o) => `${o.provision} ${o.bearer} ${o.outcome}`),
      ]),
      [
        [['ussr-prk-1961'], ['art1-mutual-assistance SUN discharged', 'art1-mutual-assistance PRK not-triggered']],
        [['ussr-prk-1961'], ['art1-mutual-assistance PRK not-triggered', 'art1-mutual-assistance SUN not-triggered']],
      ],
    );
    assert.equal(out.differences.length, 1);
  });

  it('an unknown id, or a provision that is not a duty, exits 2 naming --provision and listing the duties', async () => {
    const unknown = await pacta(['run', ATTACK_1985, '--provision', 'art4-mutual-assistance']);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stdout, '');
    assert.equal(
      unknown.stderr,
      `--provision: error: --provision "art4-mutual-assistance": no provision "art4-mutual-assistance" in ussr-prk-1961\n  hint: give one of the duties (obligations and prohibitions) of the treaties run: ${DUTIES_1961}\n`,
    );
    const declaration = await pacta(['run', ATTACK_1985, '--provision', 'art1-peace-action']);
    assert.equal(declaration.status, 2);
    assert.equal(
      declaration.stderr,
      `--provision: error: --provision "art1-peace-action": art1-peace-action is a declaration, not a duty: it has no outcome (only obligations and prohibitions do)\n  hint: give one of the duties (obligations and prohibitions) of the treaties run: ${DUTIES_1961}\n`,
    );
  });
});

describe('pacta status --provision', () => {
  it('no duty arose by the day: why not, binding by binding, the lifecycle steps left to the status', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1985-03-02', '--provision', 'art1-mutual-assistance']);
    assert.equal(r.status, 0, r.stderr);
    const quote =
      '"Should either of the Contracting Parties suffer armed attack by any State or coalition of States and thus find itself in a state of war, the other Contracting Party shall immediately extend military and other assistance with all the means at its disposal."';
    const why = (party: string) =>
      `  2. Not triggered: event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party ${party}) — never on a day the treaty applied, under state-of-war: armed-hostilities.`;
    assert.ok(
      r.stdout.endsWith(
        [
          '  4. In force, term 4, from 1981-09-10 to 1986-09-10 (last day 1986-09-09).',
          '',
          'art1-mutual-assistance on 1985-03-02: no duty active or decided that day — why none arose:',
          '',
          'art1-mutual-assistance (PRK → SUN): NOT-TRIGGERED',
          `  1. Article 1(2) of ussr-prk-1961 (art1-mutual-assistance): ${quote}`,
          why('SUN'),
          '',
          'art1-mutual-assistance (SUN → PRK): NOT-TRIGGERED',
          `  1. Article 1(2) of ussr-prk-1961 (art1-mutual-assistance): ${quote}`,
          why('PRK'),
          '',
        ].join('\n'),
      ),
      r.stdout,
    );
    assert.match(r.stdout, /^ussr-prk-1961 on 1985-03-02: IN-FORCE\n/);
  });

  it('a duty active on the day, under a scenario', async () => {
    const r = await pacta([
      'status',
      'ussr-prk-1961',
      '--at',
      '1985-03-02',
      '--provision',
      'art1-mutual-assistance',
      '--scenario',
      ATTACK_1985,
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /\n\nart1-mutual-assistance on 1985-03-02: 1 duty active or decided that day:\n\nart1-mutual-assistance \(SUN → PRK\): DISCHARGED on 1985-03-03 \(owed from 1985-03-01\)\n {2}1\. Article 1\(2\)[^\n]*\n {2}2\. armed attack by USA against PRK on 1985-03-01 /,
    );
    const json = JSON.parse(
      (
        await pacta([
          'status',
          'ussr-prk-1961',
          '--at',
          '1985-03-02',
          '--provision',
          'art1-mutual-assistance',
          '--scenario',
          ATTACK_1985,
          '--json',
        ])
      ).stdout,
    );
    assert.equal(json.status, 'in-force');
    assert.deepEqual(
      json.obligations.map((o: { bearer: string; from: string; outcome: string }) => [o.bearer, o.from, o.outcome]),
      [['SUN', '1985-03-01', 'discharged']],
    );
    // Without --provision, the status alone.
    assert.equal('obligations' in JSON.parse((await pacta(['status', 'ussr-prk-1961', '--at', '1985-03-02', '--json'])).stdout), false);
  });

  it("an unknown provision or one that is not a duty exits 2 with the engine's message", async () => {
    const unknown = await pacta(['status', 'ussr-prk-1961', '--at', '1985-03-02', '--provision', 'art9']);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stdout, '');
    assert.equal(
      unknown.stderr,
      `--provision: error: --provision "art9": ussr-prk-1961 has no provision "art9": its provisions are art1-peace-action, art1-mutual-assistance, art2-no-hostile-alliance, art3-consultation, art4-economic-cultural, art5-korean-unification, art6-entry-into-force, art6-duration-renewal\n  hint: give one of its duties (obligations and prohibitions): ${DUTIES_1961}\n`,
    );
    const procedural = await pacta(['status', 'ussr-prk-1961', '--at', '1985-03-02', '--provision', 'art6-duration-renewal']);
    assert.equal(procedural.status, 2);
    assert.equal(
      procedural.stderr,
      `--provision: error: --provision "art6-duration-renewal": art6-duration-renewal is a procedural, not a duty: it has no outcome on a day (only obligations and prohibitions do)\n  hint: give one of its duties (obligations and prohibitions): ${DUTIES_1961}\n`,
    );
  });

  it('a bad provision is refused before a bad party, as the API refuses it', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1985-03-02', '--party', 'USA', '--provision', 'art9']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^--provision: error: --provision "art9": ussr-prk-1961 has no provision "art9"/);
  });
});

describe('the reason column', () => {
  it('drops the outcome it starts with and its period; too long, the parenthesized details, then cuts at a clause', () => {
    assert.equal(shortReason('Not applicable: RUS was not bound that day.'), 'RUS was not bound that day');
    assert.equal(shortReason('Unknown: the words are cut (Article 22).'), 'the words are cut (Article 22)');
    const long = 'Not triggered: event "a" (against x, by y) and x is in "w" (with x P) — never on a day the treaty applied, under w: r.';
    assert.equal(
      shortReason(long, 200),
      'event "a" (against x, by y) and x is in "w" (with x P) — never on a day the treaty applied, under w: r',
    );
    assert.equal(shortReason(long, 80), 'event "a" and x is in "w" — never on a day the treaty applied, under w: r');
    assert.equal(shortReason(long, 64), 'event "a" and x is in "w" — never on a day the treaty applied…');
    assert.equal(shortReason(long, 60), 'event "a" and x is in "w" — never on a day the treaty…');
    assert.equal(shortReason(long, 40), 'event "a" and x is in "w"…');
    assert.equal(shortReason('Not triggered: one two three four five six seven eight nine ten.', 30), 'one two three four five six…');
  });
});
