/**
 * Helpers for the engine tests (not a test file): the real corpus compiled without the quote
 * checker, small fixture corpora built in code, and scenario builders.
 */
import { basename, join } from 'node:path';
import { checkCorpus } from '../../src/check/compile.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import type { CompiledCorpus, CompiledTreaty } from '../../src/model/compiled.js';
import type { Event } from '../../src/model/event.js';
import type { DurationClause } from '../../src/model/lifecycle-clause.js';
import type { Provision } from '../../src/model/provision.js';
import type { ObligationResult, Run, RunResult } from '../../src/model/results.js';
import type { StatesFile } from '../../src/model/states.js';
import type { RecordedEvent, ScenarioFile } from '../../src/model/timeline.js';
import type { TreatyFile } from '../../src/model/treaty.js';
import type { VocabularyFile } from '../../src/model/vocabulary.js';

export const CORPUS_ROOT = join(import.meta.dirname, '..', '..', 'corpus');

let realCorpus: CompiledCorpus | undefined;

/** The corpus in `corpus/`, checked and compiled as the faces compile it (quotes located). */
export function loadRealCorpus(): CompiledCorpus {
  if (realCorpus) return realCorpus;
  const { compiled, diagnostics } = checkCorpus(CORPUS_ROOT);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !compiled)
    throw new Error(`corpus does not check: ${errors.map((d) => `${d.file}:${d.line}: ${d.message}`).join('; ')}`);
  realCorpus = compiled;
  return realCorpus;
}

/** Every scenario file of the real corpus, with its path. */
export function realScenarios(): { file: string; scenario: ScenarioFile }[] {
  const { corpus } = loadCorpus(CORPUS_ROOT);
  return corpus.treaties.flatMap((t) => t.scenarios.map((s) => ({ file: s.yaml.file, scenario: s.value })));
}

/** A scenario with the schema's defaults filled in. */
export function scenario(partial: Partial<ScenarioFile> & { events?: Event[] }): ScenarioFile {
  return { title: 'test scenario', history: true, drop: [], readings: {}, events: [], expect: [], ...partial };
}

/** A hypothetical event (the source is filled in). */
export function ev(id: string, date: string, type: string, fields: Omit<Event, 'id' | 'date' | 'type'> = {}): Event {
  return { id, date, type, source: 'hypothetical', ...fields };
}

// ---------------------------------------------------------------------------------------------
// A small fixture corpus: states AAA, BBB, CCC (and OLD, continued by NEW from 2000-01-01), the
// real vocabulary's shape cut down, and treaties built from a few provisions.

export const FIXTURE_STATES: StatesFile = {
  states: ['AAA', 'BBB', 'CCC', 'DDD', 'OLD', 'NEW'].map((code) => ({
    code,
    name: `State ${code}`,
    aliases: [],
    historic: code === 'OLD',
    to: null,
  })),
  successions: [{ predecessor: 'OLD', continuator: 'NEW', from: '2000-01-01', kind: 'continuation', source: 'fixture' }],
};

export const FIXTURE_VOCABULARY: VocabularyFile = {
  eventTypes: [
    { id: 'ratifications-exchanged', description: 'exchange', roles: ['parties'], optionalRoles: [], lifecycle: 'entry-into-force-act' },
    { id: 'denunciation-notice', description: 'notice', roles: ['by'], optionalRoles: ['to'], lifecycle: 'notice' },
    { id: 'termination-agreed', description: 'agreed end', roles: ['parties'], optionalRoles: [], lifecycle: 'termination-agreement' },
    { id: 'armed-attack', description: 'attack', roles: ['by', 'against'], optionalRoles: [] },
    { id: 'war-declared', description: 'declaration of war', roles: ['by', 'against'], optionalRoles: [] },
    { id: 'hostilities-ended', description: 'ceasefire', roles: ['parties'], optionalRoles: [] },
    { id: 'consultation-requested', description: 'request', roles: ['by'], optionalRoles: ['to'] },
    { id: 'unilateral-measures-imposed', description: 'sanctions', roles: ['by', 'against'], optionalRoles: [] },
    { id: 'unilateral-measures-lifted', description: 'sanctions lifted', roles: ['against'], optionalRoles: ['by'] },
    { id: 'assistance-provided', description: 'assistance', roles: ['by', 'to'], optionalRoles: [] },
    { id: 'consultations-held', description: 'talks', roles: ['parties'], optionalRoles: [] },
    { id: 'measures-countered', description: 'countering', roles: ['parties'], optionalRoles: [] },
    { id: 'hostile-alliance-joined', description: 'hostile alliance', roles: ['by', 'against'], optionalRoles: [] },
  ],
  fluents: [
    {
      id: 'state-of-war',
      description: 'at war',
      initiatedBy: [
        { event: 'armed-attack', subject: 'against', when: { 'state-of-war': 'armed-hostilities' } },
        { event: 'war-declared', subject: 'against' },
      ],
      terminatedBy: [{ event: 'hostilities-ended', subject: 'parties' }],
    },
    {
      id: 'under-unilateral-measures',
      description: 'sanctioned',
      initiatedBy: [{ event: 'unilateral-measures-imposed', subject: 'against' }],
      terminatedBy: [{ event: 'unilateral-measures-lifted', subject: 'against' }],
    },
  ],
  terms: [
    {
      id: 'state-of-war',
      text: ['state of war'],
      description: 'war',
      readings: [
        { id: 'armed-hostilities', description: 'from the first attack' },
        { id: 'declared-war', description: 'only when declared' },
      ],
      default: 'armed-hostilities',
    },
    {
      id: 'immediately',
      text: ['immediately'],
      description: 'how soon',
      readings: [
        { id: 'no-fixed-deadline', description: 'no period' },
        { id: 'within-seven-days', description: 'seven days', deadline: 'P7D' },
      ],
      default: 'no-fixed-deadline',
    },
  ],
};

