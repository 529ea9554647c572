/**
 * Reference checks of the rules issue 15 added to provisions and events: exceptions (the act they
 * require a vocabulary event type; their quotes are found with provisions'), what counts
 * as performance by reading (`act.kindByReading`: a contested term, and exactly its readings),
 * invocations (a condition's `article` one the treaty has; an event's `article` with the treaty it
 * invokes), and dates: a lifecycle act's day must be exact, since lifecycles are computed from exact
 * dates. `inForceFor` conditions need no reference check (their schema is the whole check).
 */
import { type Loaded, type LoadedTreaty, type PathKey } from '../corpus/index.js';
import { type Event, type Provision } from '../model/index.js';
import { checkByReading, checkKinds, conditionsAt, type Context, reportUnknownEventType, list, type Report } from './reference-context.js';

/** The articles a treaty's provisions are in ("unknown" is no article one can name). */
function articlesOf(t: LoadedTreaty): Set<string> {
  return new Set(t.treaty.value.provisions.map((p) => p.article).filter((a) => a !== 'unknown'));
}

/**
 * Exceptions, kinds by reading and invocations of each of the treaty's provisions. An exception's
 * quote is found in its source where provisions' quotes are (src/check/compile.ts), its source named
 * where theirs is (references-treaty.ts).
 */
export function checkProvisionRules(t: LoadedTreaty, ctx: Context, report: Report) {
  const articles = articlesOf(t);
  t.treaty.value.provisions.forEach((p, i) => checkRules(p, ['provisions', i], t, articles, ctx, report));
}

function checkRules(p: Provision, at: PathKey[], t: LoadedTreaty, articles: Set<string>, ctx: Context, report: Report) {
  const loaded = t.treaty as Loaded<unknown>;
  p.exceptions?.forEach((exception, j) => {
    const path = [...at, 'exceptions', j];
    const type = exception.requires?.event;
    if (type !== undefined && !ctx.eventTypes.has(type))
      reportUnknownEventType(
        loaded,
        [...path, 'requires', 'event'],
        type,
        ctx,
        report,
        'the act an exception requires is an event type of vocabulary.yaml (e.g. a report to the Security Council): define it there',
      );
  });
  // The kinds an act names (or an exception excuses) are kinds its event type lists.
  const actType = p.act ? ctx.eventTypes.get(p.act.type) : undefined;
  if (p.act && actType) {
    checkKinds(loaded, [...at, 'act', 'kind'], p.act.kind, actType, ctx, report);
    for (const [reading, kinds] of Object.entries(p.act.kindByReading?.readings ?? {}))
      checkKinds(loaded, [...at, 'act', 'kindByReading', 'readings', reading], kinds, actType, ctx, report);
    p.exceptions?.forEach((exception, j) => checkKinds(loaded, [...at, 'exceptions', j, 'kind'], exception.kind, actType, ctx, report));
  }
  const byReading = p.act?.kindByReading;
  if (byReading)
    checkByReading(loaded, [...at, 'act', 'kindByReading'], byReading, ctx, report, {
      what: 'kinds of act',
      hint: (reading, readings) =>
        `add readings.${reading}: the kinds of act that count under that reading (every reading of the term needs them: ${readings})`,
    });
  // A time in force bounds every alternative or none: inside `any` it would bound nothing.
  const trigger = p.trigger;
  if (trigger && 'any' in trigger)
    trigger.any.forEach((c, i) => {
      if ('inForceFor' in c)
        report(
          loaded,
          [...at, 'trigger', 'any', i],
          'misplaced-condition',
          'a time-in-force condition inside "any" would hold on its own, bounding none of the others',
          'put it in an "all" with the conditions it bounds ({ all: [ …, { inForceFor: … } ] }), or alone as the trigger',
        );
    });
  for (const [condition, path] of conditionsAt(p.trigger, [...at, 'trigger'])) {
    if (!('event' in condition) || condition.article === undefined || articles.has(condition.article)) continue;
    report(
      loaded,
      [...path, 'article'],
      'unknown-article',
      `treaty "${t.treaty.value.id}" has no provision in article "${condition.article}"`,
      `an invocation names an article of this treaty: one of ${list(articles)}`,
    );
  }
}

/**
 * An event's dates and invocations (history or scenario): a lifecycle act may be neither uncertain
 * nor disputed, and an event that invokes an article names the treaty, which must have that article.
 */
export function checkEventRules(loaded: Loaded<unknown>, event: Event, path: PathKey[], ctx: Context, report: Report) {
  const lifecycle = ctx.eventTypes.get(event.type)?.lifecycle;
  if (lifecycle !== undefined)
    for (const field of ['uncertain', 'disputed'] as const) {
      if (event[field] === undefined) continue;
      report(
        loaded,
        [...path, field],
        'uncertain-lifecycle-date',
        `a lifecycle act needs an exact date: a "${event.type}" event (${lifecycle}) cannot be ${field}, since lifecycles are computed from exact dates`,
        field === 'uncertain'
          ? 'give the day the act is known to have taken effect as date and remove uncertain (say what is unsure in note:); try another day in a scenario'
          : 'record the date you rely on and say why in note:; try the other date in a scenario that drops this event and adds it with that date',
      );
    }
  if (event.article === undefined) return;
  if (event.treaty === undefined) {
    report(
      loaded,
      [...path, 'article'],
      'missing-treaty',
      `event "${event.id}" invokes article "${event.article}" but names no treaty`,
      `add treaty: with the id of the treaty whose article it invokes (one of: ${list(ctx.treaties.keys())})`,
    );
    return;
  }
  const treaty = ctx.treaties.get(event.treaty);
  if (!treaty) return; // an unknown treaty: reported where the treaty is checked
  const articles = articlesOf(treaty);
  if (!articles.has(event.article))
    report(
      loaded,
      [...path, 'article'],
      'unknown-article',
      `treaty "${event.treaty}" has no provision in article "${event.article}"`,
      `an event invokes an article of the treaty it names: one of ${list(articles)}`,
    );
}
