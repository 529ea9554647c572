/**
 * "Who must help whom" (issue 17): one hypothetical event — "armed-attack by RUS against FIN at
 * fin-territory on 2024-06-01" — evaluated over the whole corpus, and the answer: which states would
 * owe which duties to whom, under which treaty, article, quote and reading; and which would owe
 * nothing, and why. What `pacta obligations --if … --json` prints and `GET /api/obligations` answers.
 *
 * The answer's shape, for a form or a table built on it:
 *   - `hypothesis`: the question as understood (state codes resolved from aliases; `event` the
 *     vocabulary's event type, `on` the day, `at` the gazetteer places it lies in, all at once);
 *   - `treaties`: each treaty looked at — one to which a state the event names is (or was, or will
 *     be) a party — with its status on the day and the contested terms whose every reading was
 *     evaluated; `notParty`: each state the event names that is a party to no treaty in force that
 *     day, with why;
 *   - `owed`: one row per duty the event triggers (treaty, provision, article, quote, bearer →
 *     beneficiary, the duty in words, deadline), with the readings under which it arises and the
 *     grounds on which its bearer and beneficiary are bound that day (party since when, a
 *     continuator for whom, the place inside the provision's area because …);
 *   - `undecided`: duties that may or may not arise (`unknown`): the place cannot be settled against
 *     the area, a status or a date is unknown, the words are cut in the source — each says why;
 *   - `owesNothing`: the duties the event would trigger but that bind no one, grouped by treaty,
 *     provision and reason (the attacked state not a party that day, the bearer not yet or no
 *     longer one, obligations suspended between the two, the place outside the area, the treaty
 *     not in force, a condition that does not hold under a reading), each group listing its pairs;
 *   - `setAside`: the recorded events the evaluation leaves out so that the answer concerns the
 *     hypothetical event alone (what happened after the day; earlier events of the same type
 *     against the same state), counted per treaty;
 *   - `warnings`: what the engine warned about.
 * Rows are in a fixed order: treaty (corpus order), article order of the provision, bearer,
 * beneficiary — the same bytes for the same corpus and question.
 */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { Id, StateOrActorCode } from './common.js';
import { Event } from './event.js';
import { jsonSchemaOf } from './published.js';
import { ExplanationStep } from './results.js';
import { Outcome, TreatyStatus } from './timeline.js';
import { ReadingChoice } from './vocabulary.js';

/** The question: one event of one day, with the states it names and where it happens. */
export const Hypothesis = z
  .object({
    event: Id.describe('an event type of vocabulary.yaml (armed-attack)'),
    by: StateOrActorCode.optional().describe('the state (or non-state actor) that acts: the attacker'),
    against: StateOrActorCode.optional().describe('the state acted against: the attacked state'),
    to: StateOrActorCode.optional().describe('the state acted towards, for event types that name one'),
    at: z
      .array(Id)
      .min(1)
      .optional()
      .describe(
        "gazetteer places the event lies in, all at once ([usa-forces, pacific-area]); absent: a provision's area cannot be decided",
      ),
    on: IsoDate.describe('the day of the event'),
  })
  .strict();
export type Hypothesis = z.infer<typeof Hypothesis>;

/** A provision's words, as the treaty quotes them. */
export const HypotheticalQuote = z.object({ source: z.string(), text: z.string() });
export type HypotheticalQuote = z.infer<typeof HypotheticalQuote>;

/**
 * Why a state is bound, or an event counts, on the day: the treaty in force, a party since a day
 * (or the state acting for a party since a succession), the event's place inside the provision's
 * area (and through which places of the gazetteer).
 */
export const BindingGround = z.object({
  ground: z.enum(['treaty-in-force', 'bearer-party', 'beneficiary-party', 'continuator', 'place-in-area']),
  state: z.string().optional().describe('the state the ground is about (bearer-party, beneficiary-party, continuator)'),
  since: IsoDate.nullable().optional().describe('the day it holds from (null: not known); absent where it has no day'),
  text: z.string().describe('the ground in plain words'),
});
export type BindingGround = z.infer<typeof BindingGround>;

/** The readings one row holds under: each a choice of the terms evaluated for its treaty (`{}` when none were). */
const Readings = z
  .array(ReadingChoice)
  .describe("the choices of readings (of the treaty's terms evaluated) under which this row holds, in the order evaluated");

