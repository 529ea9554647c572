/**
 * The states.yaml generator (scripts/states/build.ts) on a small package and input of its own: the
 * merge, the territories, and the refusals that keep every entry decided and every name unambiguous.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildStatesYaml, type PackageCountry } from '../../scripts/states/build.js';

const country = (cca3: string, common: string, extra: Partial<PackageCountry> = {}): PackageCountry => ({
  cca3,
  cca2: cca3.slice(0, 2),
  name: { common, official: `Republic of ${common}` },
  altSpellings: [],
  independent: true,
  status: 'officially-assigned',
  ...extra,
});

const PACKAGE: PackageCountry[] = [
  country('FIN', 'Finland', { cca2: 'FI', altSpellings: ['FI', 'Suomi'] }),
  country('GUM', 'Guam', { cca2: 'GU', independent: false }),
  country('USA', 'United States', { cca2: 'US', name: { common: 'United States', official: 'United States of America' } }),
  country('UNK', 'Kosovo', { cca2: 'XK', independent: null, status: 'user-assigned' }),
  country('COG', 'Republic of the Congo', { cca2: 'CG', altSpellings: ['Congo'] }),
  country('COD', 'DR Congo', { cca2: 'CD', altSpellings: ['Congo', 'DRC'] }),
];

const INPUT = `states:
  - { code: SUN, name: Union of Soviet Socialist Republics, aliases: [USSR], historic: true, to: 1991-12-26 }
aliases:
  FIN: [Finnish Republic]
territories:
  GUM: USA
successions:
  # kept with its comment
  - predecessor: SUN
    continuator: USA
    from: 1991-12-25
    source: test
`;

describe('states.yaml generator', () => {
  it('writes the hand-written entries, then the ISO entries by code, territories marked, and the successions as written', () => {
    const built = buildStatesYaml(PACKAGE, INPUT, '9.9.9');
    const lines = built.text.split('\n');
    assert.match(lines[1]!, /from the npm package world-countries 9\.9\.9 \(ISO 3166-1\)/);
    assert.deepEqual(lines.slice(lines.indexOf('states:')), [
      'states:',
      '  - { code: SUN, name: Union of Soviet Socialist Republics, aliases: [USSR], historic: true, to: 1991-12-26 }',
      '  - { code: COD, name: DR Congo, aliases: [Republic of DR Congo, CD, DRC] }',
      '  - { code: COG, name: Republic of the Congo, aliases: [Republic of Republic of the Congo, CG] }',
      '  - { code: FIN, name: Finland, aliases: [Finnish Republic, Republic of Finland, FI, Suomi] }',
      '  - { code: GUM, name: Guam, aliases: [Republic of Guam, GU], kind: territory, administeredBy: USA }',
      '  - { code: USA, name: United States, aliases: [United States of America, US] }',
      'successions:',
      '  # kept with its comment',
      '  - predecessor: SUN',
      '    continuator: USA',
      '    from: 1991-12-25',
      '    source: test',
      '',
    ]);
    assert.deepEqual(built.dropped, [
      { code: 'COD', alias: 'Congo', alsoOf: 'COG' },
      { code: 'COG', alias: 'Congo', alsoOf: 'COD' },
    ]);
  });

  it('refuses an entry the package marks not independent that the input does not classify', () => {
    assert.throws(
      () => buildStatesYaml(PACKAGE, INPUT.replace('  GUM: USA\n', ''), '9.9.9'),
      new Error(
        'data/states.input.yaml: GUM (Guam) is not independent in world-countries: list it under territories or states-not-independent',
      ),
    );
  });

  it('refuses a hand-written entry with a code the package lacks that is not historic', () => {
    assert.throws(
      () => buildStatesYaml(PACKAGE, INPUT.replace(', historic: true', ''), '9.9.9'),
      new Error('data/states.input.yaml: SUN is not an ISO 3166-1 code of the package: mark it historic: true'),
    );
  });

  it('refuses a hand-written alias that another entry goes by', () => {
    assert.throws(
      () => buildStatesYaml(PACKAGE, INPUT.replace('aliases: [USSR]', 'aliases: [USSR, Suomi]'), '9.9.9'),
      new Error('data/states.input.yaml: "Suomi" of SUN is also a name of FIN'),
    );
  });
});
