/**
 * Triggers: when a provision's condition holds, and for which binding of its roles to parties.
 *
 * - An event condition fires only for events on days the treaty is in force.
 * - A fluent condition holds while the fluent holds and the treaty is in force, whenever the fluent
 *   began.
 * - `all` with a fluent (a situation): it holds from the first in-force day on which the fluent holds
 *   and every event condition has met a matching event since the fluent last ended, until the fluent
 *   or the treaty ends. The events may precede the treaty: a situation that began before entry into
 *   force and continues is covered from the day the treaty applies (VCLT Art. 28); one that ended
 *   before it is not, nor is an act completed before it (an event condition alone). With several fluents, while all of them hold, each for a party:
 *   the one its role is already bound to, or any party (the role is then bound to it); the episode
 *   cites the events that started each, and the one that ended the fluent whose end ends it.
 *   Without a fluent, it fires on the day the last of its events occurs.
 * - `any`: each condition on its own.
 *
 * Cost: each condition looks only at the treaty's events of its own type (TreatyEvents), filtered
 * once per binding and then searched by date; no condition scans the treaty's whole timeline.
 */
import {
  type Condition,
  type EventCondition,
  type FluentCondition,
  type IsoDate,
  isStateCode,
  type StateField,
  type Trigger,
} from '../model/index.js';
import { ANY_FIELD, FIELD_BITS, type Selection, type TimelineEvent, type TreatyEvents } from './event-index/index.js';
import type { FluentIndex, FluentSpan } from './fluents.js';
import type { Successions } from './succession.js';

export type Binding = Readonly<Record<string, string>>;

export interface Episode {
  binding: Binding;
  /** `bindingKey(binding)`, computed once. */
  bindingKey: string;
  from: IsoDate;
  /** When the trigger stops holding (the fluent or the treaty ends); null: it still holds. */
  to: IsoDate | null;
  /** True for a trigger on events alone: it fires on a day and does not "end". */
  instant: boolean;
  events: TimelineEvent[];
  fluents: FluentSpan[];
}

export interface TriggerContext {
  parties: readonly string[];
  /** The treaty's events (its parties' and their continuators'), by type. */
  events: TreatyEvents;
  fluents: FluentIndex;
  inForce: readonly { from: IsoDate; to: IsoDate | null }[];
  successions: Successions;
  /** The treaty evaluated: an invocation must be of one of its articles (an event naming another treaty does not count). */
  treatyId?: string;
}

export const inForceOn = (ctx: Pick<TriggerContext, 'inForce'>, date: IsoDate): boolean =>
  ctx.inForce.some((s) => s.from <= date && (s.to === null || date < s.to));
const spanEndOn = (ctx: TriggerContext, date: IsoDate) =>
  ctx.inForce.find((s) => s.from <= date && (s.to === null || date < s.to))?.to ?? null;

/** A binding as a memo key: its entries in key order. */
export function bindingKey(binding: Binding): string {
  const keys = Object.keys(binding);
  if (keys.length === 0) return '';
  if (keys.length > 1) keys.sort();
  return keys.map((k) => `${k}=${binding[k]}`).join(';');
}

type MatchKind = 'any-state' | 'any-actor' | 'party' | 'non-party' | 'state' | 'role';

interface CompiledCondition {
  /** The `where` constraints in file order. */
  fields: { field: StateField; match: string; kind: MatchKind }[];
  /** A memo key for the constraints. */
  key: string;
}

const compiledConditions = new WeakMap<EventCondition, CompiledCondition>();

function compile(cond: EventCondition): CompiledCondition {
  let c = compiledConditions.get(cond);
  if (!c) {
    const fields = (Object.entries(cond.where) as [StateField, string][]).map(([field, match]) => ({
      field,
      match,
      kind: (match === 'any-state' || match === 'any-actor' || match === 'party' || match === 'non-party'
        ? match
        : isStateCode(match)
          ? 'state'
          : 'role') as MatchKind,
    }));
    compiledConditions.set(
      cond,
      (c = { fields, key: JSON.stringify(cond.where) + (cond.article === undefined ? '' : `#${cond.article}`) }),
    );
  }
  return c;
}

/** The roles an event condition binds (a `where` value that is no keyword and no state's code). */
export function rolesOf(cond: EventCondition): string[] {
  return compile(cond)
    .fields.filter((f) => f.kind === 'role')
    .map((f) => f.match);
}

