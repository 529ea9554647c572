/**
 * Builds corpus/states.yaml from the ISO 3166-1 entries of the npm package world-countries and the
 * hand-written data/states.input.yaml (historic states, the corpus's first entries, territories,
 * successions, actors). Pure: the generator (generate.ts) and the freshness test both call it, so the
 * committed file is exactly what this function returns.
 */
import { Document, isMap, isScalar, isSeq, type Pair, parseDocument } from 'yaml';

/** The fields of a world-countries entry that states.yaml takes. */
export interface PackageCountry {
  cca3: string;
  cca2: string;
  name: { common: string; official: string };
  altSpellings: readonly string[];
  independent: boolean | null;
  /** "officially-assigned" for ISO 3166-1 entries; "user-assigned" (Kosovo, UNK) is not ISO's. */
  status: string;
}

/** One line of states.yaml's `states:` (the fields of StateEntry, in the order they are written). */
interface OutputState {
  code: string;
  name: string;
  aliases: string[];
  historic?: boolean;
  from?: string;
  to?: string;
  kind?: 'territory';
  administeredBy?: string;
}

export interface BuiltStates {
  text: string;
  /** Package aliases left out because another entry goes by the same name (e.g. "Korea"), for the generator to report. */
  dropped: { code: string; alias: string; alsoOf: string }[];
}

const FIELD_ORDER = ['code', 'name', 'aliases', 'historic', 'from', 'to', 'kind', 'administeredBy'] as const;

const fold = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** A string as a plain or quoted scalar inside a flow collection (quoted where `,[]{}: #` would break it). */
function flowScalar(value: string): string {
  const doc = new Document([value]);
  if (isSeq(doc.contents)) doc.contents.flow = true;
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .trim()
    .replace(/^\[|\]$/g, '');
}

function stateLine(state: OutputState): string {
  const parts: string[] = [];
  for (const field of FIELD_ORDER) {
    const value = state[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const text = Array.isArray(value)
      ? `[${value.map(flowScalar).join(', ')}]`
      : typeof value === 'string'
        ? flowScalar(value)
        : String(value);
    parts.push(`${field}: ${text}`);
  }
  return `  - { ${parts.join(', ')} }`;
}

function fail(message: string): never {
  throw new Error(`data/states.input.yaml: ${message}`);
}

interface Input {
  states: OutputState[];
  aliases: Map<string, string[]>;
  territories: Map<string, string | null>;
  statesNotIndependent: Set<string>;
  tail: string;
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) fail(`${where} must be a list of names`);
  return value as string[];
}

function readInput(text: string): Input {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) fail(doc.errors[0]!.message);
  const raw = doc.toJS() as Record<string, unknown>;
  const states = (raw.states as Record<string, unknown>[] | undefined) ?? fail('no states: list');
  const output = states.map((entry): OutputState => {
    const { code, name, aliases, ...rest } = entry;
    if (typeof code !== 'string' || typeof name !== 'string')
      fail(`every entry of states: needs a code and a name (${JSON.stringify(entry)})`);
    return {
      code,
      name,
      aliases: aliases === undefined ? [] : stringList(aliases, `aliases of ${code}`),
      ...(rest as Partial<OutputState>),
    };
  });
  const record = (key: string) => Object.entries((raw[key] as Record<string, unknown> | null | undefined) ?? {});
  // successions and actors are copied node for node, so their comments stay with them.
  const tail = new Document({});
  if (isMap(doc.contents) && isMap(tail.contents)) {
    for (const pair of doc.contents.items as Pair[]) {
      if (isScalar(pair.key) && (pair.key.value === 'successions' || pair.key.value === 'actors')) tail.contents.items.push(pair);
    }
  }
  return {
    states: output,
    aliases: new Map(record('aliases').map(([code, names]) => [code, stringList(names, `aliases.${code}`)])),
    territories: new Map(record('territories').map(([code, by]) => [code, typeof by === 'string' ? by : null])),
    statesNotIndependent: new Set(record('states-not-independent').map(([code]) => code)),
    tail:
      tail.contents && isMap(tail.contents) && tail.contents.items.length > 0
        ? tail.toString({ lineWidth: 0, flowCollectionPadding: false })
        : '',
  };
}

