// Covers src/faces/web/lib/networkHelp.ts: the "Who must help?" form ↔ the page's query string, its checks before asking, the API's query, the question in words, duties grouped by provision, readings in words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  groupByProvision,
  helpFormOf,
  formFieldOf,
  helpProblems,
  helpQueryOf,
  hypothesisText,
  obligationsQuery,
  placesOf,
  readingsText,
  type HelpForm,
} from '../../src/faces/web/lib/networkHelp.js';

const FIN_2024: HelpForm = { event: 'armed-attack', by: 'RUS', against: 'FIN', place: 'fin-territory', on: '2024-06-01' };

describe('the form and the query string', () => {
  it('reads the form from the page query, armed-attack when no event is named', () => {
    assert.deepEqual(
      helpFormOf(new URLSearchParams('view=help&by=RUS&against=FIN&place=fin-territory&on=2024-06-01&at=1985-01-01')),
      FIN_2024,
    );
    assert.deepEqual(helpFormOf(new URLSearchParams('')), { event: 'armed-attack', by: '', against: '', place: '', on: '' });
    assert.equal(helpFormOf(new URLSearchParams('event=war-declared')).event, 'war-declared');
  });

  it('writes the form into the query without empty fields or the default event', () => {
    assert.deepEqual(helpQueryOf(FIN_2024), { event: undefined, by: 'RUS', against: 'FIN', place: 'fin-territory', on: '2024-06-01' });
    assert.deepEqual(helpQueryOf({ ...FIN_2024, by: '', place: ' usa-forces ,pacific-area  usa-forces', event: 'war-declared' }), {
      event: 'war-declared',
      by: undefined,
      against: 'FIN',
      place: 'usa-forces,pacific-area',
      on: '2024-06-01',
    });
  });

  it('reads back the form it wrote (a shared URL asks the same question)', () => {
    const code = fc.constantFrom('', 'RUS', 'FIN', 'USA', 'NZL');
    const form = fc.record({
      event: fc.constantFrom('armed-attack', 'war-declared'),
      by: code,
      against: code,
      place: fc.constantFrom('', 'fin-territory', 'usa-forces,pacific-area'),
      on: fc.constantFrom('', '1990-01-01', '2024-06-01'),
    });
    fc.assert(
      fc.property(form, (f) => {
        const query = new URLSearchParams();
        for (const [key, value] of Object.entries(helpQueryOf(f))) if (value) query.set(key, value);
        assert.deepEqual(helpFormOf(query), { ...f });
      }),
    );
  });

  it('splits places at commas and spaces, each once', () => {
    assert.deepEqual(placesOf(' usa-forces, pacific-area,,usa-forces '), ['usa-forces', 'pacific-area']);
    assert.deepEqual(placesOf(''), []);
  });
});

describe('checks before asking', () => {
  it('passes a complete question', () => {
    assert.deepEqual(helpProblems(FIN_2024), {});
    assert.deepEqual(helpProblems({ ...FIN_2024, by: '', place: '' }), {});
  });

  it('names each field at fault and what to do', () => {
    assert.deepEqual(helpProblems({ event: '', by: 'FIN', against: 'FIN', place: '', on: '2024-02-30' }), {
      event: 'choose an event type',
      by: 'the state that acts and the state acted against are the same',
      on: '2024-02-30 is not a day of the calendar: write it YYYY-MM-DD',
    });
    assert.deepEqual(helpProblems({ ...FIN_2024, against: '', on: '' }), {
      against: 'choose the state attacked',
      on: 'give the day of the event (YYYY-MM-DD)',
    });
  });
});

describe('the roles an event type must name', () => {
  it('asks for the state that acts when the event type names one (armed-attack: by and against)', () => {
    assert.deepEqual(helpProblems({ ...FIN_2024, by: '' }, ['by', 'against']), {
      by: 'choose the state that acts: armed-attack names one',
    });
    assert.deepEqual(helpProblems({ ...FIN_2024, by: '' }, ['against']), {});
  });

  it("puts the server's refusal next to the form's field (its at is the place)", () => {
    assert.equal(formFieldOf('place'), 'place');
    assert.equal(formFieldOf('at'), null);
    for (const field of ['event', 'by', 'against', 'on'] as const) assert.equal(formFieldOf(field), field);
    assert.equal(formFieldOf('if'), null);
    assert.equal(formFieldOf('to'), null);
  });
});

describe('the question asked', () => {
  it('is the API query: event, by, against, at (places, comma-separated), on', () => {
    assert.equal(obligationsQuery(FIN_2024).toString(), 'event=armed-attack&by=RUS&against=FIN&place=fin-territory&on=2024-06-01');
    assert.equal(
      obligationsQuery({ ...FIN_2024, by: '', against: 'USA', place: 'usa-forces pacific-area' }).toString(),
      'event=armed-attack&against=USA&place=usa-forces%2Cpacific-area&on=2024-06-01',
    );
  });

  it('reads in words as the CLI writes it', () => {
    assert.equal(hypothesisText(FIN_2024), 'armed-attack by RUS against FIN at fin-territory on 2024-06-01');
    assert.equal(hypothesisText({ ...FIN_2024, by: '', place: '' }), 'armed-attack against FIN on 2024-06-01');
  });
});

describe('the answer', () => {
  it('groups duties by treaty and provision, in the order they came', () => {
    const rows = [
      { treaty: 'nato', provision: 'art5', bearer: 'USA' },
      { treaty: 'nato', provision: 'art5', bearer: 'GBR' },
      { treaty: 'anzus', provision: 'art4', bearer: 'AUS' },
      { treaty: 'nato', provision: 'art4', bearer: 'USA' },
      { treaty: 'nato', provision: 'art5', bearer: 'FRA' },
    ];
    assert.deepEqual(
      groupByProvision(rows).map((g) => [g.treaty, g.provision, g.rows.map((r) => r.bearer)]),
      [
        ['nato', 'art5', ['USA', 'GBR', 'FRA']],
        ['anzus', 'art4', ['AUS']],
        ['nato', 'art4', ['USA']],
      ],
    );
  });

  it('says under which readings a row holds', () => {
    assert.equal(readingsText([{ 'state-of-war': 'armed-hostilities' }], true), 'every reading');
    assert.equal(
      readingsText([{ 'state-of-war': 'armed-hostilities', immediately: 'days-7' }, { 'state-of-war': 'declared-war' }], false),
      'state-of-war: armed-hostilities, immediately: days-7; state-of-war: declared-war',
    );
    assert.equal(readingsText([{}], false), 'the default readings');
  });
});
