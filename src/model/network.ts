/**
 * The defence network and the dyad-year data (issue 17): who owes what to whom under which treaty,
 * as directed dyads over time, as the network on one day, and as rows comparable with the ATOP
 * project's directed dyad-year files. One schema for the engine's and the export's results, the
 * CLI's JSON, the HTTP answers (`GET /api/network`, `GET /api/network/dyad-years`) and the web UI.
 *
 * Direction: a dyad A → B is "A owes B": A bears a provision whose beneficiary B is (bearer and
 * beneficiary roles bound to parties). A code of a dyad is 1 when a complete provision running in
 * that direction earns it by the mapping of src/export/atop/mapping.ts, unknown (null, with the
 * reason) when only an incomplete provision or a gap in the text could earn it, or when the treaty's
 * status is itself unknown over the interval, and 0 otherwise.
 */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { Id } from './common.js';
import { jsonSchemaOf } from './published.js';
import { SpanJson } from './results.js';

/** ATOP's five obligation codes, in the codebook's order. */
export const ATOP_CODE_NAMES = ['DEFENSE', 'OFFENSE', 'NEUTRAL', 'NONAGG', 'CONSUL'] as const;
export const AtopCodeName = z.enum(ATOP_CODE_NAMES);
export type AtopCodeName = z.infer<typeof AtopCodeName>;

/** 1, 0, or null: unknown (the reason is given beside it). */
export const CodeValue = z.union([z.literal(0), z.literal(1)]).nullable();
export type CodeValue = z.infer<typeof CodeValue>;

/** A provision behind a dyad: its words and where they stand. */
export const DyadProvision = z.object({
  id: Id,
  article: z.string(),
  quote: z.string().describe('the words of the provision, verbatim'),
  source: z.string().describe("the treaty's source the quote is from"),
  file: z.string().optional().describe('the source file, relative to the corpus root (absent: the quote could not be located)'),
  spans: z.array(SpanJson).describe('where the quote stands in the file (character offsets)'),
  codes: z.array(AtopCodeName).describe('the codes it earns (a complete provision) or might earn (an incomplete one)'),
  incomplete: z.string().optional().describe('an incomplete provision: why its words are cut (its codes are then unknown, never 1)'),
});
export type DyadProvision = z.infer<typeof DyadProvision>;

/** One code of a dyad over an interval. */
export const DyadCode = z.object({
  code: AtopCodeName,
  value: CodeValue,
  provisions: z.array(Id).describe('value 1: the provisions that earn it in this direction; null: those that might'),
  reason: z.string().optional().describe('value null: why it is unknown, in one sentence'),
});
export type DyadCode = z.infer<typeof DyadCode>;

/** How the treaty applies between the two over an interval. */
export const DyadStatus = z
  .enum(['in-force', 'provisionally-applied', 'unknown'])
  .describe("unknown: the treaty's status (or a party's) over the interval is not settled, so its codes are unknown");
export type DyadStatus = z.infer<typeof DyadStatus>;

/** A stretch of days [from, to) over which a directed dyad holds with the same states and codes. */
export const DyadInterval = z.object({
  from: IsoDate.nullable().describe('the first day it holds; null: a day the records do not settle (an unknown entry into force)'),
  to: IsoDate.nullable().describe('the first day it no longer holds; null: open (as the recorded history stands)'),
  stateA: z
    .string()
    .describe("the state bearing the obligations over the interval (a continuator in its predecessor's place: RUS for SUN)"),
  stateB: z.string().describe('the state they are owed to over the interval'),
  status: DyadStatus,
  codes: z.array(DyadCode).length(5).describe('the five codes, in ATOP order'),
  endedBy: z
    .string()
    .optional()
    .describe("why it ended, in words (a withdrawal, a suspension, a succession, the treaty's end); absent for an open interval"),
});
export type DyadInterval = z.infer<typeof DyadInterval>;

