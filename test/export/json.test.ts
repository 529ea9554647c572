/**
 * JSON export: the whole formalization with its computed lifecycle, in a versioned format whose
 * JSON Schema (generated from the zod schema) is published as schemas/export.schema.json.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildJsonExport, exportJson } from '../../src/export/json/index.js';
import { EXPORT_FORMAT_VERSION, TreatyExport, exportJsonSchemaText } from '../../src/export/json/schema.js';
import { MULTILATERAL, ROOT, TREATIES, assertGolden, inputOf } from './support.js';

describe('JSON export', () => {
  for (const id of TREATIES) {
    it(`${id} matches its golden file`, () => assertGolden(`${id}.json`, exportJson(inputOf(id))));
  }

  it('schemas/export.schema.json is current (run `npm run schemas` if not)', () => {
    assert.equal(readFileSync(join(ROOT, 'schemas', 'export.schema.json'), 'utf8'), exportJsonSchemaText());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(exportJsonSchemaText()));
  it('every export conforms to the published JSON Schema and to the zod schema', () => {
    for (const input of [inputOf('ussr-prk-1961'), inputOf('prk-rus-2024'), inputOf('north-atlantic-1949', MULTILATERAL)]) {
      const data = JSON.parse(exportJson(input));
      assert.ok(validate(data), `${input.treaty.id}: ${JSON.stringify(validate.errors)}`);
      assert.doesNotThrow(() => TreatyExport.parse(data));
    }
  });
  it('the schema rejects another format version', () => {
    const data = JSON.parse(exportJson(inputOf('prk-rus-2024')));
    assert.equal(data.formatVersion, EXPORT_FORMAT_VERSION);
    assert.equal(validate({ ...data, formatVersion: '2.0' }), false);
  });

  it('1961: lifecycle computed from the recorded history', () => {
    const e = buildJsonExport(inputOf('ussr-prk-1961'));
    const { intervals, parties, ...life } = e.lifecycle;
    assert.deepEqual(
      parties?.map((p) => [p.party, p.intervals.filter((i) => i.state).map((i) => [i.state, i.status, i.from])]),
      [
        [
          'SUN',
          [
            ['RUS', 'in-force', '1991-12-25'],
            ['RUS', 'terminated', '1996-09-10'],
          ],
        ],
        ['PRK', []],
      ],
    );
    assert.equal(life.suspensions, undefined);
    assert.deepEqual(
      {
        ...life,
        terms: life.terms.length,
        members: life.members.map((m) => [m.party, m.from, m.to, m.continuing ?? null, m.continuedBy?.state ?? null]),
      },
      {
        signature: { date: '1961-07-06', place: 'Moscow', event: 'signature' },
        entryIntoForce: '1961-09-10',
        end: '1996-09-10',
        endCause: intervals.at(-1)!.cause ?? null,
        status: 'terminated',
        durationType: 'renewing',
        durationReading: null,
        durationMonths: 120,
        renewalMonths: 60,
        noticeMonths: 12,
        terms: 6,
        members: [
          ['SUN', '1961-09-10', '1991-12-25', null, 'RUS'],
          ['RUS', '1991-12-25', '1996-09-10', 'SUN', null],
          ['PRK', '1961-09-10', '1996-09-10', null, null],
        ],
      },
    );
    assert.equal(
      e.lifecycle.endCause,
      'notice notice-1995 by RUS, continuing SUN, of 1995-08-07, in time for term 6: notice by 1995-09-10 (last day)',
    );
    assert.doesNotMatch(exportJson(inputOf('ussr-prk-1961')), /by SUN of/);
    assert.deepEqual(
      intervals.map((i) => [i.status, i.from, i.to]),
      [
        ['not-in-force', null, '1961-09-10'],
        ['in-force', '1961-09-10', '1971-09-10'],
        ['in-force', '1971-09-10', '1976-09-10'],
        ['in-force', '1976-09-10', '1981-09-10'],
        ['in-force', '1981-09-10', '1986-09-10'],
        ['in-force', '1986-09-10', '1991-09-10'],
        ['in-force', '1991-09-10', '1996-09-10'],
        ['terminated', '1996-09-10', null],
      ],
    );
    assert.ok(
      intervals.every((i) => i.explanation.length > 0),
      'every interval says why',
    );
    assert.deepEqual(
      e.states.map((s) => s.code),
      ['SUN', 'RUS', 'PRK'],
    );
    assert.equal(e.treaty.provisions.length, 8);
    assert.deepEqual(e.quotes['art1-peace-action']!.spans, [
      { start: 2524, end: 2674 },
      { start: 2832, end: 2921 },
    ]);
  });
  it('2024: indefinite, in force from 2024-12-04, no end', () => {
    const life = buildJsonExport(inputOf('prk-rus-2024')).lifecycle;
    assert.deepEqual(
      [life.entryIntoForce, life.end, life.endCause, life.durationType, life.durationMonths, life.renewalMonths],
      ['2024-12-04', null, null, 'indefinite', null, null],
    );
  });
  it('a multilateral treaty lists each party as a member, with the dates the engine gives it', () => {
    const input = inputOf('north-atlantic-1949', MULTILATERAL);
    const e = buildJsonExport(input);
    assert.deepEqual(
      e.lifecycle.members.map((m) => m.party),
      input.treaty.parties,
    );
    // On the recorded history no party has left: each member's dates are the treaty's.
    assert.ok(e.lifecycle.members.every((m) => m.from === e.lifecycle.entryIntoForce && m.to === e.lifecycle.end));
    assert.deepEqual(
      e.lifecycle.parties?.map((p) => p.party),
      input.treaty.parties,
    );
  });
  it('carries no absolute path (the bytes do not depend on where the corpus is)', () => {
    for (const id of TREATIES) assert.ok(!exportJson(inputOf(id)).includes(ROOT), id);
  });
});
