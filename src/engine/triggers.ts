/**
 * Triggers: when a provision's condition holds, and for which binding of its roles to parties.
 *
 * - An event condition fires only for events on days the treaty is in force.
 * - A fluent condition holds while the fluent holds and the treaty is in force, whenever the fluent
 *   began.
 * - `all` with a fluent: it holds from the first in-force day on which the fluent holds and every
 *   event condition has met a matching event (on an in-force day, since the fluent last ended), until
 *   the fluent or the treaty ends. Without a fluent, it fires on the day the last of its events occurs.
 * - `any`: each condition on its own.
 */
import type { IsoDate } from '../model/calendar.js';
import type { TimelineEvent } from '../model/compiled.js';
import { statesIn, type StateField } from '../model/event.js';
import type { Condition, EventCondition, FluentCondition, Trigger } from '../model/provision.js';
import type { FluentIndex, FluentSpan } from './fluents.js';
import type { Successions } from './succession.js';

export type Binding = Readonly<Record<string, string>>;

export interface Episode {
  binding: Binding;
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
  events: readonly TimelineEvent[];
  fluents: FluentIndex;
  inForce: readonly { from: IsoDate; to: IsoDate | null }[];
  successions: Successions;
}

const inForceOn = (ctx: TriggerContext, date: IsoDate) => ctx.inForce.some((s) => s.from <= date && (s.to === null || date < s.to));
const spanEndOn = (ctx: TriggerContext, date: IsoDate) => ctx.inForce.find((s) => s.from <= date && (s.to === null || date < s.to))?.to ?? null;

/** Does the event meet the condition under `binding`? The extended binding if so. */
export function matchEvent(cond: EventCondition, event: TimelineEvent, binding: Binding, ctx: TriggerContext): Binding | undefined {
  if (event.type !== cond.event) return undefined;
  let result: Record<string, string> = { ...binding };
  for (const [field, match] of Object.entries(cond.where) as [StateField, string][]) {
    const values = statesIn(event, field);
    let next: Record<string, string> | undefined;
    for (const value of values) {
      const party = ctx.successions.countsAs(value, ctx.parties, event.date);
      if (match === 'any-state') next = result;
      else if (match === 'party') next = party ? result : undefined;
      else if (match === 'non-party') next = party ? undefined : result;
      else if (/^[A-Z]{3}$/.test(match)) next = value === match ? result : undefined;
      else if (party && (result[match] === undefined || result[match] === party)) next = { ...result, [match]: party };
      if (next) break;
    }
    if (!next) return undefined;
    result = next;
  }
  return result;
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

function eventOnlyEpisodes(conds: readonly EventCondition[], ctx: TriggerContext): Episode[] {
  const [first, ...rest] = conds;
  if (!first) return [];
  const episodes: Episode[] = [];
  for (const event of ctx.events) {
    if (!inForceOn(ctx, event.date)) continue;
    let binding = matchEvent(first, event, {}, ctx);
    if (!binding) continue;
    const used = [event];
    for (const cond of rest) {
      const other = ctx.events.find((e) => e.date <= event.date && inForceOn(ctx, e.date) && matchEvent(cond, e, binding!, ctx));
      binding = other ? matchEvent(cond, other, binding, ctx) : undefined;
      if (!binding || !other) break;
      used.push(other);
    }
    if (binding) episodes.push({ binding, from: event.date, to: spanEndOn(ctx, event.date), instant: true, events: used, fluents: [] });
  }
  return episodes;
}

function fluentEpisodes(fluentConds: readonly FluentCondition[], eventConds: readonly EventCondition[], ctx: TriggerContext): Episode[] {
  const [driver, ...others] = fluentConds as [FluentCondition, ...FluentCondition[]];
  const episodes: Episode[] = [];
  const bySubject = ctx.fluents.get(driver.fluent) ?? new Map<string, FluentSpan[]>();
  for (const subject of [...bySubject.keys()].sort()) {
    const spans = bySubject.get(subject)!;
    spans.forEach((span, i) => {
      const party = ctx.successions.countsAs(subject, ctx.parties, span.from);
      if (!party) return;
      const windowStart = i > 0 ? spans[i - 1]!.to! : '0000-01-01';
      for (const force of ctx.inForce) {
        let pieces = [intersect(span, force)].filter((p): p is Piece => p !== undefined);
        const binding: Record<string, string> = { [driver.subject]: party };
        const fluentsUsed = [span];
        for (const other of others) {
          const bound = binding[other.subject];
          const otherSpans = [...(ctx.fluents.get(other.fluent) ?? new Map<string, FluentSpan[]>()).entries()]
            .filter(([s, list]) => list.length > 0 && (bound === undefined || ctx.successions.countsAs(s, ctx.parties, list[0]!.from) === bound))
            .flatMap(([, list]) => list);
          pieces = pieces.flatMap((p) => otherSpans.map((o) => intersect(p, o)).filter((x): x is Piece => x !== undefined));
          fluentsUsed.push(...otherSpans);
        }
        for (const piece of pieces) {
          let from = piece.from;
          let b: Binding = binding;
          const used: TimelineEvent[] = [span.initiatedBy];
          let ok = true;
          for (const cond of eventConds) {
            const hit = ctx.events.find(
              (e) => e.date >= windowStart && (piece.to === null || e.date < piece.to) && inForceOn(ctx, e.date) && matchEvent(cond, e, b, ctx) !== undefined,
            );
            if (!hit) {
              ok = false;
              break;
            }
            b = matchEvent(cond, hit, b, ctx)!;
            used.push(hit);
            if (hit.date > from) from = hit.date;
          }
          if (!ok || (piece.to !== null && from >= piece.to)) continue;
          if (span.terminatedBy && piece.to === span.to) used.push(span.terminatedBy);
          episodes.push({ binding: b, from, to: piece.to, instant: false, events: dedupe(used), fluents: fluentsUsed });
        }
      }
    });
  }
  return episodes;
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

function dedupe(events: TimelineEvent[]): TimelineEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.origin.kind}:${e.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
