/** Reference checks of one treaty: its parties, sources, lifecycle, provisions and triggers, then its history and scenarios. */
import { type Loaded, type LoadedTreaty, type PathKey } from '../corpus/index.js';
import { type Provision, STANDARD_ROLES, STATE_FIELDS, type Trigger } from '../model/index.js';
import { normaliseQuote } from './quote-match.js';
import {
  conditionsAt,
  type Context,
  reportUnknownEventType,
  duplicates,
  list,
  type Report,
  reportTerritory,
  reportUnknownState,
  termReadings,
} from './reference-context.js';
import { checkTimeline } from './references-history.js';
import { checkLifecycle } from './references-lifecycle.js';
import { checkActorRef, checkScope } from './references-places.js';
import { checkProvisionRules } from './references-rules.js';
import { checkScenario } from './references-scenario.js';

export function checkTreaty(t: LoadedTreaty, ctx: Context, treatyIds: Set<string>, report: Report) {
  const treaty = t.treaty.value;
  const loaded = t.treaty as Loaded<unknown>;
  const stateRef = (l: Loaded<unknown>, path: PathKey[], code: string) => {
    if (!ctx.states.has(code)) reportUnknownState(l, path, code, ctx, report);
    else reportTerritory(l, path, code, ctx, report);
  };
  const eventTypeRef = (l: Loaded<unknown>, path: PathKey[], id: string) => {
    if (!ctx.eventTypes.has(id)) reportUnknownEventType(l, path, id, ctx, report);
  };

  treaty.parties.forEach((p, i) => stateRef(loaded, ['parties', i], p));
  if (treaty.registration) stateRef(loaded, ['registration', 'by'], treaty.registration.by);
  for (const [kind, items] of [
    ['source', treaty.sources],
    ['provision', treaty.provisions],
  ] as const)
    for (const i of duplicates<{ id: string }>(items, (x) => x.id))
      report(loaded, [`${kind}s`, i, 'id'], 'duplicate-id', `${kind} "${items[i]!.id}" is defined twice`, `give each ${kind} its own id`);

  const sourceIds = new Set(treaty.sources.map((s) => s.id));
  const sourceRef = (path: PathKey[], id: string) => {
    if (!sourceIds.has(id))
      report(loaded, path, 'unknown-source', `unknown source "${id}"`, `use one of this treaty's sources: ${list(sourceIds)}`);
  };
  if (treaty.signature.quote) sourceRef(['signature', 'quote', 'source'], treaty.signature.quote.source);
  treaty.nonOperative.forEach((n, i) => sourceRef(['nonOperative', i, 'quote', 'source'], n.quote.source));

  checkLifecycle(t, ctx, report, {
    eventType: (path, id) => eventTypeRef(loaded, path, id),
    state: (path, code) => stateRef(loaded, path, code),
  });

  const refs: NameRefs = { source: sourceRef, eventType: eventTypeRef, state: stateRef };
  treaty.provisions.forEach((p, i) => checkProvision(p, ['provisions', i], loaded, ctx, report, refs, treaty.parties));
  checkProvisionRules(t, ctx, report);

  if (t.history) checkTimeline(t.history as Loaded<unknown>, t.history.value.events, ['events'], ctx, report, treaty.parties);
  const historyIds = new Set((t.history?.value.events ?? []).map((e) => e.id));
  for (const s of t.scenarios) checkScenario(s, ctx, report, treatyIds, historyIds, t);
}

/** The treaty's checks of a name it uses: each reports an undefined one. */
interface NameRefs {
  source: (path: PathKey[], id: string) => void;
  eventType: (l: Loaded<unknown>, path: PathKey[], id: string) => void;
  state: (l: Loaded<unknown>, path: PathKey[], code: string) => void;
}

function checkProvision(
  p: Provision,
  at: PathKey[],
  loaded: Loaded<unknown>,
  ctx: Context,
  report: Report,
  refs: NameRefs,
  parties: readonly string[],
) {
  refs.source([...at, 'quote', 'source'], p.quote.source);
  p.exceptions?.forEach((e, j) => refs.source([...at, 'exceptions', j, 'quote', 'source'], e.quote.source));
  const bound = new Set<string>();
  if (p.trigger) checkTrigger(p.trigger, [...at, 'trigger'], loaded, ctx, report, refs, bound);
  if (p.scope) checkScope(loaded, [...at, 'scope'], p.scope, bound, parties, ctx, report);
  for (const field of ['bearer', 'beneficiary'] as const) {
    const role = p[field];
    if (role === undefined) continue;
    // A non-state actor (beneficiary UNSC: "reported to the Security Council"): it must be defined.
    if (checkActorRef(loaded, [...at, field], role, ctx, report)) continue;
    // A role may name a state (a depositary: "the Government of the United States of America"): it must be defined.
    if (/^[A-Z]{3}$/.test(role)) {
      refs.state(loaded, [...at, field], role);
      continue;
    }
    if (!(STANDARD_ROLES as readonly string[]).includes(role) && !bound.has(role)) {
      report(
        loaded,
        [...at, field],
        'unknown-role',
        `unknown role "${role}"`,
        `use ${STANDARD_ROLES.join(', ')}${bound.size ? `, or a role the trigger binds: ${list(bound)}` : ', or bind it in the trigger'}, or a state's code (a depositary)`,
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
  if (p.act) refs.eventType(loaded, [...at, 'act', 'type'], p.act.type);
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
    if (q.term) termReadings(loaded, [...at, 'qualifiers', j, 'term'], q.term, ctx, report);
  });
}

function checkTrigger(
  trigger: Trigger,
  at: PathKey[],
  loaded: Loaded<unknown>,
  ctx: Context,
  report: Report,
  refs: NameRefs,
  bound: Set<string>,
) {
  for (const [condition, path] of conditionsAt(trigger, at)) {
    if ('event' in condition) {
      refs.eventType(loaded, [...path, 'event'], condition.event);
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
        if (match && /^[a-z]/.test(match) && !['any-state', 'any-actor', 'party', 'non-party'].includes(match)) bound.add(match);
        else if (match && /^[A-Z]{3}$/.test(match)) refs.state(loaded, [...path, 'where', field], match);
      }
    } else if ('fluent' in condition) {
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
