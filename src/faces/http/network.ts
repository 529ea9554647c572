/**
 * The network routes' pieces: `GET /api/network?at=DATE[&code=CODE][&format=json|edges]` (the
 * edges A owes B on a day) and `GET /api/network/dyad-years[?from=YEAR&to=YEAR&code=CODE&format=csv|json]`
 * (ATOP-comparable rows). Their query and answer schemas, and the coded dyads they are read from,
 * computed once per corpus (the corpus does not change while the server runs).
 */
import { z } from '@hono/zod-openapi';
import type { CheckResult } from '../../check/index.js';
import { codedDyads, dyadYears, dyadYearsCsv, networkAt, networkEdgesCsv, type CodedDyads } from '../../export/index.js';
import {
  ATOP_CODE_NAMES,
  DyadYearsResult as DyadYearsResultModel,
  IsoDate,
  NetworkResult as NetworkResultModel,
  type AtopCodeName,
  type CompiledCorpus,
} from '../../model/index.js';
import { ProblemError } from './problem.js';
import { firstValue, invalidRequest, named } from './schemas.js';

export const NetworkResult = named(NetworkResultModel, 'NetworkResult');
export const DyadYearsResult = named(DyadYearsResultModel, 'DyadYearsResult');

const query = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema);
const Code = query(
  z
    .enum(ATOP_CODE_NAMES, { error: `an ATOP code: ${ATOP_CODE_NAMES.join(', ')}` })
    .optional()
    .describe('only where this code is 1 or unknown'),
);
const Year = (description: string) =>
  query(
    z
      .string()
      .regex(/^(?!0+$)\d{1,4}$/, 'a year from 1 to 9999')
      .optional()
      .describe(description),
  );

/** The first issue's field and message, as `field: message`. */
const firstIssue = (fallback: string) => (_: unknown, issues: readonly { message: string; path?: readonly PropertyKey[] }[]) => {
  const first = issues[0];
  return `${String(first?.path?.[0] ?? fallback)}: ${first?.message ?? 'not valid'}`;
};

export const NetworkQuery = z
  .object({
    at: query(IsoDate.optional().describe('the day (default: today where the server runs)')),
    code: Code,
    format: query(
      z
        .enum(['json', 'edges'], { error: 'use json or edges' })
        .default('json')
        .describe('json: nodes and edges with their quotes; edges: a CSV edge list (from,to,treaty,codes,unknown,since,until)'),
    ),
  })
  .register(invalidRequest, { detail: firstIssue('at') });

export const DyadYearsQuery = z
  .object({
    from: Year('the first year (default: the first year a dyad holds)'),
    to: Year('the last year (default: the year of the last recorded event)'),
    code: Code,
    format: query(z.enum(['csv', 'json'], { error: 'use csv or json' }).default('csv').describe('csv (RFC 4180) or json')),
  })
  .register(invalidRequest, { detail: firstIssue('format') });

/** How many dyad-year answers are kept (the whole corpus's CSV is a few megabytes). */
const YEAR_ANSWERS_KEPT = 4;

/** The corpus's coded dyads, made on first use, and the answers read from them. */
export class NetworkAnswers {
  private coded: CodedDyads | undefined;
  /** The last few dyad-year answers (the rows take a moment to make; a download is often asked again). */
  private readonly yearAnswers = new Map<string, { json: DyadYearsResultModel } | { csv: string }>();

  constructor(
    private readonly compiled: CompiledCorpus,
    private readonly check: CheckResult,
  ) {}

  private dyads(): CodedDyads {
    return (this.coded ??= codedDyads(this.compiled, this.check));
  }

  /** The network on a day, as JSON or as the CSV edge list. */
  network(date: string, code: AtopCodeName | undefined, format: 'json' | 'edges') {
    const result = networkAt(this.compiled, this.check, date, code ?? null, this.dyads());
    return format === 'json' ? { json: result } : { csv: networkEdgesCsv(result) };
  }

  /** The dyad-year rows; `from` after `to` is refused (400 naming `from`). */
  dyadYears(from: string | undefined, to: string | undefined, code: AtopCodeName | undefined, format: 'csv' | 'json') {
    if (from !== undefined && to !== undefined && Number(from) > Number(to))
      throw new ProblemError(400, `from: ${from} is after to (${to})`, [
        { field: 'from', message: `after to (${to})`, hint: 'give the first year first, e.g. from=1990&to=1995' },
      ]);
    const key = [from, to, code, format].join('\u0000');
    const kept = this.yearAnswers.get(key);
    if (kept) return kept;
    const range = {
      ...(from !== undefined ? { from: Number(from) } : {}),
      ...(to !== undefined ? { to: Number(to) } : {}),
      ...(code ? { code } : {}),
    };
    const result = dyadYears(this.compiled, this.check, range, this.dyads());
    const answer = format === 'json' ? { json: result } : { csv: dyadYearsCsv(result) };
    if (this.yearAnswers.size >= YEAR_ANSWERS_KEPT) this.yearAnswers.delete(this.yearAnswers.keys().next().value!);
    this.yearAnswers.set(key, answer);
    return answer;
  }
}
