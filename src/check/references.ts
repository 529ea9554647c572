/**
 * Reference checks: every state, event type, fluent, contested term, reading, role, source and
 * provision that a file names must be defined, and every id must be unique where it must be.
 * Each finding points at the offending node of the offending file.
 */
import { type Corpus, formatPath, type Loaded, type LoadedTreaty, locate, type PathKey } from '../corpus/index.js';
import {
  type Condition,
  type Diagnostic,
  type DiagnosticCode,
  type Event,
  type EventType,
  isOnOrAfter,
  type Provision,
  SCENARIO_LIMITS,
  type ScenarioFile,
  STANDARD_ROLES,
  STATE_FIELDS,
  statesIn,
  type Trigger,
} from '../model/index.js';
import { normaliseQuote } from './quote-match.js';

type Report = (loaded: Loaded<unknown>, path: PathKey[], code: DiagnosticCode, message: string, hint: string) => void;

export function checkReferences(corpus: Corpus, treaties: LoadedTreaty[] = corpus.treaties): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (loaded, path, code, message, hint) => {
    diagnostics.push({
      severity: 'error',
      file: loaded.yaml.file,
      ...locate(loaded.yaml, path),
      code,
      message,
      hint,
      path: formatPath(path),
    });
  };
  const ctx = buildContext(corpus);
  if (corpus.states) checkStates(corpus.states as Loaded<unknown>, ctx, report);
  if (corpus.vocabulary) checkVocabulary(corpus.vocabulary as Loaded<unknown>, ctx, report);
  const treatyIds = new Set(corpus.treaties.map((t) => t.treaty.value.id));
  for (const treaty of treaties) checkTreaty(treaty, ctx, treatyIds, report);
  return diagnostics;
}

interface Context {
  corpus: Corpus;
  states: Map<string, { to: string | null }>;
  eventTypes: Map<string, EventType>;
  fluents: Set<string>;
  terms: Map<string, Set<string>>;
  continuatorOf: Map<string, string>;
}

function buildContext(corpus: Corpus): Context {
  const states = new Map((corpus.states?.value.states ?? []).map((s) => [s.code, { to: s.to }]));
  const vocab = corpus.vocabulary?.value;
  return {
    corpus,
    states,
    eventTypes: new Map((vocab?.eventTypes ?? []).map((e) => [e.id, e])),
    fluents: new Set((vocab?.fluents ?? []).map((f) => f.id)),
    terms: new Map((vocab?.terms ?? []).map((t) => [t.id, new Set(t.readings.map((r) => r.id))])),
    continuatorOf: new Map((corpus.states?.value.successions ?? []).map((s) => [s.predecessor, s.continuator])),
  };
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}

function list(names: Iterable<string>): string {
  const all = [...names].sort();
  return all.length > 12 ? `${all.slice(0, 12).join(', ')}, …` : all.join(', ');
}

function checkStates(loaded: Loaded<unknown>, ctx: Context, report: Report) {
  const file = ctx.corpus.states!.value;
  for (const i of duplicates(file.states, (s) => s.code)) {
    report(loaded, ['states', i, 'code'], 'duplicate-id', `state ${file.states[i]!.code} is defined twice`, 'keep one definition');
  }
  file.successions.forEach((s, i) => {
    for (const field of ['predecessor', 'continuator'] as const) {
      if (!ctx.states.has(s[field])) {
        report(
          loaded,
          ['successions', i, field],
          'unknown-state',
          `unknown state "${s[field]}"`,
          `define it in states.yaml, or use one of: ${list(ctx.states.keys())}`,
        );
      }
    }
  });
}

function checkVocabulary(loaded: Loaded<unknown>, ctx: Context, report: Report) {
  const vocab = ctx.corpus.vocabulary!.value;
  for (const [name, items] of [
    ['eventTypes', vocab.eventTypes],
    ['fluents', vocab.fluents],
    ['terms', vocab.terms],
  ] as const) {
    for (const i of duplicates<{ id: string }>(items, (x) => x.id)) {
      report(
        loaded,
        [name, i, 'id'],
        'duplicate-id',
        `"${items[i]!.id}" is defined twice in ${name}`,
        'keep one definition, or rename one',
      );
    }
  }
  vocab.fluents.forEach((fluent, f) => {
    for (const key of ['initiatedBy', 'terminatedBy'] as const) {
      fluent[key].forEach((effect, e) => {
        const type = ctx.eventTypes.get(effect.event);
        if (!type) {
          report(
            loaded,
            ['fluents', f, key, e, 'event'],
            'unknown-event-type',
            `unknown event type "${effect.event}"`,
            `define it under eventTypes, or use one of: ${list(ctx.eventTypes.keys())}`,
          );
        } else if (![...type.roles, ...type.optionalRoles].includes(effect.subject)) {
          report(
            loaded,
            ['fluents', f, key, e, 'subject'],
            'unknown-role',
            `event type "${effect.event}" has no field "${effect.subject}"`,
            `use one of its fields: ${list([...type.roles, ...type.optionalRoles])}`,
          );
        }
        checkReadingChoice(loaded, ['fluents', f, key, e, 'when'], effect.when, ctx, report);
      });
    }
  });
  vocab.terms.forEach((term, t) => {
    if (!term.readings.some((r) => r.id === term.default)) {
      report(
        loaded,
        ['terms', t, 'default'],
        'unknown-reading',
        `default reading "${term.default}" is not one of the term's readings`,
        `use one of: ${list(term.readings.map((r) => r.id))}`,
      );
    }
  });
}

