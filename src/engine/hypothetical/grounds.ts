/**
 * Why a duty binds its bearer and beneficiary on its day, read from the run's own timelines: the
 * treaty in force since when, each of them a party since when (or a continuator acting for one since
 * its succession), and the event's place inside the provision's area, through which places of the
 * gazetteer. The facts are the engine's; this only puts them in words.
 */
import {
  type BindingGround,
  containmentOf,
  type GazetteerFile,
  holdsOn,
  type IsoDate,
  type PartyTimeline,
  type PlaceScope,
  type Provision,
  type StatusIntervalJson,
  statusRuns,
  type TreatyTimeline,
} from '../../model/index.js';
import { type Places, scopeMatch } from '../places.js';
import type { Successions } from '../succession.js';
import { intervalOn } from '../treaty-lifecycle/index.js';

/** The statuses on which a treaty binds a party. */
export const BINDING = new Set(['in-force', 'provisionally-applied']);

/** The stretch of one status around `date` (across terms): from when, until when. */
export function stretchOn(intervals: readonly StatusIntervalJson[], date: IsoDate) {
  return statusRuns(intervals).find((r) => (r.from === null || r.from <= date) && (r.to === null || date < r.to));
}

/** The party timeline the state bears duties through on `date`: the party itself, or the one it continues. */
export function partyOf(tl: TreatyTimeline, state: string, date: IsoDate, successions: Successions): PartyTimeline | undefined {
  return tl.parties.find((p) => p.party === state) ?? tl.parties.find((p) => successions.actingFor(p.party, date) === state);
}

export interface GroundsInput {
  treaty: TreatyTimeline;
  provision: Provision;
  bearers: readonly string[];
  beneficiary: string | null;
  date: IsoDate;
  successions: Successions;
  places: Places;
  gazetteer: GazetteerFile | undefined;
  /** The event's places and the roles it binds (attacked-party → FIN), for the area. */
  eventPlaces: readonly string[] | undefined;
  binding: Readonly<Record<string, string>>;
}

export function bindingGrounds(input: GroundsInput): BindingGround[] {
  const { treaty, date, successions } = input;
  const grounds: BindingGround[] = [];
  const whole = stretchOn(treaty.intervals, date);
  if (whole && BINDING.has(whole.status))
    grounds.push({
      ground: 'treaty-in-force',
      since: whole.from,
      text: `${treaty.id} ${whole.status === 'in-force' ? 'in force' : 'applied provisionally'} since ${whole.from ?? 'a day not known'}.`,
    });
  const party = (state: string, ground: 'bearer-party' | 'beneficiary-party') => {
    const timeline = partyOf(treaty, state, date, successions);
    if (!timeline) return;
    const stretch = stretchOn(timeline.intervals, date);
    const role = ground === 'bearer-party' ? 'bearer' : 'beneficiary';
    grounds.push({
      ground,
      state,
      since: stretch?.from ?? null,
      text: `${state} (${role}): bound by ${treaty.id} since ${stretch?.from ?? 'a day not known'}${timeline.party === state ? '' : `, for ${timeline.party}`}.`,
    });
    const link = timeline.party === state ? undefined : successions.link(timeline.party, date);
    if (link)
      grounds.push({
        ground: 'continuator',
        state,
        since: link.from,
        text: `${state} acts for ${timeline.party} under its treaties since ${link.from} (${link.kind}).`,
      });
  };
  for (const b of input.bearers) party(b, 'bearer-party');
  if (input.beneficiary) party(input.beneficiary, 'beneficiary-party');
  const area = areaGround(input);
  if (area) grounds.push(area);
  return grounds;
}

/** The first scope entry the event lies in, and through which places. */
function areaGround(input: GroundsInput): BindingGround | undefined {
  const { provision, eventPlaces, binding, date, places } = input;
  if (!provision.scope || provision.scope.length === 0 || !eventPlaces) return undefined;
  for (const entry of provision.scope) {
    if (scopeMatch([entry], eventPlaces, binding, date, places) !== 'in') continue;
    return { ground: 'place-in-area', text: `Article ${provision.article}'s area: ${entryWords(entry, input)}.` };
  }
  return undefined;
}

function entryWords(entry: PlaceScope, input: GroundsInput): string {
  const { eventPlaces, places, date, binding } = input;
  const path = (area: string) => {
    for (const p of eventPlaces!) if (places.relation(p, area, date) === 'in') return placePath(input.gazetteer, p, area, date);
    return [area];
  };
  const words = (ids: readonly string[]) => ids.join(' within ');
  if (typeof entry === 'string') return `the event lies in ${entry} (${words(path(entry))})`;
  if ('all' in entry) return `the event lies in ${entry.all.join(' and ')} (${entry.all.map((a) => words(path(a))).join('; ')})`;
  const state = binding[entry.of] ?? entry.of;
  const own = (entry.places === 'territory' ? places.territoryOf(state) : places.forcesOf(state)).filter((id) => places.existsOn(id, date));
  const mine = own.find((id) => eventPlaces!.some((p) => places.relation(p, id, date) === 'in')) ?? own[0];
  const what = `${entry.places === 'territory' ? 'the territory' : 'the forces'} of ${entry.of} ${state}`;
  const inside = mine ? ` (${words(path(mine))})` : '';
  return entry.in === undefined
    ? `the event lies in ${what}${inside}`
    : `the event lies in ${what}${inside}, in ${entry.in} (${words(path(entry.in))})`;
}

/**
 * The places from `from` up to `to` through the gazetteer's `within` entries that hold on `date`
 * (the shortest chain, each step in gazetteer order); [from, to] when no chain is found.
 */
export function placePath(gazetteer: GazetteerFile | undefined, from: string, to: string, date: IsoDate): string[] {
  if (from === to) return [from];
  const byId = new Map((gazetteer?.places ?? []).map((p) => [p.id, p]));
  const previous = new Map<string, string>([[from, '']]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const place = byId.get(id);
    if (!place) continue;
    for (const c of place.within.map(containmentOf)) {
      const next = byId.get(c.place);
      if (!next || previous.has(c.place) || !holdsOn(c, date) || !holdsOn(next, date)) continue;
      previous.set(c.place, id);
      if (c.place === to) {
        const chain = [to];
        for (let at = id; at !== ''; at = previous.get(at)!) chain.unshift(at);
        return chain;
      }
      queue.push(c.place);
    }
  }
  return [from, to];
}

/** The status of a party (or the treaty) on a day. */
export const statusOn = (intervals: readonly StatusIntervalJson[], date: IsoDate) => intervalOn(intervals, date)?.status;
