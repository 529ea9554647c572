/**
 * corpus/states.yaml as generated (every ISO 3166-1 entry, historic states, territories) and the
 * names it gives: a code, name or alias read as its code, and "did you mean" for a near miss.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { loadStatesFile } from '../../src/corpus/index.js';
import { StateNameIndex } from '../../src/model/index.js';

const loaded = loadStatesFile('corpus').loaded!;
const file = loaded.value;
const names = new StateNameIndex(file, 'corpus/states.yaml');
const entry = (code: string) => file.states.find((s) => s.code === code)!;
const packageCountries = createRequire(import.meta.url)('world-countries/countries.json') as {
  cca3: string;
  status: string;
  independent: boolean | null;
}[];

describe('corpus/states.yaml', () => {
  it('lists every ISO 3166-1 entry of world-countries once, and no user-assigned code (Kosovo, UNK)', () => {
    const iso = packageCountries.filter((c) => c.status === 'officially-assigned').map((c) => c.cca3);
    assert.equal(iso.length, 249);
    const codes = file.states.map((s) => s.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of iso) assert.ok(codes.includes(code), code);
    assert.ok(!codes.includes('UNK'));
    assert.deepEqual(codes.filter((c) => !iso.includes(c)).sort(), ['CSK', 'DDR', 'SCG', 'SUN', 'YUG']);
  });

  it('has every state the NATO and ANZUS treaties name, as a state', () => {
    const named =
      'BEL CAN DNK FRA ISL ITA LUX NLD NOR PRT GBR USA GRC TUR DEU ESP CZE HUN POL BGR EST LVA LTU ROU SVK SVN ALB HRV MNE MKD FIN SWE AUS NZL';
    for (const code of named.split(' ')) {
      assert.equal(entry(code).kind, undefined, code);
      assert.equal(entry(code).historic, false, code);
    }
  });

  it('marks as territories the entries that are places, with their administering state', () => {
    assert.deepEqual(
      ['GUM', 'PRI', 'ABW', 'GRL', 'BMU', 'HKG', 'ATA'].map((code) => [code, entry(code).kind, entry(code).administeredBy]),
      [
        ['GUM', 'territory', 'USA'],
        ['PRI', 'territory', 'USA'],
        ['ABW', 'territory', 'NLD'],
        ['GRL', 'territory', 'DNK'],
        ['BMU', 'territory', 'GBR'],
        ['HKG', 'territory', 'CHN'],
        ['ATA', 'territory', undefined],
      ],
    );
    // Not independent in the package, yet parties to treaties in their own name: states here.
    for (const code of ['PSE', 'TWN', 'COK', 'NIU']) assert.equal(entry(code).kind, undefined, code);
    // Every entry the package marks independent is a state.
    for (const c of packageCountries.filter((c) => c.independent === true)) assert.equal(entry(c.cca3).kind, undefined, c.cca3);
  });

  it('keeps the first entries as they were, and the historic states with their last days', () => {
    assert.deepEqual(entry('SUN'), {
      code: 'SUN',
      name: 'Union of Soviet Socialist Republics',
      aliases: ['USSR', 'Soviet Union'],
      historic: true,
      from: '1922-12-30',
      to: '1991-12-26',
    });
    assert.deepEqual(entry('PRK').aliases, ['DPRK', 'North Korea']);
    assert.deepEqual(entry('GBR').aliases, ['United Kingdom', 'UK']);
    assert.deepEqual(
      ['DDR', 'CSK', 'YUG', 'SCG'].map((code) => [code, entry(code).historic, entry(code).to]),
      [
        ['DDR', true, '1990-10-03'],
        ['CSK', true, '1993-01-01'],
        ['YUG', true, '1992-04-27'],
        ['SCG', true, '2006-06-03'],
      ],
    );
    assert.deepEqual(entry('DEU').aliases.slice(0, 3), ['West Germany', 'FRG', 'Federal Republic of Germany']);
    assert.deepEqual(
      file.actors!.map((a) => a.code),
      ['UNSC', 'ISIL'],
    );
  });
});

describe('state names', () => {
  it('reads a code, a name or an alias as the code, whatever the case and spacing', () => {
    const read = (text: string) => names.resolve(text);
    assert.deepEqual(
      [
        'FIN',
        'Finland',
        'finland',
        '  Republic of  Finland ',
        'FI',
        'fin',
        'Federal Republic of Germany',
        'West Germany',
        'FRG',
        'GDR',
      ].map(read),
      ['FIN', 'FIN', 'FIN', 'FIN', 'FIN', 'FIN', 'DEU', 'DEU', 'DEU', 'DDR'],
    );
    assert.deepEqual(['USSR', 'North Korea', 'US', 'UK', 'United Kingdom', 'Russia', 'Security Council', "Da'esh"].map(read), [
      'SUN',
      'PRK',
      'USA',
      'GBR',
      'GBR',
      'RUS',
      'UNSC',
      'ISIL',
    ]);
    assert.equal(read('Finnland'), undefined);
  });

  it('suggests the nearest state for a near miss', () => {
    assert.equal(names.unknown('Finnland').message, 'unknown state "Finnland": did you mean FIN (Finland)?');
    assert.equal(names.unknown('Finnland').hint, 'write its code, or a name or alias of corpus/states.yaml');
    assert.equal(names.unknown('Germnay').message, 'unknown state "Germnay": did you mean DEU (Germany)?');
    assert.equal(names.unknown('Untied States').message, 'unknown state "Untied States": did you mean USA (United States of America)?');
    assert.equal(
      names.unknown('Security Counsil').message,
      'unknown state "Security Counsil": did you mean UNSC (United Nations Security Council)?',
    );
  });

  it('offers several when several are as near, and a word of a longer name finds it', () => {
    assert.equal(
      names.unknown('Korea').message,
      'unknown state "Korea": did you mean KOR (Republic of Korea) or PRK (Democratic People\'s Republic of Korea)?',
    );
    assert.equal(
      names.unknown('Britain').message,
      'unknown state "Britain": did you mean GBR (United Kingdom of Great Britain and Northern Ireland)?',
    );
    assert.equal(names.unknown('BRD').message, 'unknown state "BRD": did you mean BGD (Bangladesh), BRA (Brazil) or BRB (Barbados)?');
    assert.equal(names.unknown('BRD').hint, 'write a code, or a name or alias of corpus/states.yaml');
  });

  it('says what a code is when nothing is near', () => {
    const xyz = names.unknown('XYZ');
    assert.equal(
      xyz.message,
      'unknown state "XYZ": not a code, name or alias in corpus/states.yaml; codes are ISO 3166-1 alpha-3 (e.g. FIN)',
    );
    assert.equal(xyz.hint, 'check the spelling, or add the state to corpus/states.yaml');
    assert.deepEqual(xyz.suggestions, []);
  });
});