function checkReadingChoice(
  loaded: Loaded<unknown>,
  path: PathKey[],
  choice: Record<string, string> | undefined,
  ctx: Context,
  report: Report,
) {
  for (const [term, reading] of Object.entries(choice ?? {})) {
    const readings = ctx.terms.get(term);
    if (!readings)
      report(
        loaded,
        [...path, term],
        'unknown-term',
        `unknown contested term "${term}"`,
        `define it under terms in vocabulary.yaml, or use one of: ${list(ctx.terms.keys())}`,
      );
    else if (!readings.has(reading))
      report(loaded, [...path, term], 'unknown-reading', `term "${term}" has no reading "${reading}"`, `use one of: ${list(readings)}`);
  }
}

function checkTreaty(t: LoadedTreaty, ctx: Context, treatyIds: Set<string>, report: Report) {
  const treaty = t.treaty.value;
  const loaded = t.treaty as Loaded<unknown>;
  const stateRef = (l: Loaded<unknown>, path: PathKey[], code: string) => {
    if (!ctx.states.has(code))
      report(l, path, 'unknown-state', `unknown state "${code}"`, `define it in states.yaml, or use one of: ${list(ctx.states.keys())}`);
  };
  const eventTypeRef = (l: Loaded<unknown>, path: PathKey[], id: string) => {
    if (!ctx.eventTypes.has(id))
      report(
        l,
        path,
        'unknown-event-type',
        `unknown event type "${id}"`,
        `define it in vocabulary.yaml, or use one of: ${list(ctx.eventTypes.keys())}`,
      );
  };

  treaty.parties.forEach((p, i) => stateRef(loaded, ['parties', i], p));
  if (treaty.registration) stateRef(loaded, ['registration', 'by'], treaty.registration.by);
  for (const i of duplicates(treaty.sources, (s) => s.id))
    report(
      loaded,
      ['sources', i, 'id'],
      'duplicate-id',
      `source "${treaty.sources[i]!.id}" is defined twice`,
      'give each source its own id',
    );
  for (const i of duplicates(treaty.provisions, (p) => p.id))
    report(
      loaded,
      ['provisions', i, 'id'],
      'duplicate-id',
      `provision "${treaty.provisions[i]!.id}" is defined twice`,
      'give each provision its own id',
    );

  const sourceIds = new Set(treaty.sources.map((s) => s.id));
  const sourceRef = (path: PathKey[], id: string) => {
    if (!sourceIds.has(id))
      report(loaded, path, 'unknown-source', `unknown source "${id}"`, `use one of this treaty's sources: ${list(sourceIds)}`);
  };
  if (treaty.signature.quote) sourceRef(['signature', 'quote', 'source'], treaty.signature.quote.source);
  treaty.nonOperative.forEach((n, i) => sourceRef(['nonOperative', i, 'quote', 'source'], n.quote.source));

  const provisionIds = new Map(treaty.provisions.map((p) => [p.id, p]));
  const lifecycle = treaty.lifecycle;
  eventTypeRef(loaded, ['lifecycle', 'entryIntoForce', 'event'], lifecycle.entryIntoForce.event);
  if (lifecycle.noticeEvent) eventTypeRef(loaded, ['lifecycle', 'noticeEvent'], lifecycle.noticeEvent);
  if (lifecycle.terminationEvent) eventTypeRef(loaded, ['lifecycle', 'terminationEvent'], lifecycle.terminationEvent);
  for (const [path, id] of [
    [['lifecycle', 'entryIntoForce', 'provision'], lifecycle.entryIntoForce.provision],
    [['lifecycle', 'durationProvision'], lifecycle.durationProvision],
  ] as const) {
    if (id === undefined) continue;
    const p = provisionIds.get(id);
    if (!p)
      report(loaded, [...path], 'unknown-provision', `unknown provision "${id}"`, 'name the procedural provision that carries this clause');
    else if (p.kind !== 'procedural')
      report(
        loaded,
        [...path],
        'not-procedural',
        `provision "${id}" is a ${p.kind}, not a procedural clause`,
        'point at the provision of kind "procedural" that carries this clause',
      );
  }

  treaty.provisions.forEach((p, i) => checkProvision(p, ['provisions', i], loaded, ctx, report, sourceRef, eventTypeRef));

  if (t.history) checkTimeline(t.history as Loaded<unknown>, t.history.value.events, ['events'], ctx, report, treaty.parties);
  const historyIds = new Set((t.history?.value.events ?? []).map((e) => e.id));
  for (const s of t.scenarios) checkScenario(s, ctx, report, treatyIds, historyIds, t);
}

