/**
 * What the pairs index keeps of each event between two states beside its position: which fields
 * name each of the two (the state with the lower id first), whether a field names anyone at all,
 * and the event's kind. That is enough to tell whether the event is an act of one of the two
 * towards the other, for a duty between two parties no other state acts for, without reading the
 * timeline's columns: the columns of a million events are read at scattered places, a cache miss
 * each, while a pair's codes lie side by side.
 *
 * A code is an unsigned 32-bit number: bits 0–3 the fields naming the lower state, bits 4–7 those
 * naming the higher (as FIELD_BITS: by 1, against 2, to 4, parties 8), bits 8–11 whether `by`,
 * `to`, `against` and `parties` name anyone, bits 12 and up the kind (0 none, 1 several: read the
 * event, k + 2 for kind id k).
 */

const BY = 1;
const AGAINST = 2;
const TO = 4;
const PARTIES = 8;
const HAS_BY = 1 << 8;
const HAS_TO = 1 << 9;
const HAS_AGAINST = 1 << 10;
const HAS_PARTIES = 1 << 11;
const KIND_SHIFT = 12;
const KIND_NONE = 0;
const KIND_SEVERAL = 1;
/** Kind ids below this have a code; a timeline with more kinds keeps no codes (the tests read the columns). */
export const KIND_CODE_LIMIT = 2 ** (32 - KIND_SHIFT) - 2;

/** Which of the two states of a pair: the one with the lower id (0) or the higher (1). */
export type Side = 0 | 1;

/** The code of an event naming both states of a pair. `kind`: a kind id, or -1 (none) or -3 (several), as in the columns. */
export function pairCode(
  lowerBits: number,
  higherBits: number,
  hasBy: boolean,
  hasTo: boolean,
  hasAgainst: boolean,
  hasParties: boolean,
  kind: number,
): number {
  return (
    (lowerBits |
      (higherBits << 4) |
      (hasBy ? HAS_BY : 0) |
      (hasTo ? HAS_TO : 0) |
      (hasAgainst ? HAS_AGAINST : 0) |
      (hasParties ? HAS_PARTIES : 0) |
      (kindCode(kind) << KIND_SHIFT)) >>>
    0
  );
}

/** The code of an event naming only its actor (no one it is done to), less the side of the actor. */
export function untargetedCode(kind: number): number {
  return (HAS_BY | (kindCode(kind) << KIND_SHIFT)) >>> 0;
}

/** An untargeted event's code, once the side its actor is on is known. */
export function withActor(code: number, side: Side): number {
  return (code | (BY << (4 * side))) >>> 0;
}

function kindCode(kind: number): number {
  return kind >= 0 ? kind + 2 : kind === -1 ? KIND_NONE : KIND_SEVERAL;
}

/**
 * A test of codes for one duty between the two states of a pair: every bearer (by its side) must be
 * the actor (`by`, else one of `parties`); the beneficiary (if any) the one the act is done to or
 * against (`to` or `against`, else one of `parties`, else anyone); the kind, where both give one,
 * one of `kinds` (kind ids; `severalMatch` decides for an event that gives several). The same
 * answers as the test on the columns when no other state acts for either party.
 */
export function codeTest(
  bearers: readonly Side[],
  beneficiary: Side | null,
  kinds: ReadonlySet<number> | null,
  severalMatch: (position: number) => boolean,
): (code: number, position: number) => boolean {
  return (code, position) => {
    for (const side of bearers) {
      const bits = (code >>> (4 * side)) & 15;
      if ((code & HAS_BY) !== 0 ? (bits & BY) === 0 : (bits & PARTIES) === 0) return false;
    }
    if (beneficiary !== null) {
      const bits = (code >>> (4 * beneficiary)) & 15;
      if ((code & (HAS_TO | HAS_AGAINST)) !== 0) {
        if ((bits & (TO | AGAINST)) === 0) return false;
      } else if ((code & HAS_PARTIES) !== 0 && (bits & PARTIES) === 0) return false;
    }
    if (kinds) {
      const kind = code >>> KIND_SHIFT;
      if (kind === KIND_SEVERAL) {
        if (!severalMatch(position)) return false;
      } else if (kind !== KIND_NONE && !kinds.has(kind - 2)) return false;
    }
    return true;
  };
}
