/** The acts that perform a duty (or break a prohibition): found among the treaty's events by the pairs index's act codes, or by a test on the timeline's columns. */
import { compareStrings, type Provision } from '../../model/index.js';
import { codeTest, type Side } from '../act-codes.js';
import {
  ANY_FIELD,
  COL,
  dayKey,
  eventKinds,
  MANY,
  NONE,
  type PositionTest,
  STRIDE,
  type Selection,
  type TimelineEvent,
  type TreatyEvents,
} from '../event-index/index.js';
import type { ObligationContext } from './evaluate-provision.js';
import type { Instance } from './roles.js';

/**
 * The positions of the treaty's events that perform (or commit) the provision's act for this
 * instance, in timeline order: selected from the events of the act's type that name both the first
 * bearer and the second bearer or the beneficiary (or no one the act is done to), acts between the
 * two parties rather than all of their acts; then tested on the pairs index's act codes, or on the
 * timeline's columns where a continuator acts for a party.
 *
 * Cost: the acts that can perform a duty are selected once per provision and binding from the
 * events of the act's type done by the bearer (TreatyEvents), then found by date.
 */
export function acts(provision: Provision, instance: Instance, ctx: ObligationContext): readonly number[] {
  if (instance.acts) return instance.acts;
  const act = provision.act;
  const first = instance.bearers[0];
  if (!act || first === undefined) return [];
  const other = instance.bearers[1] ?? instance.beneficiary ?? undefined;
  const selectionOf = (): Selection => {
    if (other === undefined || other === first) return { type: act.type, states: ctx.successions.actorsOf(first), fields: ANY_FIELD };
    // The two sides in a fixed order, so that both directions share one selection.
    const [a, b] = [ctx.successions.actorsOf(first), ctx.successions.actorsOf(other)].sort((x, y) => compareStrings(x[0]!, y[0]!)) as [
      readonly string[],
      readonly string[],
    ];
    return { type: act.type, states: a, fields: ANY_FIELD, with: { states: b, fields: ANY_FIELD, orUntargeted: true } };
  };
  const beneficiary = instance.beneficiary;
  // One party's duty to another: the acts the other way round come from the same events, so both
  // directions are tested in one pass (each event's fields read once).
  const instances =
    instance.bearers.length === 1 && beneficiary !== null && beneficiary !== first
      ? [instance, { bearers: [beneficiary], beneficiary: first }]
      : [instance];
  return (instance.acts = ctx.events.positionLists(
    instances.map((i) => actKey(provision, i, ctx)),
    () =>
      (other !== undefined && pairActs(provision, instances, first, other, ctx)) ||
      ctx.events.filterEach(
        selectionOf(),
        instances.map((i) => actTest(provision, i, ctx)),
      ),
  ));
}

/**
 * The acts of a duty between two parties that no other state acts for (every bearer and the
 * beneficiary one of the two), found among the pair's events by their act codes, without reading
 * the timeline's columns; false where that does not apply (the test on the columns decides).
 */
function pairActs(provision: Provision, instances: readonly Instance[], x: string, y: string, ctx: ObligationContext): number[][] | false {
  const { successions } = ctx;
  if (x === y || successions.actorsOf(x).length !== 1 || successions.actorsOf(y).length !== 1) return false;
  if (
    !instances.every(
      (i) => i.bearers.every((b) => b === x || b === y) && (i.beneficiary === null || i.beneficiary === x || i.beneficiary === y),
    )
  )
    return false;
  const timeline = ctx.events.source;
  const found = timeline.pairActs(x, y, provision.act!.type);
  if (!found) return false;
  const sideOf = (state: string): Side => (state === x ? found.sideOfX : found.sideOfX === 0 ? 1 : 0);
  const kinds = actKinds(provision, ctx);
  const kindIds = kinds ? new Set(kinds.map((k) => timeline.kindId(k))) : null;
  const severalMatch = (position: number) => kindsMatch(timeline.at(position), kinds!);
  const tests = instances.map((i) =>
    codeTest(i.bearers.map(sideOf), i.beneficiary === null ? null : sideOf(i.beneficiary), kindIds, severalMatch),
  );
  const out = instances.map((): number[] => []);
  const { positions, codes } = found;
  for (let j = 0; j < positions.length; j++) {
    for (let k = 0; k < tests.length; k++) if (tests[k]!(codes[j]!, positions[j]!)) out[k]!.push(positions[j]!);
  }
  return out;
}