/** Does the event meet the condition under `binding`? The extended binding if so. */
export function matchEvent(
  cond: EventCondition,
  event: TimelineEvent,
  binding: Binding,
  ctx: Pick<TriggerContext, 'parties' | 'successions' | 'treatyId'>,
): Binding | undefined {
  if (event.type !== cond.event) return undefined;
  // An invocation of an article: the event must invoke that one, of this treaty.
  if (cond.article !== undefined && (event.article !== cond.article || (event.treaty !== undefined && event.treaty !== ctx.treatyId)))
    return undefined;
  let result: Binding = binding;
  for (const { field, match, kind } of compile(cond).fields) {
    const raw = event[field];
    let next: Binding | undefined;
    if (typeof raw === 'string') next = matchValue(raw, match, kind, result, event.date, ctx);
    else if (raw !== undefined) {
      for (const value of raw) {
        next = matchValue(value, match, kind, result, event.date, ctx);
        if (next) break;
      }
    }
    if (!next) return undefined;
    result = next;
  }
  return result;
}

/** One state named in a field against one constraint: the binding it leaves, or undefined. */
function matchValue(
  value: string,
  match: string,
  kind: MatchKind,
  binding: Binding,
  date: IsoDate,
  ctx: Pick<TriggerContext, 'parties' | 'successions'>,
): Binding | undefined {
  switch (kind) {
    case 'any-actor':
      return binding;
    case 'any-state':
      // A state, not a non-state actor (an armed group, an organ: codes of four or more characters).
      return isStateCode(value) ? binding : undefined;
    case 'state':
      return value === match ? binding : undefined;
    case 'party':
      return ctx.successions.countsAs(value, ctx.parties, date) ? binding : undefined;
    case 'non-party':
      return ctx.successions.countsAs(value, ctx.parties, date) ? undefined : binding;
    case 'role': {
      const party = ctx.successions.countsAs(value, ctx.parties, date);
      if (!party) return undefined;
      const bound = binding[match];
      if (bound === undefined) return { ...binding, [match]: party };
      return bound === party ? binding : undefined;
    }
  }
}

/**
 * Where to look for events that can meet `cond` under `binding`: where a field must name a party
 * (or the party a role is bound to), only the events naming one of its actors in that field; else
 * every event of the type naming one of the treaty's actors.
 */
function selectionFor(cond: EventCondition, binding: Binding, ctx: TriggerContext): Selection {
  let narrowest: { field: StateField; states: readonly string[] } | undefined;
  for (const { field, match, kind } of compile(cond).fields) {
    if (kind !== 'party' && kind !== 'role') continue;
    const bound = kind === 'role' ? binding[match] : undefined;
    if (bound !== undefined) {
      narrowest = { field, states: ctx.successions.actorsOf(bound) };
      break;
    }
    narrowest ??= { field, states: ctx.events.actors };
  }
  return { type: cond.event, states: narrowest?.states ?? ctx.events.actors, fields: narrowest ? FIELD_BITS[narrowest.field] : ANY_FIELD };
}

/** Every event that meets `cond` under `binding` on a day the treaty is in force, in timeline order. */
function inForceMatches(cond: EventCondition, binding: Binding, ctx: TriggerContext): readonly TimelineEvent[] {
  const key = `cond:${cond.event}|${compile(cond).key}|${bindingKey(binding)}`;
  return ctx.events.matching(key, () => ({
    selection: selectionFor(cond, binding, ctx),
    test: (e) => inForceOn(ctx, e.date) && matchEvent(cond, e, binding, ctx) !== undefined,
  }));
}

/** Where to look for `cond` under `binding`, memoized per treaty view. */
function memoSelection(cond: EventCondition, binding: Binding, key: string, ctx: TriggerContext): Selection {
  return ctx.events.memo(`selection:${cond.event}|${compile(cond).key}|${key}`, () => selectionFor(cond, binding, ctx));
}

export function triggerEpisodes(trigger: Trigger, ctx: TriggerContext): Episode[] {
  if ('any' in trigger) return trigger.any.flatMap((c) => allEpisodes([c], ctx));
  if ('all' in trigger) return allEpisodes(trigger.all, ctx);
  return allEpisodes([trigger], ctx);
}