/** Everything one party owes another under one treaty, over time. */
export const Dyad = z.object({
  treaty: Id,
  partyA: z.string().describe('the party bearing the obligations, as the treaty names it (SUN, whoever acts for it later)'),
  partyB: z.string().describe('the party they are owed to'),
  provisions: z.array(DyadProvision).describe('the provisions running from A to B that earn, or might earn, a code'),
  intervals: z.array(DyadInterval),
});
export type Dyad = z.infer<typeof Dyad>;

export const NetworkNode = z.object({
  state: z.string().describe('ISO 3166-1 alpha-3 (ISO 3166-3 for a historic state)'),
  name: z.string(),
});
export type NetworkNode = z.infer<typeof NetworkNode>;

/** One edge of the network on a day: A owes B under a treaty. */
export const NetworkEdge = z.object({
  from: z.string().describe('the state that owes (bearer)'),
  to: z.string().describe('the state owed (beneficiary)'),
  treaty: Id,
  treatyTitle: z.string(),
  partyFrom: z.string().describe('the party `from` acts for (itself, or its predecessor: SUN for RUS)'),
  partyTo: z.string(),
  codes: z.array(DyadCode).length(5).describe('the five codes on the day, in ATOP order'),
  provisions: z.array(DyadProvision),
  since: IsoDate.nullable().describe('the first day of the current interval; null: not settled by the records'),
  until: IsoDate.nullable().describe('the first day after it; null: open'),
  status: DyadStatus,
});
export type NetworkEdge = z.infer<typeof NetworkEdge>;

/** The network on a day (`pacta network --at DATE`, `GET /api/network?at=DATE`). */
export const NetworkResult = z.object({
  date: IsoDate,
  code: AtopCodeName.nullable().describe('the code asked for: only edges where it is 1 or unknown; null: every edge'),
  nodes: z.array(NetworkNode).describe('every state at an end of an edge, by code'),
  edges: z.array(NetworkEdge).describe('by from, to, treaty'),
  codebook: z.string().describe("what the codes mean: ATOP codebook and Pacta's mapping"),
});
export type NetworkResult = z.infer<typeof NetworkResult>;

/** One directed dyad under one treaty in one calendar year (ATOP's directed dyad-year unit, with day-level dates). */
export const DyadYearRow = z.object({
  stateA: z.string().describe('ISO alpha-3 code of the state that owes (ATOP: COW code, not converted)'),
  stateB: z.string().describe('ISO alpha-3 code of the state owed'),
  year: z.number().int(),
  treaty: Id,
  atopid: z.number().int().nullable().describe("the treaty's ATOP id where the corpus records one; null otherwise (never guessed)"),
  defense: CodeValue,
  offense: CodeValue,
  neutral: CodeValue,
  nonagg: CodeValue,
  consul: CodeValue,
  start: IsoDate.describe('the first day within the year on which it holds'),
  end: IsoDate.describe('the last day within the year on which it holds (inclusive)'),
  provisions: z.array(Id).describe('the provisions behind the codes that are 1 or unknown'),
});
export type DyadYearRow = z.infer<typeof DyadYearRow>;

/** The dyad-year data (`pacta network --dyad-years`, `GET /api/network/dyad-years`). */
export const DyadYearsResult = z.object({
  from: z.number().int().describe('the first year given'),
  to: z.number().int().describe('the last year given'),
  rows: z.array(DyadYearRow).describe('by stateA, stateB, year, treaty, start'),
  codebook: z.string(),
});
export type DyadYearsResult = z.infer<typeof DyadYearsResult>;

/** The text of schemas/network.schema.json: the network on a day, as produced (`pacta network --at DATE --format json`). */
export function networkJsonSchemaText(): string {
  return (
    JSON.stringify(
      jsonSchemaOf(NetworkResult, 'Pacta defence network on a day (pacta network --at DATE --format json)', 'output'),
      null,
      2,
    ) + '\n'
  );
}

/** The text of schemas/dyad-years.schema.json: the dyad-year rows, as produced (`pacta network --dyad-years --format json`). */
export function dyadYearsJsonSchemaText(): string {
  return (
    JSON.stringify(
      jsonSchemaOf(DyadYearsResult, 'Pacta directed dyad-year data (pacta network --dyad-years --format json)', 'output'),
      null,
      2,
    ) + '\n'
  );
}
