/** CSV export: RFC 4180 fields, a stable column order, computed dates and months, the ATOP codes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MEMBER_COLUMNS, TREATY_COLUMNS, csvField, exportCsv } from '../../src/export/csv/index.js';
import { memberRows, type MemberSummary } from '../../src/export/common/lifecycle.js';
import type { StateEntry, StatusIntervalJson } from '../../src/model/index.js';
import { TREATIES, assertGolden, inputOf } from './support.js';

/** A strict RFC 4180 reader: the test's own, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
    }
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  assert.equal(row.length, 0);
  return rows;
}

const records = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

describe('CSV export', () => {
  const all = exportCsv(TREATIES.map((id) => inputOf(id)));
  const members = exportCsv(
    TREATIES.map((id) => inputOf(id)),
    { members: true },
  );

  it('matches its golden files (one row per treaty; one per party)', () => {
    assertGolden('treaties.csv', all);
    assertGolden('members.csv', members);
  });

  it('quotes fields as RFC 4180 says', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\r'), '"cr\r"');
    assert.equal(csvField(120), '120');
    assert.equal(csvField(null), '');
    assert.equal(csvField('DPRK–Russia'), 'DPRK–Russia');
  });

  it('reads back: a header in the documented order, CRLF records, every row as wide as the header', () => {
    const rows = parseCsv(all);
    assert.deepEqual(rows[0], [...TREATY_COLUMNS]);
    assert.ok(rows.every((r) => r.length === TREATY_COLUMNS.length));
    const m = parseCsv(members);
    assert.deepEqual(m[0], ['treaty_id', ...MEMBER_COLUMNS, ...TREATY_COLUMNS.slice(1)]);
    assert.equal(m.length, 1 + 5);
  });

  it('1961: dates computed, 120 and 60 months, DEFENSE and NONAGG with the provisions behind them', () => {
    const r = records(all).find((x) => x.treaty_id === 'ussr-prk-1961')!;
    assert.deepEqual(
      [r.signature_date, r.entry_into_force, r.end_date, r.duration_type, r.duration_months, r.renewal_months, r.notice_months],
      ['1961-07-06', '1961-09-10', '1996-09-10', 'renewing', '120', '60', '12'],
    );
    assert.deepEqual([r.DEFENSE, r.OFFENSE, r.NEUTRAL, r.NONAGG, r.CONSUL], ['1', '0', '0', '1', '0']);
    assert.equal(r.atop_provisions, 'DEFENSE: art1-mutual-assistance; NONAGG: art2-no-hostile-alliance');
    assert.equal(r.parties, 'SUN;PRK');
    assert.match(r.end_cause!, /notice-1995/);
  });

  it('2024: indefinite (blank months), no end, DEFENSE, NONAGG and CONSUL', () => {
    const r = records(all).find((x) => x.treaty_id === 'prk-rus-2024')!;
    assert.deepEqual(
      [r.entry_into_force, r.end_date, r.duration_type, r.duration_months, r.renewal_months],
      ['2024-12-04', '', 'indefinite', '', ''],
    );
    assert.deepEqual([r.DEFENSE, r.OFFENSE, r.NEUTRAL, r.NONAGG, r.CONSUL], ['1', '0', '0', '1', '1']);
    assert.equal(
      r.atop_provisions,
      'DEFENSE: art4-mutual-assistance; NONAGG: art5-no-hostile-agreement, art5-no-hostile-action; CONSUL: art3-threat-consultation',
    );
  });

  it('--members: one row per state bound, split at the succession: the USSR to 1991-12-25, then Russia continuing it', () => {
    const rows = records(members).filter((x) => x.treaty_id === 'ussr-prk-1961');
    assert.deepEqual(
      rows.map((r) => [r.member, r.member_name, r.member_from, r.member_to, r.member_continuing, r.member_continued_by]),
      [
        ['SUN', 'Union of Soviet Socialist Republics', '1961-09-10', '1991-12-25', '', 'RUS from 1991-12-25'],
        ['RUS', 'Russian Federation', '1991-12-25', '1996-09-10', 'SUN', ''],
        ['PRK', "Democratic People's Republic of Korea", '1961-09-10', '1996-09-10', '', ''],
      ],
    );
    // The 1995 notice was Russia's, as the USSR's continuator: no field says SUN gave it.
    for (const r of rows)
      assert.equal(
        r.end_cause,
        'notice notice-1995 by RUS, continuing SUN, of 1995-08-07, in time for term 6: notice by 1995-09-10 (last day)',
      );
    assert.doesNotMatch(members, /by SUN/);
  });

  it("member rows follow the engine's party intervals: a party leaving alone, one never bound, a continuator", () => {
    const i = (status: StatusIntervalJson['status'], from: string | null, to: string | null, state?: string): StatusIntervalJson => ({
      status,
      from,
      to,
      term: null,
      explanation: [],
      ...(state ? { state } : {}),
    });
    const states = [
      { code: 'FRA', name: 'France' },
      { code: 'SUN', name: 'Union of Soviet Socialist Republics' },
      { code: 'RUS', name: 'Russian Federation' },
    ] as StateEntry[];
    const row = (m: MemberSummary) => [
      m.party,
      m.from,
      m.to,
      m.continuing,
      m.continuedBy && `${m.continuedBy.state} ${m.continuedBy.from}`,
    ];
    // Withdrew alone in 1966, with effect from 1967; suspended for a while before (still bound).
    assert.deepEqual(
      memberRows(
        'FRA',
        [
          i('not-in-force', null, '1949-08-24'),
          i('in-force', '1949-08-24', '1960-01-01'),
          i('suspended', '1960-01-01', '1961-01-01'),
          i('in-force', '1961-01-01', '1967-04-01'),
          i('terminated', '1967-04-01', null),
        ],
        states,
      ).map(row),
      [['FRA', '1949-08-24', '1967-04-01', null, null]],
    );
    // A signatory that never became bound (provisional application is not membership): one row without dates.
    assert.deepEqual(
      memberRows('FRA', [i('provisionally-applied', '1950-01-01', '1951-01-01'), i('not-in-force', '1951-01-01', null)], states).map(row),
      [['FRA', null, null, null, null]],
    );
    // A continuator takes the party's place: two rows, handed over on the day of succession.
    assert.deepEqual(
      memberRows('SUN', [i('in-force', '1961-09-10', '1991-12-25'), i('in-force', '1991-12-25', null, 'RUS')], states).map(row),
      [
        ['SUN', '1961-09-10', '1991-12-25', null, 'RUS 1991-12-25'],
        ['RUS', '1991-12-25', null, 'SUN', null],
      ],
    );
    // A succession after the end makes no member of the continuator.
    assert.deepEqual(
      memberRows(
        'SUN',
        [
          i('in-force', '1961-09-10', '1980-01-01'),
          i('terminated', '1980-01-01', '1991-12-25'),
          i('terminated', '1991-12-25', null, 'RUS'),
        ],
        states,
      ).map(row),
      [['SUN', '1961-09-10', '1980-01-01', null, null]],
    );
  });

  it('is UTF-8 text without a byte-order mark', () => {
    assert.notEqual(all.charCodeAt(0), 0xfeff);
    assert.ok(all.includes('USSR–DPRK'));
  });
});
