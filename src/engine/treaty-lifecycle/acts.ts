/**
 * The events a treaty's lifecycle rests on, gathered from its view of the timeline: the entry act
 * or each state's instrument, accessions, notices, agreed ends, suspensions, outside ends and
 * refusals of provisional application. Each is counted for the party it acts for on its day (a
 * continuator for its predecessor).
 */
import { type CompiledTreaty, type IsoDate, statesIn } from '../../model/index.js';
import type { TimelineEvent, TreatyEvents } from '../event-index/index.js';
import type { Successions } from '../succession.js';

export interface LifecycleScope {
  treaty: CompiledTreaty;
  events: TreatyEvents;
  successions: Successions;
  /** Original parties, then acceders. */
  members: readonly string[];
}

/** A state's act, and the party it counts for. */
export interface PartyAct {
  party: string;
  event: TimelineEvent;
}

/** Does this event concern this treaty? Recorded history says so; a scenario event says so or names only its parties. */
export function concerns(event: TimelineEvent, scope: LifecycleScope): boolean {
  const id = scope.treaty.treaty.id;
  if (event.origin) return event.origin.treaty === id;
  if (event.treaty) return event.treaty === id;
  const named = [...statesIn(event, 'by'), ...statesIn(event, 'parties'), ...statesIn(event, 'to')];
  return named.length > 0 && named.every((s) => scope.successions.countsAs(s, scope.members, event.date) !== undefined);
}

/** The treaty's events of a type (none if the type is not given). */
export function own(scope: LifecycleScope, type: string | undefined): readonly TimelineEvent[] {
  return type === undefined ? [] : scope.events.ofType(type).filter((e) => concerns(e, scope));
}

/** The party an act of `state` on `date` counts for, among the members. */
export function partyOf(scope: LifecycleScope, state: string | undefined, date: IsoDate): string | undefined {
  return state === undefined ? undefined : scope.successions.countsAs(state, scope.members, date);
}

/** Each state's first act of a type (its `by`), in timeline order, counted for the party it acts for. */
export function firstActs(scope: LifecycleScope, type: string | undefined): PartyAct[] {
  const seen = new Set<string>();
  const out: PartyAct[] = [];
  for (const event of own(scope, type)) {
    const party = partyOf(scope, event.by, event.date);
    if (party === undefined || seen.has(party)) continue;
    seen.add(party);
    out.push({ party, event });
  }
  return out;
}

/**
 * Does a joint act cover every original party? One that names its parties must name them all (a
 * continuator counting for its predecessor); one that names none and is recorded for the treaty
 * (its history, or `treaty:`) does.
 */
export function coversAllParties(event: TimelineEvent, scope: LifecycleScope): boolean {
  if (event.parties === undefined) return event.origin !== undefined || event.treaty !== undefined;
  const covered = new Set(statesIn(event, 'parties').map((s) => scope.successions.countsAs(s, scope.treaty.treaty.parties, event.date)));
  return scope.treaty.treaty.parties.every((p) => covered.has(p));
}