function allEpisodes(conditions: readonly Condition[], ctx: TriggerContext): Episode[] {
  const fluentConds = conditions.filter((c): c is FluentCondition => 'fluent' in c);
  const eventConds = conditions.filter((c): c is EventCondition => 'event' in c);
  return fluentConds.length === 0 ? eventOnlyEpisodes(eventConds, ctx) : fluentEpisodes(fluentConds, eventConds, ctx);
}

/**
 * A trigger on events alone fires on the day the last of its events occurs: each matching event of
 * any condition, with every other condition met by an event on or before its day, whatever order the
 * conditions are written in. Two events on one day give one episode (per binding).
 */
function eventOnlyEpisodes(conds: readonly EventCondition[], ctx: TriggerContext): Episode[] {
  const found = new Map<string, Episode>();
  conds.forEach((last, lastIndex) => {
    for (const event of inForceMatches(last, {}, ctx)) {
      let binding = matchEvent(last, event, {}, ctx);
      if (!binding) continue;
      const used: TimelineEvent[] = [];
      for (const [i, cond] of conds.entries()) {
        if (i === lastIndex) {
          used.push(event);
          continue;
        }
        // The earliest matching in-force event, if it is on or before the last one's day.
        const other: TimelineEvent | undefined = inForceMatches(cond, binding, ctx)[0];
        binding = other && other.date <= event.date ? matchEvent(cond, other, binding, ctx) : undefined;
        if (!binding || !other) break;
        used.push(other);
      }
      if (!binding) continue;
      const key = bindingKey(binding);
      const id = `${event.date}|${key}`;
      if (!found.has(id))
        found.set(id, {
          binding,
          bindingKey: key,
          from: event.date,
          to: spanEndOn(ctx, event.date),
          instant: true,
          events: used,
          fluents: [],
        });
    }
  });
  // Timeline order: by day, then as found (conditions in file order, their events in timeline order).
  return [...found.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function fluentEpisodes(fluentConds: readonly FluentCondition[], eventConds: readonly EventCondition[], ctx: TriggerContext): Episode[] {
  const [driver, ...others] = fluentConds as [FluentCondition, ...FluentCondition[]];
  const episodes: Episode[] = [];
  const bySubject = ctx.fluents.get(driver.fluent);
  const inForce = ctx.inForce;
  if (!bySubject || inForce.length === 0) return episodes;
  const firstDay = inForce[0]!.from;
  const lastEnd = inForce[inForce.length - 1]!.to;
  // One binding object per party (with its key and the event conditions' selections under it), so
  // that the episodes of one party share them.
  const bound = new Map<string, { binding: Binding; key: string; selections: Selection[] }>();
  const boundTo = (party: string) => {
    let entry = bound.get(party);
    if (!entry) {
      const binding: Binding = { [driver.subject]: party };
      const key = bindingKey(binding);
      bound.set(party, (entry = { binding, key, selections: eventConds.map((cond) => memoSelection(cond, binding, key, ctx)) }));
    }
    return entry;
  };
  // Only the treaty's actors can count as its parties: the subjects to look at, in code order.
  for (const subject of ctx.events.actors) {
    const spans = bySubject.get(subject);
    if (!spans) continue;
    // Spans are in date order and disjoint: skip those that end before the treaty is first in force.
    for (let i = firstEndingAfter(spans, firstDay); i < spans.length; i++) {
      const span = spans[i]!;
      if (lastEnd !== null && span.from >= lastEnd) break;
      // The subject counts as a party from the span's start, or from the day a succession makes it
      // act for one (a fluent that began before holds for the party from then on).
      // A party's own span counts from its start; else a succession may make the subject act for one.
      const counted = ctx.parties.includes(subject)
        ? { party: subject, from: span.from }
        : ctx.successions.countsFrom(subject, ctx.parties, span.from, span.to);
      if (!counted) continue;
      const party = boundTo(counted.party);
      const windowStart = i > 0 ? spans[i - 1]!.to! : '0000-01-01';
      const spanOnly = [span];
      for (const force of inForce) {
        const overlap = intersect({ from: counted.from, to: span.to }, force);
        if (!overlap) continue;
        // Written out, not spread from `overlap`: copying an object by spread here cost a sixth of a
        // 10⁶-event run (measured), one piece per span and in-force span.
        const held: HeldPiece = { from: overlap.from, to: overlap.to, spans: spanOnly, binding: party.binding };
        for (const piece of others.length === 0 ? [held] : heldPieces(held, others, ctx)) {
          const episode = pieceEpisode(party, windowStart, piece, eventConds, ctx);
          if (episode) episodes.push(episode);
        }
      }
    }
  }
  return episodes;
}

/** A piece of time in which fluent conditions hold: the spans that make it, and the roles they bind. */
interface HeldPiece extends Piece {
  spans: FluentSpan[];
  binding: Binding;
}

/**
 * The pieces of `piece` in which every other fluent condition holds too, each for a party: the one
 * its role is bound to, or any party (binding the role to it). A subject counts as a party from the
 * start of its span, or from the day a succession makes it act for one.
 */
function heldPieces(piece: HeldPiece, others: readonly FluentCondition[], ctx: TriggerContext): HeldPiece[] {
  let pieces = [piece];
  for (const other of others) {
    const next: HeldPiece[] = [];
    for (const p of pieces) {
      const bound = p.binding[other.subject];
      for (const [subject, spans] of ctx.fluents.get(other.fluent) ?? []) {
        for (const o of spans) {
          const counted = ctx.successions.countsFrom(subject, ctx.parties, o.from, o.to);
          if (!counted || (bound !== undefined && counted.party !== bound)) continue;
          const meet = intersect(p, { from: counted.from, to: o.to });
          if (meet)
            next.push({
              from: meet.from,
              to: meet.to,
              spans: [...p.spans, o],
              binding: bound === undefined ? { ...p.binding, [other.subject]: counted.party } : p.binding,
            });
        }
      }
    }
    pieces = next;
  }
  return pieces;
}

/**
 * The episode of one piece of time in which the fluent conditions hold (and the treaty is in force),
 * its first span the driving fluent's: from the day the last event condition is met (each by its
 * first matching in-force event since the driving fluent last ended), until the piece ends; none if an event condition is not met in time.
 * Its events: those that started each fluent, those that met the event conditions, and the one that
 * ended the fluent whose end ends the piece.
 */
function pieceEpisode(
  party: { binding: Binding; key: string; selections: readonly Selection[] },
  windowStart: IsoDate,
  piece: HeldPiece,
  eventConds: readonly EventCondition[],
  ctx: TriggerContext,
): Episode | undefined {
  const fluentsUsed = piece.spans;
  let from = piece.from;
  let b: Binding = piece.binding;
  const used: TimelineEvent[] = [];
  for (const f of fluentsUsed) addOnce(used, f.initiatedBy);
  for (let c = 0; c < eventConds.length; c++) {
    const cond = eventConds[c]!;
    const selection = b === party.binding ? party.selections[c]! : memoSelection(cond, b, bindingKey(b), ctx);
    // The events that make the situation (the attack that put a party in a state of war) may
    // precede the treaty: a situation that continues is covered from the day the treaty applies
    // (VCLT Art. 28), so they are looked for since the situation began, in force or not.
    const hit = ctx.events.first(selection, windowStart, piece.to, (e) => matchEvent(cond, e, b, ctx) !== undefined);
    if (!hit) return undefined;
    b = matchEvent(cond, hit, b, ctx)!;
    addOnce(used, hit);
    if (hit.date > from) from = hit.date;
  }
  if (piece.to !== null && from >= piece.to) return undefined;
  for (const f of fluentsUsed) if (f.terminatedBy && piece.to === f.to) addOnce(used, f.terminatedBy);
  return {
    binding: b,
    bindingKey: b === party.binding ? party.key : bindingKey(b),
    from,
    to: piece.to,
    instant: false,
    events: used,
    fluents: fluentsUsed,
  };
}

/** The index of the first span that ends after `day` (an open span never ends). */
function firstEndingAfter(spans: readonly FluentSpan[], day: IsoDate): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const to = spans[mid]!.to;
    if (to !== null && to <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Piece {
  from: IsoDate;
  to: IsoDate | null;
}

function intersect(a: Piece, b: Piece): Piece | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to === null ? b.to : b.to === null ? a.to : a.to < b.to ? a.to : b.to;
  return to === null || from < to ? { from, to } : undefined;
}

/** Adds `event` to `events` unless it is there (a timeline holds each event as one object). */
function addOnce(events: TimelineEvent[], event: TimelineEvent): void {
  if (!events.includes(event)) events.push(event);
}
