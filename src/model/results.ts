/**
 * The engine's results, as the CLI's `--json`, the HTTP API and the web UI give them
 * (DESIGN.md §5). One schema: the TypeScript types and the published JSON Schema.
 */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { Outcome, TreatyStatus } from './timeline.js';

export const SpanJson = z.object({ start: z.number().int(), end: z.number().int() });

/** One step of an explanation: what it rests on, in words and as references. */
export const ExplanationStep = z.object({
  step: z.enum(['lifecycle', 'provision', 'event', 'fluent', 'reading', 'succession', 'rule', 'missing-fact', 'outcome']),
  text: z.string().describe('the step in plain words'),
  provision: z
    .object({
      id: z.string(),
      article: z.string(),
      quote: z.string(),
      source: z.string(),
      file: z.string().optional(),
      spans: z.array(SpanJson),
    })
    .optional(),
  event: z.object({ id: z.string(), date: IsoDate, type: z.string(), source: z.string().optional(), origin: z.string() }).optional(),
  reading: z.object({ term: z.string(), reading: z.string() }).optional(),
});
export type ExplanationStep = z.infer<typeof ExplanationStep>;

export const StatusIntervalJson = z.object({
  status: TreatyStatus,
  from: IsoDate.nullable().describe('null: since ever (not yet in force)'),
  to: IsoDate.nullable(),
  term: z.number().int().nullable(),
  termEnd: IsoDate.nullable().optional(),
  noticeDeadline: IsoDate.optional().describe('for a term that renews unless notice is given: the last day to give it'),
  cause: z.string().optional().describe('for terminated: why'),
  state: z
    .string()
    .optional()
    .describe("a party's interval only: the state bound over it where it is not the party itself (RUS, continuing SUN from 1991-12-25)"),
  explanation: z.array(ExplanationStep),
});
export type StatusIntervalJson = z.infer<typeof StatusIntervalJson>;

/** One party's status over time: split where a continuator takes its place (`state`). */
export const PartyTimeline = z.object({
  party: z.string().describe('the party as the treaty or its accession names it (SUN for the USSR, whoever acts for it later)'),
  intervals: z.array(StatusIntervalJson),
});
export type PartyTimeline = z.infer<typeof PartyTimeline>;

/** Obligations of one party towards another suspended over an interval (the treaty staying in force between the others). */
export const PairSuspension = z.object({
  bearer: z.string().describe('the party whose obligations are suspended'),
  beneficiary: z.string().describe('the party they are owed to'),
  from: IsoDate,
  to: IsoDate.nullable(),
  explanation: z.array(ExplanationStep),
});
export type PairSuspension = z.infer<typeof PairSuspension>;

export const TreatyTimeline = z.object({
  id: z.string(),
  intervals: z.array(StatusIntervalJson).describe('the treaty as a whole'),
  parties: z
    .array(PartyTimeline)
    .describe('each state that is or was a party, or signed, in the order the treaty names them, then acceders'),
  suspensions: z.array(PairSuspension).optional().describe('obligations suspended between two parties'),
});
export type TreatyTimeline = z.infer<typeof TreatyTimeline>;

export const ObligationResult = z.object({
  treaty: z.string(),
  provision: z.string(),
  article: z.string(),
  kind: z.enum(['obligation', 'prohibition']),
  bearer: z.string().describe('the state bearing it; joint duties join the codes with "+"'),
  beneficiary: z.string().nullable(),
  from: IsoDate.nullable().describe('the day it became active (triggered, or in force for standing duties)'),
  to: IsoDate.nullable().describe('the day it stopped being active: discharged, breached, lapsed, or end of applicability'),
  deadline: IsoDate.nullable(),
  outcome: Outcome,
  events: z.array(z.string()).describe('ids of the events it rests on'),
  explanation: z.array(ExplanationStep),
});
export type ObligationResult = z.infer<typeof ObligationResult>;

export const FluentInterval = z.object({
  fluent: z.string(),
  subject: z.string(),
  from: IsoDate,
  to: IsoDate.nullable(),
  events: z.array(z.string()),
});
export type FluentInterval = z.infer<typeof FluentInterval>;

export const Run = z.object({
  readings: z.record(z.string(), z.string()),
  treaties: z.array(TreatyTimeline),
  fluents: z.array(FluentInterval),
  obligations: z.array(ObligationResult),
});
export type Run = z.infer<typeof Run>;

export const ReadingDifference = z.object({
  treaty: z.string(),
  provision: z.string(),
  bearer: z.string(),
  beneficiary: z.string().nullable(),
  outcomes: z.array(z.object({ readings: z.record(z.string(), z.string()), outcome: Outcome, from: IsoDate.nullable() })),
  summary: z.string(),
});
export type ReadingDifference = z.infer<typeof ReadingDifference>;

/** A treaty's (or one party's) status over time that differs between readings: a lifecycle clause read in more than one way. */
export const StatusDifference = z.object({
  treaty: z.string(),
  party: z.string().nullable().describe('null: the treaty as a whole'),
  outcomes: z.array(
    z.object({
      readings: z.record(z.string(), z.string()),
      intervals: z.array(z.object({ status: TreatyStatus, from: IsoDate.nullable(), to: IsoDate.nullable() })),
    }),
  ),
  summary: z.string(),
});
export type StatusDifference = z.infer<typeof StatusDifference>;

export const RunResult = z.object({
  scenario: z.string(),
  runs: z.array(Run),
  differences: z.array(ReadingDifference).describe('conclusions that differ between readings'),
  statusDifferences: z
    .array(StatusDifference)
    .optional()
    .describe('statuses that differ between readings, where a lifecycle clause is read in more than one way; absent when none do'),
  warnings: z.array(z.string()),
});
export type RunResult = z.infer<typeof RunResult>;

/** One party's status on the day asked about. */
export const PartyStatus = z.object({
  party: z.string(),
  state: z.string().describe('the state bound on that day: the party itself, or its continuator'),
  status: TreatyStatus,
  since: IsoDate.nullable(),
  until: IsoDate.nullable(),
  explanation: z.array(ExplanationStep),
});
export type PartyStatus = z.infer<typeof PartyStatus>;

export const StatusResult = z.object({
  treaty: z.string(),
  date: IsoDate,
  party: z
    .string()
    .nullable()
    .describe('the party asked about (--party), whose status the top-level fields then give; null: the treaty as a whole'),
  status: TreatyStatus,
  since: IsoDate.nullable(),
  until: IsoDate.nullable(),
  term: z.number().int().nullable(),
  termStart: IsoDate.nullable().optional().describe('the first day of the term the day falls in'),
  termEnd: IsoDate.nullable(),
  noticeDeadline: IsoDate.nullable(),
  nextNoticeDeadline: z
    .object({ date: IsoDate, term: z.number().int(), termEnd: IsoDate })
    .nullable()
    .optional()
    .describe('a renewing treaty: the next notice deadline still open on the day (its last day), the term it ends and that term’s end'),
  endIfNoticeGiven: IsoDate.nullable()
    .optional()
    .describe(
      'the day a notice given on the day asked would take effect (the end of the term it is in time for, or the withdrawal’s effect), other ends aside; null where no notice is provided for',
    ),
  readings: z.record(z.string(), z.string()),
  explanation: z.array(ExplanationStep),
  parties: z.array(PartyStatus).describe("each party's status on the day"),
  suspensions: z.array(PairSuspension).describe('obligations between two parties suspended on the day'),
});
export type StatusResult = z.infer<typeof StatusResult>;
