/**
 * A provision: one rule of a treaty, bound to the exact words it encodes.
 *
 * Bearer and beneficiary are roles, bound to states when the rule is evaluated, so one rule serves
 * bilateral and multilateral treaties alike:
 *   - `each-party`   every party, one binding each;
 *   - `all-parties`  the parties jointly (one binding);
 *   - `other-party`  every party other than the one the other role binds (the beneficiary, or the
 *                    party a trigger names);
 *   - a name bound by the trigger (`attacked-party`, `threatened-party`, …): the party an event or
 *     fluent condition names;
 *   - a state code (`USA`): a role the treaty gives one named state, party or not, such as the
 *     depositary ("the Government of the United States of America").
 */
import { z } from 'zod';
import { IsoDuration } from './calendar.js';
import { ActorCode, Id, StateCode } from './common.js';
import { StateFieldName } from './vocabulary.js';

export const STANDARD_ROLES = ['each-party', 'all-parties', 'other-party'] as const;

/** What a state field of an event must be for a condition to match. */
export const FieldMatch = z.union([
  z
    .enum(['any-state', 'any-actor', 'party', 'non-party'])
    .describe('any-state: a state (three-letter code); any-actor: a state or a non-state actor (an armed group, an organ)'),
  StateCode,
  Id.describe('a role name: the field must name a party, which the role then binds to'),
]);
export type FieldMatch = z.infer<typeof FieldMatch>;

export const EventCondition = z
  .object({
    event: Id.describe('event type'),
    where: z.partialRecord(StateFieldName, FieldMatch).default({}).describe("constraints on the event's state fields"),
    article: z
      .string()
      .min(1)
      .optional()
      .describe(
        'an invocation: the event must invoke this article of the treaty (its `article` field), e.g. "4" for consultations under Article 4',
      ),
  })
  .strict();
export type EventCondition = z.infer<typeof EventCondition>;

export const FluentCondition = z
  .object({
    fluent: Id,
    subject: Id.describe('role bound to the state the fluent is about'),
  })
  .strict();
export type FluentCondition = z.infer<typeof FluentCondition>;

/** "After the Treaty has been in force for ten years": the trigger holds only from that day on. */
export const InForceForCondition = z
  .object({ inForceFor: IsoDuration.describe('the treaty must have been in force this long (from its entry into force)') })
  .strict();
export type InForceForCondition = z.infer<typeof InForceForCondition>;

export const Condition = z.union([EventCondition, FluentCondition, InForceForCondition]);
export type Condition = z.infer<typeof Condition>;

export const Trigger = z.union([
  EventCondition,
  FluentCondition,
  InForceForCondition,
  z.object({ all: z.array(Condition).min(1) }).strict(),
  z.object({ any: z.array(Condition).min(1) }).strict(),
]);
export type Trigger = z.infer<typeof Trigger>;

/** A trigger's conditions, as a list: a bare condition, or each of `all` / `any` (none without a trigger). */
export function conditionsOf(trigger: Trigger | undefined): Condition[] {
  if (!trigger) return [];
  if ('all' in trigger) return trigger.all;
  if ('any' in trigger) return trigger.any;
  return [trigger];
}

/** What counts as performance where the bearer decides ("such action as it deems necessary"): the kinds under each reading of a term. */
export const KindsByReading = z
  .object({
    term: Id.describe('the contested term (vocabulary.yaml) whose reading decides what counts'),
    readings: z.record(Id, z.array(z.string()).min(1)).describe('the kinds of act that count under each reading'),
  })
  .strict();
export type KindsByReading = z.infer<typeof KindsByReading>;

export const Act = z
  .object({
    type: Id.describe('the event type that performs (obligation) or commits (prohibition) the act'),
    kind: z.array(z.string()).optional().describe('sub-kinds that count, e.g. [military, other]'),
    kindByReading: KindsByReading.optional().describe('discretion: the kinds that count depend on a reading (instead of kind)'),
    description: z.string().min(1).describe('the act in plain words'),
    text: z.string().min(1).optional().describe('the words of the quote that state the act, verbatim'),
  })
  .strict();
export type Act = z.infer<typeof Act>;

export const QUALIFIER_TYPES = [
  'timing', // "immediately", "without delay"
  'means', // "with all the means at its disposal"
  'legal-bound', // "in accordance with Article 51 of the UN Charter and the laws of …"
  'condition', // "at the request of any one side"
  'subject-to', // "taking into account their national laws and international obligations"
  'purpose', // "in an effort to strengthen peace and universal security"
  'manner', // "in a spirit of friendship and co-operation …"
  'scope', // geographic or subject-matter scope: "in the Far East and throughout the world"
] as const;

export const Qualifier = z
  .object({
    type: z.enum(QUALIFIER_TYPES),
    text: z.string().min(1).describe("the words, as they stand in the provision's quote"),
    term: Id.optional().describe('a contested term of the vocabulary whose reading decides it (timing)'),
    extent: z.enum(['all', 'possible', 'necessary']).optional().describe('for means: how much is owed'),
    instruments: z.array(z.string()).optional().describe('for legal bounds: the instruments named'),
    regions: z.array(z.string()).optional().describe('for geographic scope: the regions named'),
  })
  .strict();
export type Qualifier = z.infer<typeof Qualifier>;

