/** Reference checks of a scenario file (in the corpus or a user's own): treaties, dropped events, readings, bounds, events, expectations. */
import type { Corpus, Loaded, LoadedTreaty, PathKey } from '../corpus/index.js';
import { type Diagnostic, possibleDays, SCENARIO_LIMITS, type ScenarioFile } from '../model/index.js';
import {
  buildContext,
  checkReadingChoice,
  type Context,
  list,
  type Report,
  reporterInto,
  reportUnknownState,
} from './reference-context.js';
import { checkTimeline } from './references-history.js';
import { checkActorRef } from './references-places.js';

/** Checks a scenario file that lives outside the corpus (a user's own, given to `pacta run`). */
export function checkScenarioFile(corpus: Corpus, scenario: Loaded<ScenarioFile>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = reporterInto(diagnostics);
  checkScenario(scenario, buildContext(corpus), report, new Set(corpus.treaties.map((t) => t.treaty.value.id)), new Set(), undefined);
  return diagnostics;
}

/**
 * The bounds of SCENARIO_LIMITS. A reading asked for twice is refused, not silently dropped: every
 * combination is evaluated, so a repeat only repeats runs (twenty copies of three terms' readings
 * once asked for 8,000), and it is a mistake (a typo for another reading, or generated input) that
 * the author should see, as a duplicate id is.
 */
function checkScenarioBounds(loaded: Loaded<unknown>, scenario: ScenarioFile, report: Report) {
  const { maxReadingsPerTerm, maxCombinations } = SCENARIO_LIMITS;
  let combinations = 1;
  const factors: number[] = [];
  for (const [term, readings] of Object.entries(scenario.readings)) {
    const seen = new Map<string, number>();
    readings.forEach((reading, i) => {
      const first = seen.get(reading);
      if (first === undefined) seen.set(reading, i);
      else
        report(
          loaded,
          ['readings', term, i],
          'repeated-reading',
          `readings.${term}[${i}]: reading "${reading}" is asked for twice (also at readings.${term}[${first}])`,
          'list each reading of a term once: every combination of readings is evaluated, so a repeat only repeats runs',
        );
    });
    if (readings.length > maxReadingsPerTerm)
      report(
        loaded,
        ['readings', term],
        'too-many-readings',
        `readings.${term}: ${readings.length} readings asked for, over the limit of ${maxReadingsPerTerm} per term`,
        `ask for at most ${maxReadingsPerTerm} readings of a term (each a different reading)`,
      );
    factors.push(readings.length);
    combinations *= readings.length;
  }
  if (combinations > maxCombinations)
    report(
      loaded,
      ['readings'],
      'too-many-combinations',
      `readings: ${factors.join(' × ')} = ${combinations} combinations of readings, over the limit of ${maxCombinations} runs per scenario`,
      `ask for fewer readings, or split the scenario into several, each with at most ${maxCombinations} combinations`,
    );
  checkEventCount(loaded, scenario.events.length, report);
}

/**
 * Refuses more combinations of uncertain days than SCENARIO_LIMITS.maxDateVariants: the scenario's
 * uncertain or disputed events, and the recorded ones it includes (the engine evaluates each
 * combination).
 */
function checkDateVariants(loaded: Loaded<unknown>, scenario: ScenarioFile, ctx: Context, report: Report) {
  const { maxDateVariants } = SCENARIO_LIMITS;
  const dropped = new Set(scenario.drop);
  const recorded = scenario.history
    ? ctx.corpus.treaties.flatMap((t) => (t.history?.value.events ?? []).filter((e) => !dropped.has(`${t.treaty.value.id}/${e.id}`)))
    : [];
  const uncertain = [...recorded, ...scenario.events].filter((e) => e.uncertain || e.disputed);
  const combinations = uncertain.reduce((n, e) => n * possibleDays(e).length, 1);
  if (combinations > maxDateVariants)
    report(
      loaded,
      ['events'],
      'too-many-date-variants',
      `events: ${uncertain.length} events with uncertain or disputed dates make ${combinations} combinations of days to evaluate, over the limit of ${maxDateVariants}`,
      'narrow their bounds (earliest, latest), drop disputed days that do not matter, or split the scenario',
    );
}

/** Refuses more than SCENARIO_LIMITS.maxEvents events, at `events` (also before validation: `validateScenarioText`). */
export function checkEventCount(loaded: Loaded<unknown>, count: number, report: Report) {
  const { maxEvents } = SCENARIO_LIMITS;
  if (count > maxEvents)
    report(
      loaded,
      ['events'],
      'too-many-events',
      `events: ${count} events, over the limit of ${maxEvents} per scenario`,
      `split the scenario into several, each with at most ${maxEvents} events`,
    );
}