/** Every name an entry goes by, once each (compared without case), without its own code. */
function distinctNames(code: string, names: readonly string[]): string[] {
  const seen = new Set<string>([fold(code)]);
  return names.filter((name) => {
    const key = fold(name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildStatesYaml(countries: readonly PackageCountry[], inputText: string, packageVersion: string): BuiltStates {
  const input = readInput(inputText);
  const iso = countries.filter((c) => c.status === 'officially-assigned');
  const isoCodes = new Set(iso.map((c) => c.cca3));
  const written = new Set(input.states.map((s) => s.code));
  for (const s of input.states)
    if (!isoCodes.has(s.code) && s.historic !== true) fail(`${s.code} is not an ISO 3166-1 code of the package: mark it historic: true`);
  for (const code of [...input.aliases.keys(), ...input.territories.keys(), ...input.statesNotIndependent]) {
    if (!isoCodes.has(code)) fail(`${code} is not an ISO 3166-1 code of the package`);
  }
  for (const [code, by] of input.territories)
    if (by !== null && !isoCodes.has(by)) fail(`territories.${code}: ${by} is not an ISO 3166-1 code`);

  const generated = iso
    .filter((c) => !written.has(c.cca3))
    .sort((a, b) => (a.cca3 < b.cca3 ? -1 : 1))
    .map((c): OutputState & { own: number } => {
      const hand = input.aliases.get(c.cca3) ?? [];
      const names = distinctNames(c.cca3, [c.name.common, ...hand, c.name.official, c.cca2, ...c.altSpellings]);
      const state: OutputState & { own: number } = { code: c.cca3, name: names[0]!, aliases: names.slice(1), own: hand.length };
      if (input.territories.has(c.cca3)) {
        state.kind = 'territory';
        const by = input.territories.get(c.cca3);
        if (by) state.administeredBy = by;
      } else if (c.independent !== true && !input.statesNotIndependent.has(c.cca3)) {
        fail(`${c.cca3} (${c.name.common}) is not independent in world-countries: list it under territories or states-not-independent`);
      }
      return state;
    });

  // A name must lead to one entry: a package alias that another entry also goes by (as its code,
  // name or alias) is left out of both; a hand-written one that does is an error to fix by hand.
  const owners = new Map<string, Set<string>>();
  const own = (name: string, code: string) => owners.set(fold(name), (owners.get(fold(name)) ?? new Set()).add(code));
  for (const s of [...input.states, ...generated]) for (const name of [s.code, s.name, ...s.aliases]) own(name, s.code);
  const dropped: BuiltStates['dropped'] = [];
  for (const s of input.states) {
    for (const name of [s.name, ...s.aliases]) {
      const others = [...owners.get(fold(name))!].filter((c) => c !== s.code);
      if (others.length > 0) fail(`"${name}" of ${s.code} is also a name of ${others.join(', ')}`);
    }
  }
  for (const s of generated) {
    s.aliases = s.aliases.filter((alias, i) => {
      const others = [...owners.get(fold(alias))!].filter((c) => c !== s.code);
      if (others.length === 0) return true;
      if (i < s.own) fail(`"${alias}" of ${s.code} is also a name of ${others.join(', ')}`);
      dropped.push({ code: s.code, alias, alsoOf: others.join(', ') });
      return false;
    });
  }

  const header = [
    '# yaml-language-server: $schema=../schemas/states.schema.json',
    `# GENERATED by \`npm run states\` from the npm package world-countries ${packageVersion} (ISO 3166-1) and`,
    '# data/states.input.yaml (historic states, the first entries, territories, successions, actors): edit',
    '# that file, never this one, and run `npm run states`; test/model/states-file.test.ts checks they agree.',
    '# Codes are ISO 3166-1 alpha-3; states that no longer exist keep their ISO 3166-3 code (SUN for the',
    '# USSR) and are marked historic. Entries marked `kind: territory` are ISO 3166-1 places that are not',
    '# parties to treaties (Guam), with their administering state where there is one. Non-state actors',
    "# (actors, below) have codes of four or more characters, never taken for a state's.",
  ];
  const lines = [...header, 'states:', ...input.states.map(stateLine), ...generated.map(({ own: _own, ...s }) => stateLine(s))];
  return { text: `${lines.join('\n')}\n${input.tail}`, dropped };
}