function provision(p: Partial<Provision> & Pick<Provision, 'id' | 'kind' | 'bearer'>): Provision {
  return {
    article: '1',
    summary: p.id,
    continuing: false,
    qualifiers: [],
    tags: [],
    quote: { source: 'src', text: `the words of ${p.id}` },
    ...p,
  };
}

/** Provisions in the shape of the real treaties', each testable alone. */
export const PROVISIONS = {
  assistance: provision({
    id: 'assistance',
    article: '1',
    kind: 'obligation',
    bearer: 'other-party',
    beneficiary: 'attacked-party',
    trigger: {
      all: [
        { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-state' } },
        { fluent: 'state-of-war', subject: 'attacked-party' },
      ],
    },
    act: { type: 'assistance-provided', kind: ['military', 'other'], description: 'assist' },
    qualifiers: [{ type: 'timing', text: 'immediately', term: 'immediately' }],
  }),
  noHostileAlliance: provision({
    id: 'no-hostile-alliance',
    article: '2',
    kind: 'prohibition',
    bearer: 'each-party',
    beneficiary: 'other-party',
    act: { type: 'hostile-alliance-joined', description: 'join a hostile alliance' },
  }),
  consult: provision({
    id: 'consult',
    article: '3',
    kind: 'obligation',
    bearer: 'all-parties',
    continuing: true,
    act: { type: 'consultations-held', description: 'consult' },
  }),
  answerRequest: provision({
    id: 'answer-request',
    article: '4',
    kind: 'obligation',
    bearer: 'all-parties',
    beneficiary: 'requesting-party',
    trigger: { event: 'consultation-requested', where: { by: 'requesting-party' } },
    act: { type: 'consultations-held', description: 'hold talks' },
  }),
  counterMeasures: provision({
    id: 'counter-measures',
    article: '5',
    kind: 'obligation',
    bearer: 'all-parties',
    beneficiary: 'sanctioned-party',
    trigger: { fluent: 'under-unilateral-measures', subject: 'sanctioned-party' },
    act: { type: 'measures-countered', description: 'counter the measures' },
  }),
  entry: provision({ id: 'entry', article: '6', paragraph: 1, kind: 'procedural', bearer: 'all-parties' }),
  duration: provision({ id: 'duration', article: '6', paragraph: 2, kind: 'procedural', bearer: 'each-party' }),
} satisfies Record<string, Provision>;

export const RENEWING_1961: DurationClause = { type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P1Y' };

export interface FixtureTreatyOptions {
  id: string;
  parties: string[];
  provisions?: Provision[];
  duration?: DurationClause;
  history?: RecordedEvent[];
}

export function fixtureTreaty(o: FixtureTreatyOptions): CompiledTreaty {
  const treaty: TreatyFile = {
    id: o.id,
    titles: { en: `Treaty ${o.id}` },
    shortTitle: o.id,
    parties: o.parties,
    signature: { place: 'Somewhere', date: '1900-01-01' },
    officialLanguages: ['en'],
    sources: [{ id: 'src', file: 'sources/text.txt', language: 'en', translation: false, publisher: 'fixture', provenance: 'fixture' }],
    lifecycle: {
      entryIntoForce: { event: 'ratifications-exchanged', provision: 'entry' },
      duration: o.duration ?? { type: 'indefinite' },
      durationProvision: 'duration',
      noticeEvent: 'denunciation-notice',
      terminationEvent: 'termination-agreed',
      perParty: false,
      endsOn: [],
      survival: [],
    },
    provisions: [
      ...(o.provisions ?? Object.values(PROVISIONS).filter((p) => p.kind !== 'procedural')),
      PROVISIONS.entry,
      PROVISIONS.duration,
    ],
    nonOperative: [],
  };
  return {
    treaty,
    history: o.history ?? [],
    quoteSpans: { entry: { source: 'src', file: 'fixture/sources/text.txt', spans: [{ start: 0, end: 10 }] } },
  };
}

/** A recorded exchange of ratifications (the history's entry-into-force fact). */
export function exchange(date: string, parties: string[], id = 'exchange'): RecordedEvent {
  return { id, date, type: 'ratifications-exchanged', parties, source: { cite: 'fixture record' } };
}

/** What a test adds to the fixture corpus: its own event types and contested terms, actors, places. */
export interface FixtureExtras {
  eventTypes?: VocabularyFile['eventTypes'];
  terms?: VocabularyFile['terms'];
  actors?: StatesFile['actors'];
  gazetteer?: CompiledCorpus['gazetteer'];
}

export function fixtureCorpus(treaties: CompiledTreaty[], extras: FixtureExtras = {}): CompiledCorpus {
  return {
    states: extras.actors ? { ...FIXTURE_STATES, actors: extras.actors } : FIXTURE_STATES,
    vocabulary: {
      ...FIXTURE_VOCABULARY,
      eventTypes: [...FIXTURE_VOCABULARY.eventTypes, ...(extras.eventTypes ?? [])],
      terms: [...FIXTURE_VOCABULARY.terms, ...(extras.terms ?? [])],
    },
    treaties,
    ...(extras.gazetteer ? { gazetteer: extras.gazetteer } : {}),
  };
}

/** A fixture treaty with some of its lifecycle clause replaced. */
export function withLifecycle(t: CompiledTreaty, lifecycle: Partial<TreatyFile['lifecycle']>): CompiledTreaty {
  return { ...t, treaty: { ...t.treaty, lifecycle: { ...t.treaty.lifecycle, ...lifecycle } } };
}

// ---------------------------------------------------------------------------------------------
// Reading results.

export function onlyRun(result: RunResult): Run {
  if (result.runs.length !== 1) throw new Error(`expected one run, got ${result.runs.length}`);
  return result.runs[0]!;
}

/** The duties of a provision that arose (the why-not rows, which have no day, aside: see whyNotOf). */
export function obligationsOf(run: Run, provision: string, treaty?: string): ObligationResult[] {
  return run.obligations.filter((o) => o.provision === provision && (treaty === undefined || o.treaty === treaty) && o.from !== null);
}

/** The rows of a provision that say why a duty did not arise (not-triggered, not-applicable, unknown without a day). */
export function whyNotOf(run: Run, provision: string, treaty?: string): ObligationResult[] {
  return run.obligations.filter((o) => o.provision === provision && (treaty === undefined || o.treaty === treaty) && o.from === null);
}

/** The gist of an obligation result, for exact comparisons. */
export function gist(o: ObligationResult): {
  bearer: string;
  beneficiary: string | null;
  from: string | null;
  to: string | null;
  outcome: string;
  deadline: string | null;
  events: string[];
} {
  return {
    bearer: o.bearer,
    beneficiary: o.beneficiary,
    from: o.from,
    to: o.to,
    outcome: o.outcome,
    deadline: o.deadline,
    events: o.events,
  };
}

export function intervalsOf(run: Run, treaty: string): { status: string; from: string | null; to: string | null; term: number | null }[] {
  const t = run.treaties.find((x) => x.id === treaty);
  if (!t) throw new Error(`treaty ${treaty} not in the run`);
  return t.intervals.map((i) => ({ status: i.status, from: i.from, to: i.to, term: i.term }));
}

// ---------------------------------------------------------------------------------------------
// A fixture corpus on disk (test/fixtures/corpus-*), its scenarios by name, each evaluated once.

export interface FixtureCorpus {
  /** What checking the folder gave (its diagnostics). */
  checked: ReturnType<typeof checkCorpus>;
  corpus: CompiledCorpus;
  /** Every scenario by `treaty/name` (its folder and file name). */
  scenarios: Map<string, ScenarioFile>;
  /** A scenario's result, evaluated once. */
  result(name: string): RunResult;
  /** Its only run, or the one under `term: reading`. */
  runOf(name: string, term: string, reading?: string): Run;
}

export function fixtureCorpusAt(folder: string): FixtureCorpus {
  const root = join(import.meta.dirname, '..', 'fixtures', folder);
  const checked = checkCorpus(root);
  const corpus = checked.compiled as CompiledCorpus;
  const scenarios = new Map<string, ScenarioFile>(
    loadCorpus(root).corpus.treaties.flatMap((t) =>
      t.scenarios.map((s): [string, ScenarioFile] => [`${t.treaty.value.id}/${basename(s.yaml.file).replace(/\.yaml$/, '')}`, s.value]),
    ),
  );
  const results = new Map<string, RunResult>();
  const result = (name: string): RunResult => {
    const known = results.get(name);
    if (known) return known;
    const scenario = scenarios.get(name);
    if (!scenario) throw new Error(`no scenario ${name}; the corpus has ${[...scenarios.keys()].join(', ')}`);
    const evaluated = evaluateScenario(corpus, scenario);
    results.set(name, evaluated);
    return evaluated;
  };
  const runOf = (name: string, term: string, reading?: string): Run => {
    const { runs } = result(name);
    if (reading === undefined) {
      if (runs.length !== 1) throw new Error(`${name} has ${runs.length} runs, not one`);
      return runs[0]!;
    }
    const run = runs.find((r) => r.readings[term] === reading);
    if (!run) throw new Error(`${name} has no run under ${term}: ${reading}`);
    return run;
  };
  return { checked, corpus, scenarios, result, runOf };
}
