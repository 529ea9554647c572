/**
 * `corpus/states.yaml`: the states that treaties and events name, their validity and successions;
 * and the non-state actors events and provisions may name (armed groups, international organs).
 */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { ActorCode, SourceRef, StateCode } from './common.js';

export const StateEntry = z
  .object({
    code: StateCode,
    name: z.string().min(1).describe('official short name in English'),
    aliases: z.array(z.string()).default([]).describe('other names used in sources: "USSR", "DPRK", "the Soviet Union"'),
    historic: z.boolean().default(false).describe('true for a code from ISO 3166-3 (a state that no longer exists)'),
    from: IsoDate.optional().describe('first day the state existed under this code, where it matters'),
    to: IsoDate.nullable().default(null).describe('first day it no longer existed (half-open), or null'),
    kind: z
      .enum(['state', 'territory'])
      .optional()
      .describe(
        'absent or "state": a state that can be party to a treaty; "territory": an ISO 3166-1 entry that is a place, not a party (Guam)',
      ),
    administeredBy: StateCode.optional().describe("a territory's administering state (GUM: USA), where there is one"),
  })
  .strict();
export type StateEntry = z.infer<typeof StateEntry>;

/**
 * How a state took another's place. A continuation (RUS for SUN) or a succession puts the continuator
 * in the predecessor's place under its treaties from `from`. An absorption (the GDR's accession to the
 * Federal Republic of Germany) does not: the predecessor ends, the continuator keeps its own treaties,
 * and no state acts for the predecessor under its treaties (their fate is each treaty's own record).
 */
export const SUCCESSION_KINDS = ['continuation', 'succession', 'absorption'] as const;

export const Succession = z
  .object({
    predecessor: StateCode,
    continuator: StateCode,
    from: IsoDate.describe(
      'first day the continuator acts for the predecessor under its treaties (absorption: the first day the predecessor is part of it)',
    ),
    kind: z
      .enum(SUCCESSION_KINDS)
      .default('continuation')
      .describe('continuation or succession: the continuator acts for the predecessor under its treaties; absorption: it does not'),
    source: SourceRef,
  })
  .strict();
export type Succession = z.infer<typeof Succession>;

/** Does the continuator act for the predecessor under the predecessor's treaties (every kind but absorption)? */
export function actsForPredecessor(succession: Pick<Succession, 'kind'>): boolean {
  return succession.kind !== 'absorption';
}

export const ACTOR_KINDS = ['armed-group', 'international-organ', 'organisation'] as const;

/**
 * A non-state actor: an armed group (an attack by it can be recorded), an organ of an international
 * organisation (the UN Security Council, to which self-defence is reported) or another organisation.
 * Its code has four or more characters, so it is never taken for a state's.
 */
export const ActorEntry = z
  .object({
    code: ActorCode,
    name: z.string().min(1).describe('its name in English, as its sources give it'),
    kind: z.enum(ACTOR_KINDS),
    aliases: z.array(z.string()).default([]).describe('other names used in sources: "Security Council", "Da\'esh"'),
    note: z.string().optional(),
    source: SourceRef.optional().describe('where it is established or listed'),
  })
  .strict();
export type ActorEntry = z.infer<typeof ActorEntry>;

export const StatesFile = z
  .object({
    $schema: z.string().optional(),
    states: z.array(StateEntry).min(1),
    successions: z.array(Succession).default([]),
    actors: z.array(ActorEntry).optional().describe('non-state actors: armed groups, international organs, organisations (absent: none)'),
  })
  .strict();
export type StatesFile = z.infer<typeof StatesFile>;

/** Every state of the file with all the names it goes by: what ingestion needs to give parties their codes. */
export function stateNames(file: Pick<StatesFile, 'states'>): { code: string; names: string[] }[] {
  return file.states.map((state) => ({ code: state.code, names: [state.name, ...state.aliases] }));
}
