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
import { Id, StateCode } from './common.js';
import { StateFieldName } from './vocabulary.js';

export const STANDARD_ROLES = ['each-party', 'all-parties', 'other-party'] as const;

/** What a state field of an event must be for a condition to match. */
export const FieldMatch = z.union([
  z.enum(['any-state', 'party', 'non-party']),
  StateCode,
  Id.describe('a role name: the field must name a party, which the role then binds to'),
]);
export type FieldMatch = z.infer<typeof FieldMatch>;

export const EventCondition = z
  .object({
    event: Id.describe('event type'),
    where: z.partialRecord(StateFieldName, FieldMatch).default({}).describe("constraints on the event's state fields"),
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

export const Condition = z.union([EventCondition, FluentCondition]);
export type Condition = z.infer<typeof Condition>;

export const Trigger = z.union([
  EventCondition,
  FluentCondition,
  z.object({ all: z.array(Condition).min(1) }).strict(),
  z.object({ any: z.array(Condition).min(1) }).strict(),
]);
export type Trigger = z.infer<typeof Trigger>;

export const Act = z
  .object({
    type: Id.describe('the event type that performs (obligation) or commits (prohibition) the act'),
    kind: z.array(z.string()).optional().describe('sub-kinds that count, e.g. [military, other]'),
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

export const PROVISION_KINDS = ['obligation', 'prohibition', 'permission', 'declaration', 'procedural'] as const;
export const ProvisionKind = z.enum(PROVISION_KINDS);
export type ProvisionKind = z.infer<typeof ProvisionKind>;

export const Quote = z
  .object({
    source: Id.describe('a source id of this treaty'),
    text: z.string().min(1).describe('the exact words, verbatim but for whitespace and line breaks'),
  })
  .strict();
export type Quote = z.infer<typeof Quote>;

export const Provision = z
  .object({
    id: Id,
    article: z.string().min(1).describe('the article number as the treaty gives it, or "unknown"'),
    articleNote: z.string().optional().describe('why the number is unknown, or where it is attested'),
    paragraph: z.number().int().positive().optional(),
    kind: ProvisionKind,
    summary: z.string().min(1).describe('the rule in one plain sentence'),
    bearer: z
      .union([Id, StateCode])
      .describe('role bearing the duty, permission or declaration; or a state code, for a role the treaty gives one state (a depositary)'),
    beneficiary: z.union([Id, StateCode]).optional().describe('role it is owed to, where there is one; or a state code'),
    trigger: Trigger.optional().describe('when it is owed; absent: for as long as the treaty is in force'),
    triggerText: z.string().min(1).optional().describe('the words of the quote that state the trigger, verbatim'),
    act: Act.optional().describe('the act owed (obligation), forbidden (prohibition) or allowed (permission)'),
    continuing: z.boolean().default(false).describe('a standing duty with no single act that discharges it'),
    qualifiers: z.array(Qualifier).default([]),
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
