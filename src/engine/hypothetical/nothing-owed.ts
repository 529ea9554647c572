/**
 * Why a duty the hypothetical event would trigger binds no one, for one pair: read from the run's
 * own timelines in the order that decides it — the treaty not in force that day, then a state not
 * a party that day (never, not yet, no longer), the bearer's obligations towards the beneficiary
 * suspended, a condition that does not hold, the place outside the area — with the day each
 * status begins or ends. The engine's why-not stays the row's last explanation step.
 */
import {
  endInWords,
  isActorCode,
  isStateCode,
  type IsoDate,
  type NothingOwedReason,
  type ObligationResult,
  placesOf,
  spanInWords,
  type Provision,
  type TreatyTimeline,
  type Event,
} from '../../model/index.js';
import { type Places, scopeMatch } from '../places.js';
import type { Successions } from '../succession.js';
import { BINDING, stretchOn } from './grounds.js';

export interface Reason {
  reason: NothingOwedReason;
  /** The state the reason is about, where it is one. */
  state?: string;
  /** The day that decides it: bound from (not yet), bound until (no longer), suspended since. */
  on?: IsoDate;
  text: string;
}

export interface ReasonInput {
  row: ObligationResult;
  provision: Provision;
  treaty: TreatyTimeline;
  event: Event;
  binding: Readonly<Record<string, string>>;
  successions: Successions;
  places: Places;
}

export function nothingOwedReason(input: ReasonInput): Reason {
  const { row, treaty, event, successions } = input;
  const day = event.date;
  const T = treaty.id;
  const whole = stretchOn(treaty.intervals, day);
  if (!whole || !BINDING.has(whole.status))
    return {
      reason: 'treaty-not-in-force',
      text: `${T} is ${whole?.status ?? 'not-in-force'} on ${day}${whole?.to ? `: ${whole.status} ${spanInWords(whole.from, whole.to)}` : whole?.from ? ` (since ${whole.from})` : ''}.`,
    };
  // A state or actor the provision names itself (the Security Council a report is owed to) is no party.
  const named = new Set(
    [input.provision.bearer, input.provision.beneficiary].filter((r) => r !== undefined && (isStateCode(r) || isActorCode(r))),
  );
  const pairParties = [...row.bearer.split('+'), ...(row.beneficiary ? [row.beneficiary] : [])].filter((p) => !named.has(p));
  for (const party of pairParties) {
    const reason = notBound(party, treaty, day, successions);
    if (reason) return reason;
  }
  const suspension = (treaty.suspensions ?? []).find(
    (s) => s.bearer === row.bearer && s.beneficiary === row.beneficiary && s.from <= day && (s.to === null || day < s.to),
  );
  if (suspension) {
    const bearer = successions.actingFor(suspension.bearer, day);
    return {
      reason: 'suspended',
      state: bearer,
      on: suspension.from,
      text: `${bearer}'s obligations towards ${successions.actingFor(suspension.beneficiary, day)} under ${T} are suspended on ${day}: suspended ${suspension.to ? spanInWords(suspension.from, suspension.to) : `since ${suspension.from}`}.`,
    };
  }
  const why = row.explanation[row.explanation.length - 1]?.text ?? '';
  if (row.outcome === 'not-triggered') return { reason: 'not-triggered', text: why };
  const scope = input.provision.scope;
  if (scope && scopeMatch(scope, placesOf(event), input.binding, day, input.places) === 'out') return { reason: 'outside-area', text: why };
  return { reason: 'other', text: why };
}

/** Why a party is not bound on the day (undefined: it is). */
export function notBound(party: string, treaty: TreatyTimeline, day: IsoDate, successions: Successions): Reason | undefined {
  const timeline = treaty.parties.find((p) => p.party === party);
  const state = successions.actingFor(party, day);
  if (!timeline) return { reason: 'not-a-party', state, text: `${state} is not a party to ${treaty.id}.` };
  const now = stretchOn(timeline.intervals, day);
  if (now && BINDING.has(now.status)) return undefined;
  const bound = timeline.intervals.filter((i) => BINDING.has(i.status));
  const later = bound.find((i) => i.from !== null && i.from > day);
  const earlier = [...bound].reverse().find((i) => i.to !== null && i.to <= day);
  if (earlier) {
    const cause = now?.cause ? ` (${now.cause})` : '';
    return {
      reason: 'no-longer-a-party',
      state,
      on: earlier.to!,
      text: `${state} is no longer bound by ${treaty.id} on ${day}: bound ${endInWords(earlier.to!)}${cause}${later ? `, again from ${later.from}` : ''}.`,
    };
  }
  if (later)
    return {
      reason: 'not-yet-a-party',
      state,
      on: later.from!,
      text: `${state} is not yet bound by ${treaty.id} on ${day}: bound from ${later.from}.`,
    };
  return {
    reason: 'not-a-party',
    state,
    text: `${state} is never bound by ${treaty.id} in the recorded history (${now?.status ?? 'no status'}).`,
  };
}
