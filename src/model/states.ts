/** `corpus/states.yaml`: the states that treaties and events name, their validity and successions. */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { SourceRef, StateCode } from './common.js';

export const StateEntry = z
  .object({
    code: StateCode,
    name: z.string().min(1).describe('official short name in English'),
    aliases: z.array(z.string()).default([]).describe('other names used in sources: "USSR", "DPRK", "the Soviet Union"'),
    historic: z.boolean().default(false).describe('true for a code from ISO 3166-3 (a state that no longer exists)'),
    from: IsoDate.optional().describe('first day the state existed under this code, where it matters'),
    to: IsoDate.nullable().default(null).describe('first day it no longer existed (half-open), or null'),
  })
  .strict();
export type StateEntry = z.infer<typeof StateEntry>;

export const Succession = z
  .object({
    predecessor: StateCode,
    continuator: StateCode,
    from: IsoDate.describe('first day the continuator acts for the predecessor under its treaties'),
    kind: z.enum(['continuation', 'succession']).default('continuation'),
    source: SourceRef,
  })
  .strict();
export type Succession = z.infer<typeof Succession>;

export const StatesFile = z
  .object({
    $schema: z.string().optional(),
    states: z.array(StateEntry).min(1),
    successions: z.array(Succession).default([]),
  })
  .strict();
export type StatesFile = z.infer<typeof StatesFile>;