function actKey(provision: Provision, instance: Instance, ctx: ObligationContext): string {
  const reading = provision.act?.kindByReading ? `|${readingOf(provision.act.kindByReading.term, ctx)}` : '';
  return `act:${provision.id}|${instance.bearers.join('+')}|${instance.beneficiary ?? ''}${reading}`;
}

function readingOf(termId: string, ctx: ObligationContext): string {
  return ctx.choice[termId] ?? ctx.vocabulary.terms.find((t) => t.id === termId)?.default ?? '';
}

/**
 * The kinds of act that count: the act's own, or, where the bearer decides ("such action as it
 * deems necessary"), those of the run's reading of the term. Undefined: any kind.
 */
export function actKinds(provision: Provision, ctx: ObligationContext): readonly string[] | undefined {
  const byReading = provision.act?.kindByReading;
  if (!byReading) return provision.act?.kind;
  return byReading.readings[readingOf(byReading.term, ctx)] ?? provision.act?.kind;
}

/**
 * Does the event at a position perform the act for this instance? Its actor (`by`, else the states
 * acting jointly, `parties`) must count as every bearer; the state it is done to or against (`to`,
 * `against`, else `parties`) as the beneficiary; and its kind, where both give one, must be one the
 * act names. Read from the timeline's columns, not from the event.
 */
function actTest(provision: Provision, instance: Instance, ctx: ObligationContext): PositionTest {
  const timeline = ctx.events.source;
  const { fields, parties } = timeline.columns;
  const counts = actorTable(ctx);
  const bearers = instance.bearers.map((b) => timeline.stateId(b));
  const beneficiary = instance.beneficiary === null ? null : timeline.stateId(instance.beneficiary);
  const kinds = actKinds(provision, ctx);
  const kindIds = new Set((kinds ?? []).map((k) => timeline.kindId(k)));
  const countsFor = (state: number, party: number, day: number) => {
    if (state === party) return true;
    const actor = state >= 0 ? counts.get(state) : undefined;
    return actor !== undefined && actor.party === party && day >= actor.from;
  };
  const anyFor = (start: number, end: number, party: number, day: number) => {
    for (let k = start; k < end; k++) if (countsFor(parties[k]!, party, day)) return true;
    return false;
  };
  return (position) => {
    const at = position * STRIDE;
    const day = fields[at + COL.day]!;
    const actor = fields[at + COL.by]!;
    const p0 = fields[at + COL.p0]!;
    const p1 = fields[at + COL.p1]!;
    for (const bearer of bearers) {
      if (actor !== NONE ? !countsFor(actor, bearer, day) : !anyFor(p0, p1, bearer, day)) return false;
    }
    if (beneficiary !== null) {
      const target = fields[at + COL.to]!;
      const victim = fields[at + COL.against]!;
      if (target !== NONE || victim !== NONE) {
        if (!(target !== NONE && countsFor(target, beneficiary, day)) && !(victim !== NONE && countsFor(victim, beneficiary, day)))
          return false;
      } else if (p1 > p0 && !anyFor(p0, p1, beneficiary, day)) return false;
    }
    if (kinds) {
      const k = fields[at + COL.kind]!;
      if (k === MANY) {
        if (!kindsMatch(timeline.at(position), kinds)) return false;
      } else if (k !== NONE && !kindIds.has(k)) return false;
    }
    return true;
  };
}

/** Does an event that lists its kinds give one of `kinds` (or none at all)? */
function kindsMatch(event: TimelineEvent, kinds: readonly string[]): boolean {
  const listed = eventKinds(event);
  return listed.length === 0 || listed.some((k) => kinds.includes(k));
}

/** For each state acting for one of the treaty's parties: the party, and the day it starts to. */
function actorTable(ctx: ObligationContext): Map<number, { party: number; from: number }> {
  const known = actorTables.get(ctx.events);
  if (known) return known;
  const timeline = ctx.events.source;
  const table = new Map<number, { party: number; from: number }>();
  for (const actor of ctx.events.actors) {
    const counted = ctx.successions.countsFrom(actor, ctx.parties, '0000-01-01', null);
    if (counted)
      table.set(timeline.stateId(actor), {
        party: timeline.stateId(counted.party),
        from: counted.from === '0000-01-01' ? -Infinity : dayKey(counted.from),
      });
  }
  actorTables.set(ctx.events, table);
  return table;
}

const actorTables = new WeakMap<TreatyEvents, Map<number, { party: number; from: number }>>();
