/**
 * Which ways a provision runs between the parties: the ordered pairs (A owes B) its bearer and
 * beneficiary roles can bind. Every role that binds to a party (each-party, all-parties, a role a
 * trigger binds such as attacked-party, other-party) can bind any party; a role that names a state
 * binds that state alone. A party owes nothing to itself, so the diagonal is left out: `other-party`
 * needs no more than that. A provision without a beneficiary, or owed to a non-state actor (the
 * Security Council), runs between no two parties.
 */
import { isActorCode, isStateCode, type Provision } from '../../model/index.js';

/** The states a role can bind among `parties`, or null where it binds none of them. */
function boundBy(role: string | undefined, parties: readonly string[]): readonly string[] | null {
  if (role === undefined || isActorCode(role)) return null;
  if (isStateCode(role)) return parties.includes(role) ? [role] : null;
  return parties;
}

/** The ordered pairs [bearer, beneficiary] of distinct parties a provision can bind, in the order of `parties`. */
export function directionsOf(provision: Provision, parties: readonly string[]): [string, string][] {
  const bearers = boundBy(provision.bearer, parties);
  const beneficiaries = boundBy(provision.beneficiary, parties);
  if (!bearers || !beneficiaries) return [];
  const out: [string, string][] = [];
  for (const a of bearers) for (const b of beneficiaries) if (a !== b) out.push([a, b]);
  return out;
}

/** Whether a provision runs one way only between two parties: one of its roles names a single state. */
export function isOneWay(provision: Provision): boolean {
  return isStateCode(provision.bearer) || isStateCode(provision.beneficiary ?? '');
}