/** A duty the hypothetical event triggers (or may trigger: `undecided`). */
export const HypotheticalDuty = z.object({
  treaty: z.string(),
  provision: z.string(),
  article: z.string(),
  kind: z.enum(['obligation', 'prohibition']),
  quote: HypotheticalQuote,
  duty: z.string().describe("what the bearer must do (or not do), in the formalization's words"),
  bearer: z
    .string()
    .describe('the state bearing it on the day (a continuator where it acts for a party); joint duties join codes with "+"'),
  beneficiary: z.string().nullable(),
  outcome: Outcome.describe(
    "the engine's outcome with the hypothetical event added to the history up to the day: active (owed, with its deadline under the reading where one applies: the hypothesis records no act of performance, so no duty is ever found breached), unknown (undecided: see why)",
  ),
  from: IsoDate.nullable().describe('the day it arises'),
  deadline: IsoDate.nullable().describe('the last day to perform it, under the reading of its timing term'),
  readings: Readings,
  everyReading: z.boolean().describe('true: the row holds under every reading evaluated'),
  grounds: z.array(BindingGround).describe('why its bearer and beneficiary are bound that day, and why the event counts'),
  note: z
    .string()
    .optional()
    .describe(
      'what to know beside the grounds: the bearer is the state the event names as acting (the attacker), whom the words still bind',
    ),
  why: z.string().describe("the explanation's last step: the outcome in words"),
  explanation: z.array(ExplanationStep).describe('the full explanation of the first run in which the row holds'),
});
export type HypotheticalDuty = z.infer<typeof HypotheticalDuty>;

/** Why a duty the event would trigger binds no one (for a pair). */
export const NOTHING_OWED_REASONS = [
  'not-a-party', // the state (bearer or beneficiary) never a party to the treaty in the days looked at
  'not-yet-a-party', // it became one only after the day
  'no-longer-a-party', // it had left before the day
  'suspended', // the bearer's obligations towards the beneficiary suspended that day
  'outside-area', // the event's place lies outside the provision's geographic scope
  'treaty-not-in-force', // the treaty did not apply on the day
  'not-triggered', // a condition of the trigger does not hold (under the readings listed)
  'other', // another reason the engine gives (its words in text)
] as const;
export const NothingOwedReason = z.enum(NOTHING_OWED_REASONS);
export type NothingOwedReason = z.infer<typeof NothingOwedReason>;

/** Duties of one provision that bind no one, for the same reason, grouped. */
export const NothingOwed = z.object({
  treaty: z.string(),
  provision: z.string(),
  article: z.string(),
  quote: HypotheticalQuote,
  reason: NothingOwedReason,
  state: z.string().optional().describe('the state the reason is about (not a party, suspended bearer …), where it is one'),
  on: IsoDate.optional().describe(
    'the day that decides it: not-yet-a-party, the day the state is bound from; no-longer-a-party, the day it ceased to be; suspended, the day the suspension began',
  ),
  text: z
    .string()
    .describe(
      "the reason in plain words, with its days (for not-triggered, outside-area and other: the engine's why-not for the first pair)",
    ),
  pairs: z.array(z.object({ bearer: z.string(), beneficiary: z.string().nullable() })).describe('bearer → beneficiary, each once'),
  readings: Readings,
  everyReading: z.boolean(),
  explanation: z.array(ExplanationStep).describe("the engine's explanation for the first pair"),
});
export type NothingOwed = z.infer<typeof NothingOwed>;

/** A treaty the question looked at. */
export const HypotheticalTreaty = z.object({
  treaty: z.string(),
  title: z.string(),
  because: z.string().describe('why it was looked at: which state of the event is, was or will be a party'),
  status: TreatyStatus.describe('its status on the day, as a whole'),
  terms: z.array(z.string()).describe('the contested terms whose every reading was evaluated (the others at their default)'),
  runs: z.number().int().positive().describe('the combinations of readings evaluated'),
});
export type HypotheticalTreaty = z.infer<typeof HypotheticalTreaty>;

export const HypotheticalAnswer = z.object({
  hypothesis: Hypothesis,
  event: Event.describe('the event as evaluated (id "hypothesis")'),
  treaties: z.array(HypotheticalTreaty),
  notParty: z
    .array(z.object({ state: z.string(), text: z.string() }))
    .describe('states the event names that are parties to no treaty in force on the day, with why'),
  owed: z.array(HypotheticalDuty).describe('duties the event triggers'),
  undecided: z.array(HypotheticalDuty).describe('duties it may or may not trigger (outcome unknown), each saying why'),
  owesNothing: z.array(NothingOwed).describe('duties it would trigger that bind no one, grouped by reason'),
  setAside: z
    .array(z.object({ treaty: z.string(), events: z.array(z.string()), text: z.string() }))
    .describe('recorded events left out of the evaluation, and why'),
  warnings: z.array(z.string()),
});
export type HypotheticalAnswer = z.infer<typeof HypotheticalAnswer>;

/** The text of `schemas/obligations.schema.json` (the answer as produced), byte for byte. */
export function hypotheticalJsonSchemaText(): string {
  return (
    JSON.stringify(jsonSchemaOf(HypotheticalAnswer, 'Pacta who-must-help answer (pacta obligations --json)', 'output'), null, 2) + '\n'
  );
}