export const Quote = z
  .object({
    source: Id.describe('a source id of this treaty'),
    text: z.string().min(1).describe('the exact words, verbatim but for whitespace and line breaks'),
  })
  .strict();
export type Quote = z.infer<typeof Quote>;

/**
 * An exception that defeats the rule (default logic: the rule holds unless an exception applies):
 * an act that matches it is no breach of a prohibition. "Self-defence under Art. 51 of the Charter,
 * reported to the Security Council": the act's kind, and an act that must accompany it.
 */
export const ProvisionException = z
  .object({
    id: Id,
    description: z.string().min(1).describe('the exception in plain words'),
    kind: z.array(z.string()).min(1).optional().describe("the forbidden act is excused if it is of one of these kinds (its event's kind)"),
    requires: z
      .object({
        event: Id.describe('an event type that must accompany the act (e.g. reported-to-security-council)'),
        by: z.literal('bearer').default('bearer').describe('made by the bearer of the prohibition'),
        within: IsoDuration.optional().describe('on the day of the act or within this long after it; absent: on or after it, any time'),
      })
      .strict()
      .optional(),
    quote: Quote.describe('the words that make the exception (this provision or another, e.g. the Charter article the treaty names)'),
  })
  .strict()
  .refine((e) => e.kind !== undefined || e.requires !== undefined, {
    message: 'say what the exception takes: the act kinds it excuses (kind), an act that must accompany it (requires), or both',
    path: ['kind'],
  });
export type ProvisionException = z.infer<typeof ProvisionException>;

/** Where a provision applies: the triggering event must lie in one of these places (gazetteer ids), or a party's own territory, forces… */
export const PlaceScope = z
  .union([
    Id.describe('a place of the gazetteer: the event must lie in it (or in a place within it)'),
    z
      .object({
        all: z.array(Id).min(1).describe('the event must lie in every one of these (e.g. forces of a party, in the Pacific)'),
      })
      .strict(),
    z
      .object({
        of: Id.describe('a role (e.g. attacked-party): its places'),
        places: z.enum(['territory', 'forces']).describe("the role's territory, or its armed forces, public vessels and aircraft"),
        in: Id.optional().describe('and lying in this place too (e.g. pacific-area)'),
      })
      .strict(),
  ])
  .describe('a place an event may lie in for the provision to apply');
export type PlaceScope = z.infer<typeof PlaceScope>;

export const PROVISION_KINDS = ['obligation', 'prohibition', 'permission', 'declaration', 'procedural'] as const;
export const ProvisionKind = z.enum(PROVISION_KINDS);
export type ProvisionKind = z.infer<typeof ProvisionKind>;

export const Provision = z
  .object({
    id: Id,
    article: z.string().min(1).describe('the article number as the treaty gives it, or "unknown"'),
    articleNote: z.string().optional().describe('why the number is unknown, or where it is attested'),
    paragraph: z.number().int().positive().optional(),
    kind: ProvisionKind,
    summary: z.string().min(1).describe('the rule in one plain sentence'),
    bearer: z
      .union([Id, StateCode, ActorCode])
      .describe(
        "role bearing the duty, permission or declaration; or a state's code, for a role the treaty gives one state (a depositary); or an actor's code (states.yaml actors)",
      ),
    beneficiary: z
      .union([Id, StateCode, ActorCode])
      .optional()
      .describe("role it is owed to, where there is one; or a state's code; or an actor's code (UNSC: reported to the Security Council)"),
    trigger: Trigger.optional().describe('when it is owed; absent: for as long as the treaty is in force'),
    triggerText: z.string().min(1).optional().describe('the words of the quote that state the trigger, verbatim'),
    act: Act.optional().describe('the act owed (obligation), forbidden (prohibition) or allowed (permission)'),
    continuing: z.boolean().default(false).describe('a standing duty with no single act that discharges it'),
    qualifiers: z.array(Qualifier).default([]),
    scope: z
      .array(PlaceScope)
      .min(1)
      .optional()
      .describe('geographic scope: the triggering event must lie in one of these; an event without a place leaves the outcome unknown'),
    exceptions: z.array(ProvisionException).min(1).optional().describe('exceptions that defeat the rule, each with its quote'),
    incomplete: z
      .object({ reason: z.string().min(1).describe('what is missing: the sentence is cut off in the only source, …') })
      .strict()
      .optional()
      .describe("the provision's words are cut in the source: every outcome that rests on it is unknown"),
    tags: z.array(Id).default([]).describe('topic tags: defence, consultation, non-aggression, economic, …'),
    quote: Quote,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.article === 'unknown' && !p.articleNote) {
      ctx.addIssue({ code: 'custom', path: ['articleNote'], message: 'article is "unknown": say why in articleNote' });
    }
    if ((p.kind === 'obligation' || p.kind === 'prohibition') && !p.act && !p.continuing) {
      ctx.addIssue({ code: 'custom', path: ['act'], message: `an ${p.kind} needs the act it owes or forbids (act), or continuing: true` });
    }
  });
export type Provision = z.infer<typeof Provision>;

export const NonOperative = z
  .object({
    quote: Quote,
    reason: z.string().min(1).describe('why these words create no rule: preamble, signature block, news lead …'),
    part: z.enum(['title', 'preamble', 'plenipotentiaries', 'closing', 'signatures', 'report', 'editorial']),
  })
  .strict();
export type NonOperative = z.infer<typeof NonOperative>;