function checkProvision(
  p: Provision,
  at: PathKey[],
  loaded: Loaded<unknown>,
  ctx: Context,
  report: Report,
  sourceRef: (path: PathKey[], id: string) => void,
  eventTypeRef: (l: Loaded<unknown>, path: PathKey[], id: string) => void,
) {
  sourceRef([...at, 'quote', 'source'], p.quote.source);
  const bound = new Set<string>();
  if (p.trigger) checkTrigger(p.trigger, [...at, 'trigger'], loaded, ctx, report, eventTypeRef, bound);
  for (const field of ['bearer', 'beneficiary'] as const) {
    const role = p[field];
    if (role === undefined) continue;
    if (!(STANDARD_ROLES as readonly string[]).includes(role) && !bound.has(role)) {
      report(
        loaded,
        [...at, field],
        'unknown-role',
        `unknown role "${role}"`,
        `use ${STANDARD_ROLES.join(', ')}${bound.size ? `, or a role the trigger binds: ${list(bound)}` : ', or bind it in the trigger'}`,
      );
    }
  }
  if (p.bearer === 'other-party' && p.beneficiary === 'other-party') {
    report(
      loaded,
      [...at, 'beneficiary'],
      'unknown-role',
      'bearer and beneficiary cannot both be "other-party"',
      'one of them must name the party the other is relative to',
    );
  }
  if (p.act) eventTypeRef(loaded, [...at, 'act', 'type'], p.act.type);
  const quote = normaliseQuote(p.quote.text);
  for (const [field, words] of [
    ['triggerText', p.triggerText],
    ['act', p.act?.text],
  ] as const) {
    if (words !== undefined && !quote.includes(normaliseQuote(words))) {
      const path = field === 'act' ? [...at, 'act', 'text'] : [...at, field];
      report(
        loaded,
        path,
        'words-not-in-quote',
        `${field === 'act' ? 'act.text' : field} "${words}" is not in the provision's quote`,
        "copy the words from the provision's own quote",
      );
    }
  }
  p.qualifiers.forEach((q, j) => {
    if (!quote.includes(normaliseQuote(q.text))) {
      report(
        loaded,
        [...at, 'qualifiers', j, 'text'],
        'qualifier-not-in-quote',
        `qualifier text "${q.text}" is not in the provision's quote`,
        "a qualifier names words of the provision's own quote: copy them from it",
      );
    }
    if (q.term && !ctx.terms.has(q.term)) {
      report(
        loaded,
        [...at, 'qualifiers', j, 'term'],
        'unknown-term',
        `unknown contested term "${q.term}"`,
        `define it under terms in vocabulary.yaml, or use one of: ${list(ctx.terms.keys())}`,
      );
    }
  });
}

function checkTrigger(
  trigger: Trigger,
  at: PathKey[],
  loaded: Loaded<unknown>,
  ctx: Context,
  report: Report,
  eventTypeRef: (l: Loaded<unknown>, path: PathKey[], id: string) => void,
  bound: Set<string>,
) {
  const conditions: [Condition, PathKey[]][] =
    'all' in trigger
      ? trigger.all.map((c, i) => [c, [...at, 'all', i]])
      : 'any' in trigger
        ? trigger.any.map((c, i) => [c, [...at, 'any', i]])
        : [[trigger, at]];
  for (const [condition, path] of conditions) {
    if ('event' in condition) {
      eventTypeRef(loaded, [...path, 'event'], condition.event);
      const type = ctx.eventTypes.get(condition.event);
      for (const [field, match] of Object.entries(condition.where)) {
        if (type && ![...type.roles, ...type.optionalRoles].includes(field as (typeof STATE_FIELDS)[number])) {
          report(
            loaded,
            [...path, 'where', field],
            'unknown-role',
            `event type "${condition.event}" has no field "${field}"`,
            `use one of its fields: ${list([...type.roles, ...type.optionalRoles])}`,
          );
        }
        if (match && /^[a-z]/.test(match) && !['any-state', 'party', 'non-party'].includes(match)) bound.add(match);
        else if (match && /^[A-Z]{3}$/.test(match) && !ctx.states.has(match)) {
          report(
            loaded,
            [...path, 'where', field],
            'unknown-state',
            `unknown state "${match}"`,
            `define it in states.yaml, or use one of: ${list(ctx.states.keys())}`,
          );
        }
      }
    } else {
      if (!ctx.fluents.has(condition.fluent)) {
        report(
          loaded,
          [...path, 'fluent'],
          'unknown-fluent',
          `unknown fluent "${condition.fluent}"`,
          `define it under fluents in vocabulary.yaml, or use one of: ${list(ctx.fluents)}`,
        );
      }
      bound.add(condition.subject);
    }
  }
}

