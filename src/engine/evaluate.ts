/**
 * The engine's entry points: evaluate a scenario (every combination of its readings) and the status
 * of a treaty on a day. Pure: corpus and scenario in, results out, deterministic to the byte.
 */
import {
  compareStrings,
  conditionsOf,
  LAST_DATE,
  nextDayWithin,
  type CompiledCorpus,
  type CompiledTreaty,
  type ExplanationStep,
  type IsoDate,
  type ObligationResult,
  type ReadingChoice,
  type Run,
  type RunResult,
  type ScenarioFile,
} from '../model/index.js';
import { Timeline, type TimelineInput } from './event-index/index.js';
import { provisionStep, readingStep, StepCache } from './explain.js';
import { computeFluents, fluentEventTypes, type FluentIndex } from './fluents.js';
import { evaluateProvision } from './obligations/index.js';
import { describeChoice, readingCombinations } from './readings.js';
import { readingDifferences, statusDifferencesOf } from './differences.js';
import { Successions } from './succession.js';
import {
  lifecycleForProvision,
  lifecycleOrder,
  potentialMembers,
  treatyLifecycle,
  type TreatyLifecycle,
} from './treaty-lifecycle/index.js';
import { markIncomplete, markUnknown } from './obligations/unknown.js';
import { Places } from './places.js';
import { DateVariantsError, evaluateDateVariants, uncertainEvents } from './uncertain-dates.js';
import { namedStates } from './obligations/roles.js';
import type { TreatyEvents } from './event-index/index.js';

export class EngineInputError extends Error {}

/** The scenario a bare run uses: the recorded history, default readings, no events of its own. */
export const HISTORY_ONLY: ScenarioFile = { title: 'Recorded history', history: true, drop: [], readings: {}, events: [], expect: [] };

export function selectTreaties(corpus: CompiledCorpus, ids: readonly string[] | undefined): CompiledTreaty[] {
  if (!ids) return corpus.treaties;
  return ids.map((id) => {
    const t = corpus.treaties.find((x) => x.treaty.id === id);
    if (!t) throw new EngineInputError(`unknown treaty "${id}"`);
    return t;
  });
}

export function evaluateScenario(corpus: CompiledCorpus, scenario: ScenarioFile, name = scenario.title): RunResult {
  const uncertain = uncertainEvents(corpus, scenario);
  if (uncertain.length === 0) return evaluateExact(corpus, scenario, name);
  try {
    return evaluateDateVariants(uncertain, (dates) => evaluateExact(corpus, scenario, name, dates));
  } catch (error) {
    if (error instanceof DateVariantsError) throw new EngineInputError(error.message);
    throw error;
  }
}

/**
 * What computing the lifecycles of some treaties needs, for `evaluateScenario` and `statusAt`: the
 * treaties in the order to compute them (one a tied treaty depends on first, even if not asked
 * for), each one's possible members, and the states whose events it looks up.
 */
export interface TreatySetup {
  computed: CompiledTreaty[];
  successions: Successions;
  members: Map<string, string[]>;
  actors: Map<string, string[]>;
}

export function treatySetup(corpus: CompiledCorpus, treaties: readonly CompiledTreaty[], scenario: ScenarioFile): TreatySetup {
  const computed = lifecycleOrder(treaties, corpus.treaties);
  const successions = new Successions(corpus.states.successions);
  const members = new Map(computed.map((t) => [t.treaty.id, potentialMembers(t, scenario.events, scenario.history)]));
  const actors = new Map(computed.map((t) => [t.treaty.id, actorsOf(t, members.get(t.treaty.id)!, successions)]));
  return { computed, successions, members, actors };
}

/** One view of the timeline per treaty computed, on its actors' events. */
/**
 * The timeline of a scenario for these treaties: the corpus's history (less what the scenario drops)
 * and the scenario's events, indexed for the states the treaties' parties act as and the event types
 * asked for (`more`: what a run indexes besides, such as fluents and party pairs).
 */
export function scenarioTimeline(
  corpus: CompiledCorpus,
  scenario: ScenarioFile,
  setup: TreatySetup,
  types: Iterable<string>,
  more: Pick<TimelineInput, 'allOf' | 'pairs' | 'dates'> = {},
): Timeline {
  return new Timeline({
    treaties: corpus.treaties,
    includeHistory: scenario.history,
    drop: scenario.drop,
    events: scenario.events,
    states: new Set([...setup.actors.values()].flat()),
    types: new Set(types),
    ...more,
  });
}

export function treatyViews(timeline: Timeline, setup: TreatySetup): Map<string, TreatyEvents> {
  return new Map(setup.computed.map((t) => [t.treaty.id, timeline.view(setup.actors.get(t.treaty.id)!)]));
}

