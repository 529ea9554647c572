/** Who bears a duty and to whom under a binding of its trigger's roles, and for how long they stay parties under a treaty a party may leave alone. */
import { type ExplanationStep, type IsoDate, isActorCode, isStateCode, type PairSuspension, type Provision } from '../../model/index.js';
import type { Participation } from '../treaty-lifecycle/index.js';
import type { Binding, Episode } from '../triggers.js';

export interface Instance {
  bearers: string[];
  beneficiary: string | null;
  /** The positions of the acts that perform this instance's duty, once looked up (instances are shared by the episodes of one binding). */
  acts?: readonly number[];
}

/** A role that names one state (three letters) or non-state actor (four or more: UNSC) itself. */
const namesOne = (role: string): boolean => isStateCode(role) || isActorCode(role);
const NO_STATES: ReadonlySet<string> = new Set();

/** The states a provision names itself as bearer or beneficiary (a depositary). */
export function namedStates(provision: Provision): ReadonlySet<string> {
  return new Set([provision.bearer, provision.beneficiary ?? ''].filter((r) => namesOne(r)));
}

/** The groups of parties a role stands for under a binding (null: no such role). */
function resolveRole(role: string | undefined, binding: Binding, parties: readonly string[]): string[][] | null {
  if (role === undefined) return null;
  if (role === 'each-party') return parties.map((p) => [p]);
  if (role === 'all-parties') return [[...parties]];
  if (role === 'other-party') return [];
  // A role the treaty gives one named state (a depositary).
  if (namesOne(role)) return [[role]];
  const bound = binding[role];
  return bound ? [[bound]] : [];
}

/** Which parties bear it and to whom, for one binding of the trigger's roles. */
export function resolveRoles(provision: Provision, binding: Binding, parties: readonly string[]): Instance[] {
  const bearers = resolveRole(provision.bearer, binding, parties);
  const beneficiaries = resolveRole(provision.beneficiary, binding, parties);
  const out: Instance[] = [];
  if (provision.bearer === 'other-party') {
    for (const [b] of beneficiaries ?? []) for (const p of parties) if (p !== b) out.push({ bearers: [p], beneficiary: b! });
  } else if (provision.beneficiary === 'other-party') {
    for (const group of bearers ?? []) for (const p of parties) if (!group.includes(p)) out.push({ bearers: group, beneficiary: p });
  } else {
    for (const group of bearers ?? []) {
      if (beneficiaries === null) out.push({ bearers: group, beneficiary: null });
      else for (const [b] of beneficiaries) out.push({ bearers: group, beneficiary: b! });
    }
  }
  return out;
}

/** The day a party involved in a duty stopped being a party to a treaty it may leave alone, and why. */
export interface PartyExit {
  party: string;
  date: IsoDate;
  steps: readonly ExplanationStep[];
  /** What happened to `party` that day, in words after its code: "ceased to be a party" (the default), "suspended its obligations towards NZL". */
  why?: string;
}

/**
 * A duty under a treaty a party may leave alone binds only parties: none arises for, or is owed
 * to, a state that is not a party on the day it arises, and it ends on the day its bearer or its
 * beneficiary ceases to be one. A duty borne jointly (all-parties) is borne by those that are
 * parties on the day it arises. Undefined: no duty for this instance.
 */
export function withinParticipation(
  episode: Episode,
  instance: Instance,
  participation: ReadonlyMap<string, readonly Participation[]>,
  suspensions: readonly PairSuspension[] = [],
  /** States the provision names itself as bearer or beneficiary (a depositary): bound while the treaty applies, party or not. */
  named: ReadonlySet<string> = NO_STATES,
): { episode: Episode; instance: Instance; cut?: PartyExit } | undefined {
  // A state named in a role that is no member (a depositary that is not a party) is bound while the treaty applies.
  const always: Participation = { from: episode.from, to: null };
  const spanOn = (party: string) => {
    const spans = participation.get(party);
    const span = spans?.find((s) => s.from <= episode.from && (s.to === null || episode.from < s.to));
    return span ?? (named.has(party) ? always : undefined);
  };
  let bearers = instance.bearers;
  if (bearers.length > 1) {
    bearers = bearers.filter((p) => spanOn(p) !== undefined);
    if (bearers.length === 0) return undefined;
  }
  let cut: PartyExit | undefined;
  for (const party of [...(bearers.length === 1 ? bearers : []), ...(instance.beneficiary ? [instance.beneficiary] : [])]) {
    const span = spanOn(party);
    if (!span) return undefined;
    if (span.to !== null && (episode.to === null || span.to < episode.to) && (!cut || span.to < cut.date))
      cut = { party, date: span.to, steps: span.endedBecause ?? [] };
  }
  // Obligations of the bearer towards the beneficiary suspended: none arises while they are; one in course ends the day they are.
  if (bearers.length === 1 && instance.beneficiary) {
    for (const s of suspensions) {
      if (s.bearer !== bearers[0] || s.beneficiary !== instance.beneficiary) continue;
      if (s.from <= episode.from && (s.to === null || episode.from < s.to)) return undefined;
      const end = cut?.date ?? episode.to;
      if (s.from > episode.from && (end === null || s.from < end))
        cut = { party: s.bearer, date: s.from, steps: s.explanation, why: `suspended its obligations towards ${s.beneficiary}` };
    }
  }
  return {
    episode: cut ? { ...episode, to: cut.date } : episode,
    instance: bearers === instance.bearers ? instance : { bearers, beneficiary: instance.beneficiary },
    ...(cut ? { cut } : {}),
  };
}
