/**
 * Every export of every lifecycle shape (test/fixtures/corpus-lifecycle, one treaty per shape of
 * docs/lifecycle.md): the JSON is valid against the published schema and names the duration type
 * as the treaty does, the Akoma Ntoso validates and writes the clause's parts as attributes, the
 * CSV reads back, and the literate rendering says how the treaty enters into force.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkCorpus } from '../../src/check/compile.js';
import { exportAkn } from '../../src/export/akn/index.js';
import { MEMBER_COLUMNS, TREATY_COLUMNS, exportCsv } from '../../src/export/csv/index.js';
import { exportJson } from '../../src/export/json/index.js';
import { TreatyExport, exportJsonSchemaText } from '../../src/export/json/schema.js';
import { buildLiterate } from '../../src/export/literate/build.js';
import { literateMarkdown } from '../../src/export/literate/markdown.js';
import { LIFECYCLE, inputsOf, validateAkn, xpath } from './support.js';

const inputs = [...inputsOf(LIFECYCLE).values()];
const byId = (id: string) => inputs.find((i) => i.treaty.id === id)!;
const el = (name: string) => `*[local-name()='${name}']`;

describe('exports of every lifecycle shape', () => {
  it('covers every duration type', () => {
    const types = new Set(inputs.map((i) => i.treaty.lifecycle.duration.type));
    for (const type of ['indefinite', 'fixed', 'renewing', 'first-term-then-indefinite', 'tied', 'unknown', 'by-reading'])
      assert.ok(types.has(type as never), `no fixture treaty has a ${type} duration`);
  });

  it('JSON: valid against the published schema, the duration type as the treaty names it, months where they are whole', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(exportJsonSchemaText()));
    for (const input of inputs) {
      const data = JSON.parse(exportJson(input)) as TreatyExport;
      assert.ok(validate(data), `${input.treaty.id}: ${JSON.stringify(validate.errors)}`);
      assert.doesNotThrow(() => TreatyExport.parse(data), input.treaty.id);
      assert.equal(data.lifecycle.durationType, input.treaty.lifecycle.duration.type, input.treaty.id);
      assert.deepEqual(
        data.lifecycle.parties?.map((p) => p.party),
        input.timeline.parties.map((p) => p.party),
      );
    }
    const first = JSON.parse(exportJson(byId('first-term-then-indefinite'))) as TreatyExport;
    assert.deepEqual([first.lifecycle.durationMonths, first.lifecycle.renewalMonths], [120, null]);
    const read = JSON.parse(exportJson(byId('lifecycle-reading'))) as TreatyExport;
    assert.equal(read.lifecycle.durationReading?.term, 'twenty-years');
    assert.equal(read.lifecycle.noticeMonths, 12);
    const unknown = JSON.parse(exportJson(byId('unknown-duration'))) as TreatyExport;
    assert.equal(unknown.lifecycle.status, 'unknown');
  });

  it('Akoma Ntoso: valid against the OASIS schema, the entry-into-force and duration clauses as attributes', () => {
    for (const input of inputs) {
      const r = validateAkn(exportAkn(input));
      assert.ok(r.ok, `${input.treaty.id}: ${r.output}`);
    }
    const attribute = (id: string, element: string, name: string) =>
      xpath(exportAkn(byId(id)), `string(//${el('lifecycleClause')}/${el(element)}/@${name})`);
    for (const input of inputs) {
      const e = input.treaty.lifecycle.entryIntoForce;
      const id = input.treaty.id;
      for (const name of ['event', 'date', 'notBefore', 'offset', 'monthStart', 'unknown'] as const)
        assert.equal(
          attribute(id, 'entryIntoForce', name),
          e[name] === undefined ? '' : String(e[name]).replace(/\s+/g, ' ').trim(),
          `${id} ${name}`,
        );
      if (e.threshold) assert.equal(attribute(id, 'entryIntoForce', 'thresholdInstruments'), String(e.threshold.instruments));
      assert.equal(attribute(id, 'duration', 'type'), input.treaty.lifecycle.duration.type, id);
    }
    assert.equal(attribute('first-term-then-indefinite', 'duration', 'initialTerm'), 'P10Y');
    const reading = exportAkn(byId('lifecycle-reading'));
    assert.equal(xpath(reading, `count(//${el('duration')}/${el('reading')})`), '2');
  });

  it("Akoma Ntoso and CSV: a continuator bound in a party's place has its own member row", () => {
    const input = byId('succession');
    const xml = exportAkn(input);
    assert.equal(xpath(xml, `string(//${el('parties')}/${el('party')}[@code='RUS']/@continuing)`), 'SUN');
    assert.equal(xpath(xml, `string(//${el('parties')}/${el('party')}[@code='SUN']/@to)`), '1991-12-25');
    assert.equal(xpath(xml, `count(//${el('partyStatus')}[@party='SUN']/${el('interval')}[@state='RUS'])>0`), 'true');
    const csv = exportCsv([input], { members: true }).split('\r\n');
    assert.equal(csv[0], ['treaty_id', ...MEMBER_COLUMNS, ...TREATY_COLUMNS.slice(1)].join(','));
    assert.match(
      csv.find((line) => line.startsWith('succession,RUS,'))!,
      /^succession,RUS,Russian Federation,1991-12-25,,SUN,,/,
    );
  });

  it('literate: entry into force and provisional application in words', () => {
    const check = checkCorpus(LIFECYCLE);
    const render = (id: string) =>
      literateMarkdown(
        buildLiterate(
          byId(id).treaty,
          check.treaties.find((t) => t.id === id)!,
        ),
      );
    assert.match(render('eif-fixed-date'), /\n- \*\*Entry into force\*\*: on \d{4}-\d\d-\d\d \(a fixed date\)/);
    assert.match(render('unknown-entry'), /\n- \*\*Entry into force\*\*: unknown: /);
    assert.match(render('provisional'), /\n- \*\*Provisional application\*\*: applied provisionally from /);
    assert.doesNotMatch(render('eif-month-start'), /undefined/);
  });
});