function checkTimeline(
  loaded: Loaded<unknown>,
  events: readonly Event[],
  at: PathKey[],
  ctx: Context,
  report: Report,
  _parties: readonly string[],
) {
  for (const i of duplicates(events, (e) => e.id))
    report(loaded, [...at, i, 'id'], 'duplicate-id', `event id "${events[i]!.id}" is used twice`, 'give each event its own id');
  events.forEach((event, i) => {
    const path = [...at, i];
    const type = ctx.eventTypes.get(event.type);
    if (!type) {
      report(
        loaded,
        [...path, 'type'],
        'unknown-event-type',
        `unknown event type "${event.type}"`,
        `define it in vocabulary.yaml, or use one of: ${list(ctx.eventTypes.keys())}`,
      );
      return;
    }
    for (const field of type.roles) {
      if (event[field] === undefined)
        report(loaded, path, 'missing-role', `a "${event.type}" event needs "${field}"`, `add ${field}: with the state code`);
    }
    for (const field of STATE_FIELDS) {
      if (event[field] === undefined) continue;
      if (![...type.roles, ...type.optionalRoles].includes(field)) {
        report(
          loaded,
          [...path, field],
          'unexpected-role',
          `a "${event.type}" event has no field "${field}"`,
          `use its fields: ${list([...type.roles, ...type.optionalRoles])}`,
        );
      }
      statesIn(event, field).forEach((code, j) => {
        const fieldPath = Array.isArray(event[field]) ? [...path, field, j] : [...path, field];
        const state = ctx.states.get(code);
        if (!state) {
          report(
            loaded,
            fieldPath,
            'unknown-state',
            `unknown state "${code}"`,
            `define it in states.yaml, or use one of: ${list(ctx.states.keys())}`,
          );
        } else if (state.to && isOnOrAfter(event.date, state.to)) {
          const continuator = ctx.continuatorOf.get(code);
          report(
            loaded,
            fieldPath,
            'state-not-existing',
            `state "${code}" no longer existed on ${event.date} (it ended on ${state.to})`,
            continuator ? `name its continuator ${continuator}` : 'name the state that existed on that day',
          );
        }
      });
    }
  });
}

/** Checks a scenario file that lives outside the corpus (a user's own, given to `pacta run`). */
export function checkScenarioFile(corpus: Corpus, scenario: Loaded<ScenarioFile>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (loaded, path, code, message, hint) => {
    diagnostics.push({
      severity: 'error',
      file: loaded.yaml.file,
      ...locate(loaded.yaml, path),
      code,
      message,
      hint,
      path: formatPath(path),
    });
  };
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
  const { maxReadingsPerTerm, maxCombinations, maxEvents } = SCENARIO_LIMITS;
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
  if (scenario.events.length > maxEvents)
    report(loaded, ['events'], 'too-many-events', tooManyEvents(scenario.events.length), TOO_MANY_EVENTS_HINT);
}

export const TOO_MANY_EVENTS_HINT = `split the scenario into several, each with at most ${SCENARIO_LIMITS.maxEvents} events`;

export function tooManyEvents(count: number): string {
  return `events: ${count} events, over the limit of ${SCENARIO_LIMITS.maxEvents} per scenario`;
}

function checkScenario(
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
    const treaty = ctx.corpus.treaties.find((t) => t.treaty.value.id === treatyId);
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
  checkTimeline(loaded, scenario.events, ['events'], ctx, report, []);
  scenario.events.forEach((e, i) => {
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
    const treaty = ctx.corpus.treaties.find((t) => t.treaty.value.id === treatyId);
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
        if (code && !ctx.states.has(code))
          report(
            loaded,
            ['expect', i, 'obligation', field],
            'unknown-state',
            `unknown state "${code}"`,
            `use one of: ${list(ctx.states.keys())}`,
          );
      }
      checkReadingChoice(loaded, ['expect', i, 'reading'], x.reading, ctx, report);
    } else {
      if (x.party && !ctx.states.has(x.party))
        report(loaded, ['expect', i, 'party'], 'unknown-state', `unknown state "${x.party}"`, `use one of: ${list(ctx.states.keys())}`);
      checkReadingChoice(loaded, ['expect', i, 'reading'], x.reading, ctx, report);
    }
  });
}