function evaluateExact(corpus: CompiledCorpus, scenario: ScenarioFile, name: string, dates?: ReadonlyMap<string, IsoDate>): RunResult {
  const treaties = selectTreaties(corpus, scenario.treaties);
  const setup = treatySetup(corpus, treaties, scenario);
  const { computed, successions, members } = setup;
  const fluentTypes = fluentEventTypes(corpus.vocabulary);
  // History of every treaty in the corpus (a scenario on one treaty still sees the others' records),
  // indexed for the states and event types the treaties evaluated look up; fluents see every event
  // of the types that start or end them, whoever it names.
  const timeline = scenarioTimeline(corpus, scenario, setup, computed.flatMap(eventTypesOf), {
    allOf: new Set(fluentTypes),
    pairs: treaties.flatMap((t) => partyPairs(members.get(t.treaty.id)!, successions)),
    ...(dates ? { dates } : {}),
  });
  // The day after the last event, or the calendar's last day when that event is on it.
  const lastDay = scenario.until ?? nextDayWithin(timeline.lastDate() ?? '2000-01-01') ?? LAST_DATE;
  // One view of the timeline per treaty, shared by its lifecycle and every run: what it memoizes
  // (events by type, acts between parties, trigger matches) does not depend on the readings.
  const views = treatyViews(timeline, setup);
  // Lifecycles depend only on the readings of the terms a lifecycle clause is read by: runs that agree on those share them.
  const lifecycleTerms = lifecycleReadingTerms(computed);
  const lifecyclesByKey = new Map<string, Map<string, TreatyLifecycle>>();
  const lifecycleReadings = new Map<string, string>();
  const lifecyclesFor = (choice: ReadingChoice) => {
    const key = lifecycleTerms.map((term) => `${term}=${choice[term] ?? ''}`).join(';');
    let found = lifecyclesByKey.get(key);
    if (!found) {
      lifecyclesByKey.set(key, (found = computeLifecycles(corpus, computed, views, members, successions, lastDay, choice)));
      lifecycleReadings.set(key, describeChoice(Object.fromEntries(lifecycleTerms.map((term) => [term, choice[term] ?? '']))));
    }
    return found;
  };
  // Fluents depend only on the readings their effects name: runs that agree on those share them.
  const fluentsByKey = new Map<string, FluentIndex>();
  const steps = new StepCache();
  const places = new Places(corpus.gazetteer);

  const runs: Run[] = readingCombinations(corpus.vocabulary, scenario.readings).map((choice) => {
    const key = fluentChoiceKey(corpus.vocabulary, choice);
    let fluents = fluentsByKey.get(key);
    if (!fluents) fluentsByKey.set(key, (fluents = computeFluents(corpus.vocabulary, timeline.ofTypes(fluentTypes), choice)));
    const lifecycles = lifecyclesFor(choice);
    const obligations: ObligationResult[] = [];
    for (const t of treaties) {
      const lc = lifecycles.get(t.treaty.id)!;
      const events = views.get(t.treaty.id)!;
      for (const provision of t.treaty.provisions) {
        const seen = lifecycleForProvision(t, lc, provision.id, (rule) => survivalStep(t, rule, steps));
        const results = evaluateProvision(provision, {
          treaty: t,
          lifecycle: seen,
          vocabulary: corpus.vocabulary,
          choice,
          parties: seen.members,
          events,
          fluents,
          inForce: seen.inForce,
          successions,
          steps,
          places,
          treatyId: t.treaty.id,
        });
        for (const o of sortResults(markIncomplete(provision, markUnknown(results, seen.unknown)))) obligations.push(o);
      }
    }
    const fluentList = [...fluents.values()].flatMap((bySubject) => [...bySubject.values()].flat());
    return {
      readings: choice,
      treaties: treaties.map((t) => {
        const lc = lifecycles.get(t.treaty.id)!;
        return {
          id: t.treaty.id,
          intervals: lc.intervals,
          parties: lc.parties,
          ...(lc.suspensions.length ? { suspensions: lc.suspensions } : {}),
        };
      }),
      fluents: fluentList
        .map((f) => ({
          fluent: f.fluent,
          subject: f.subject,
          from: f.from,
          to: f.to,
          events: [f.initiatedBy.id, ...(f.terminatedBy ? [f.terminatedBy.id] : [])],
        }))
        .sort((a, b) => compareStrings(a.fluent, b.fluent) || compareStrings(a.subject, b.subject) || compareStrings(a.from, b.from)),
      obligations,
    };
  });
  // A warning that holds under some readings of a lifecycle clause only says under which.
  const counts = new Map<string, string[]>();
  for (const [key, lifecycles] of lifecyclesByKey)
    for (const t of treaties) for (const w of lifecycles.get(t.treaty.id)!.warnings) counts.set(w, [...(counts.get(w) ?? []), key]);
  const warnings = new Set<string>();
  for (const [w, keys] of counts)
    warnings.add(keys.length === lifecyclesByKey.size ? w : `${w} (under ${keys.map((k) => lifecycleReadings.get(k)).join('; ')})`);
  const statusDifferences = lifecycleTerms.length ? statusDifferencesOf(runs) : [];
  return {
    scenario: name,
    runs,
    differences: readingDifferences(runs, treaties),
    ...(statusDifferences.length ? { statusDifferences } : {}),
    warnings: [...warnings],
  };
}