export function checkScenario(
  s: Loaded<ScenarioFile>,
  ctx: Context,
  report: Report,
  treatyIds: Set<string>,
  historyIds: Set<string>,
  owner: LoadedTreaty | undefined,
) {
  const loaded = s as Loaded<unknown>;
  const scenario = s.value;
  (scenario.treaties ?? []).forEach((id, i) => {
    if (!treatyIds.has(id)) report(loaded, ['treaties', i], 'unknown-treaty', `unknown treaty "${id}"`, `use one of: ${list(treatyIds)}`);
  });
  scenario.drop.forEach((ref, i) => {
    const [treatyId, eventId] = ref.split('/') as [string, string];
    // Any treaty of the corpus, the ones not asked for included (`pacta check` of one treaty folder).
    const treaty = ctx.treaties.get(treatyId);
    const known = treaty
      ? new Set((treaty.history?.value.events ?? []).map((e) => e.id))
      : treatyId === owner?.treaty.value.id
        ? historyIds
        : undefined;
    if (!known) report(loaded, ['drop', i], 'unknown-treaty', `unknown treaty "${treatyId}"`, `use one of: ${list(treatyIds)}`);
    else if (!known.has(eventId))
      report(loaded, ['drop', i], 'unknown-event', `treaty "${treatyId}" has no recorded event "${eventId}"`, `use one of: ${list(known)}`);
  });
  for (const [term, readings] of Object.entries(scenario.readings)) {
    readings.forEach((reading, i) =>
      checkReadingChoice(loaded, ['readings'], { [term]: reading }, ctx, (l, path, code, message, hint) =>
        report(l, code === 'unknown-reading' ? ['readings', term, i] : path, code, message, hint),
      ),
    );
  }
  checkScenarioBounds(loaded, scenario, report);
  checkDateVariants(loaded, scenario, ctx, report);
  checkTimeline(loaded, scenario.events, ['events'], ctx, report, []);
  scenario.events.forEach((e, i) => {
    if (e.treaty !== undefined && !treatyIds.has(e.treaty))
      report(loaded, ['events', i, 'treaty'], 'unknown-treaty', `unknown treaty "${e.treaty}"`, `use one of: ${list(treatyIds)}`);
    // An accession counts for the treaty it names: without one, the engine could not tell which treaty the state joins.
    if (e.treaty === undefined && ctx.eventTypes.get(e.type)?.lifecycle === 'accession')
      report(
        loaded,
        ['events', i],
        'missing-treaty',
        `a "${e.type}" event must name the treaty the state accedes to`,
        `add treaty: with the treaty's id (one of: ${list(treatyIds)})`,
      );
    if (owner && historyIds.has(e.id))
      report(
        loaded,
        ['events', i, 'id'],
        'duplicate-id',
        `event id "${e.id}" is already a recorded event of ${owner.treaty.value.id}`,
        'give the scenario event its own id',
      );
  });
  scenario.expect.forEach((x, i) => {
    const treatyId = 'obligation' in x ? x.obligation.treaty : x.treaty;
    const treatyPath: PathKey[] = 'obligation' in x ? ['expect', i, 'obligation', 'treaty'] : ['expect', i, 'treaty'];
    const treaty = ctx.treaties.get(treatyId);
    if (!treaty) {
      report(loaded, treatyPath, 'unknown-treaty', `unknown treaty "${treatyId}"`, `use one of: ${list(treatyIds)}`);
      return;
    }
    if ('obligation' in x) {
      const o = x.obligation;
      if (o.provision && !treaty.treaty.value.provisions.some((p) => p.id === o.provision)) {
        report(
          loaded,
          ['expect', i, 'obligation', 'provision'],
          'unknown-provision',
          `treaty "${treatyId}" has no provision "${o.provision}"`,
          `use one of: ${list(treaty.treaty.value.provisions.map((p) => p.id))}`,
        );
      }
      if (o.article && !treaty.treaty.value.provisions.some((p) => p.article === o.article)) {
        report(
          loaded,
          ['expect', i, 'obligation', 'article'],
          'unknown-article',
          `treaty "${treatyId}" has no provision in article "${o.article}"`,
          `use one of: ${list(new Set(treaty.treaty.value.provisions.map((p) => p.article)))}`,
        );
      }
      for (const field of ['bearer', 'beneficiary'] as const) {
        const code = o[field];
        if (code && checkActorRef(loaded, ['expect', i, 'obligation', field], code, ctx, report)) continue;
        if (code && !ctx.states.has(code)) reportUnknownState(loaded, ['expect', i, 'obligation', field], code, ctx, report);
      }
      checkReadingChoice(loaded, ['expect', i, 'reading'], x.reading, ctx, report);
    } else {
      if (x.party && !ctx.states.has(x.party)) reportUnknownState(loaded, ['expect', i, 'party'], x.party, ctx, report);
      checkReadingChoice(loaded, ['expect', i, 'reading'], x.reading, ctx, report);
    }
  });
}