/** The lifecycles of the treaties (tied ones after those they depend on) under one choice of readings. */
export function computeLifecycles(
  corpus: CompiledCorpus,
  ordered: readonly CompiledTreaty[],
  views: ReadonlyMap<string, TreatyEvents>,
  members: ReadonlyMap<string, readonly string[]>,
  successions: Successions,
  until: IsoDate,
  choice: ReadingChoice,
): Map<string, TreatyLifecycle> {
  const out = new Map<string, TreatyLifecycle>();
  const reading = (termId: string) => {
    const term = corpus.vocabulary.terms.find((x) => x.id === termId);
    const chosen = term?.readings.find((r) => r.id === (choice[termId] ?? term.default));
    return term && chosen ? { reading: chosen.id, step: readingStep(term.id, chosen.id, chosen.description) } : undefined;
  };
  for (const t of ordered) {
    const id = t.treaty.id;
    out.set(
      id,
      treatyLifecycle(t, {
        events: views.get(id)!,
        successions,
        members: members.get(id)!,
        until,
        reading,
        lifecycleOf: (other) => out.get(other),
      }),
    );
  }
  return out;
}

/** The contested terms a lifecycle clause is read by, sorted. */
function lifecycleReadingTerms(treaties: readonly CompiledTreaty[]): string[] {
  const terms = new Set<string>();
  for (const t of treaties) if (t.treaty.lifecycle.duration.type === 'by-reading') terms.add(t.treaty.lifecycle.duration.term);
  return [...terms].sort();
}

/** The step of a survival clause: its provision's words, or the rule in plain words. */
function survivalStep(t: CompiledTreaty, index: number, steps: StepCache): ExplanationStep {
  const rule = t.treaty.lifecycle.survival[index]!;
  return steps.of(rule, () => {
    const provision = rule.provision ? t.treaty.provisions.find((p) => p.id === rule.provision) : undefined;
    const text = `${rule.provisions.join(', ')} continue to apply for ${rule.period} after ${rule.after === 'both' ? 'termination or withdrawal' : rule.after}`;
    return provision
      ? provisionStep(t, provision, `Survival, Article ${provision.article}: "${provision.quote.text}" (${text})`)
      : { step: 'lifecycle', text: `${text}.` };
  });
}

/** The event types a treaty's lifecycle rests on. */
export function lifecycleEventTypes(t: CompiledTreaty): string[] {
  const l = t.treaty.lifecycle;
  const types = [
    l.entryIntoForce.event,
    l.noticeEvent,
    l.terminationEvent,
    l.accessionEvent,
    l.provisionalApplication?.event,
    l.provisionalApplication?.endEvent,
    l.suspension?.event,
    l.suspension?.endEvent,
    ...l.endsOn.map((e) => e.event),
  ];
  return types.filter((x): x is string => x !== undefined);
}

/** Every event type a treaty's evaluation looks up by party: lifecycle acts, trigger events, acts. */
function eventTypesOf(t: CompiledTreaty): string[] {
  const types = lifecycleEventTypes(t);
  for (const p of t.treaty.provisions) {
    if (p.act) types.push(p.act.type);
    for (const e of p.exceptions ?? []) if (e.requires) types.push(e.requires.event);
    for (const c of conditionsOf(p.trigger)) if ('event' in c) types.push(c.event);
  }
  return types;
}

/** The states whose events a treaty looks up: its members and the states acting for them, and any state a role names (a depositary). */
function actorsOf(t: CompiledTreaty, members: readonly string[], successions: Successions): string[] {
  const named = t.treaty.provisions.flatMap((p) => [...namedStates(p)]);
  return [...new Set([...members.flatMap((p) => successions.actorsOf(p)), ...named])];
}

/** Every pair of states acting for two different parties of a treaty: the acts between parties. */
function partyPairs(parties: readonly string[], successions: Successions): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      for (const a of successions.actorsOf(parties[i]!)) for (const b of successions.actorsOf(parties[j]!)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** The readings of a choice that decide which events start or end a fluent, as a key. */
function fluentChoiceKey(vocabulary: CompiledCorpus['vocabulary'], choice: ReadingChoice): string {
  const terms = new Set<string>();
  for (const f of vocabulary.fluents)
    for (const effect of [...f.initiatedBy, ...f.terminatedBy]) for (const term of Object.keys(effect.when ?? {})) terms.add(term);
  return [...terms]
    .sort()
    .map((term) => `${term}=${choice[term] ?? ''}`)
    .join(';');
}

/**
 * One provision's results in output order: by the day they became active, bearer and beneficiary,
 * then as produced. (Provisions come in treaty order and, within a treaty, in file order.)
 */
function sortResults(list: ObligationResult[]): ObligationResult[] {
  if (list.length < 2) return list;
  return list
    .map((o, i) => ({ o, i }))
    .sort(
      (a, b) =>
        // Rows that did not arise (no day) come after those that did.
        compareStrings(a.o.from ?? '\uffff', b.o.from ?? '\uffff') ||
        compareStrings(a.o.bearer, b.o.bearer) ||
        compareStrings(a.o.beneficiary ?? '', b.o.beneficiary ?? '') ||
        a.i - b.i,
    )
    .map((x) => x.o);
}
