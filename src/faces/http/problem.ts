/**
 * Errors as RFC 9457 `application/problem+json`, with the field at fault where there is one. One
 * schema (the document's `Problem`), one error class that handlers and middleware throw, and one
 * function that turns it into the response.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Diagnostic, InputError } from '../../model/index.js';
import { MAX_PROBLEM_ERRORS } from './limits.js';

export const ProblemField = z
  .strictObject({
    field: z
      .string()
      .describe(
        'the field at fault: a path in the body such as events[0].date, a query parameter, id, a header (content-type, origin, sec-fetch-site, host), (body), or (more) for those not listed',
      ),
    message: z.string(),
    hint: z.string().optional().describe('what to do about it'),
    line: z.number().int().positive().optional().describe('1-based line in the request body, where known'),
    column: z.number().int().nonnegative().optional().describe('1-based column in the request body, where known'),
  })
  .openapi('ProblemField');
export type ProblemField = z.infer<typeof ProblemField>;

/** The statuses a problem may have, and their titles. */
export const PROBLEM_TITLES = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
} as const;
export type ProblemStatus = keyof typeof PROBLEM_TITLES;

export const Problem = z
  .strictObject({
    type: z.string().describe('a URI naming the kind of problem: https://pacta.invalid/problems/ and the title in kebab case'),
    title: z.string().describe('the HTTP status in words'),
    status: z.number().int().describe('the HTTP status'),
    detail: z.string().describe('what went wrong, in words'),
    errors: z.array(ProblemField).optional().describe('each field at fault'),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof Problem>;

/** Thrown by handlers and middleware; `app.onError` answers it with its problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly detail: string,
    readonly errors?: ProblemField[],
    /** Headers to send with it (a refused body closes the connection). */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  get title(): string {
    return PROBLEM_TITLES[this.status];
  }

  /** The problem+json; `errors` lists at most MAX_PROBLEM_ERRORS fields, then one saying how many more there are. */
  get body(): Problem {
    const { title, status, detail, errors } = this;
    const more = errors ? errors.length - MAX_PROBLEM_ERRORS : 0;
    const listed =
      errors && more > 0
        ? [
            ...errors.slice(0, MAX_PROBLEM_ERRORS),
            {
              field: '(more)',
              message: `${more} more not listed (at most ${MAX_PROBLEM_ERRORS} are)`,
              hint: 'correct these and send it again to see the rest',
            },
          ]
        : errors;
    return {
      type: `https://pacta.invalid/problems/${title.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      title,
      status,
      detail,
      ...(listed ? { errors: listed } : {}),
    };
  }

  /** Bad input found by the library (a diagnostic with file, line and hint): 400. */
  static fromInput(error: InputError): ProblemError {
    return new ProblemError(400, error.message, diagnosticFields(error.diagnostics));
  }
}

/** The one place a problem becomes a response. */
export function problemResponse(c: Context, problem: ProblemError): Response {
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
  // newResponse, not body: a route's `c.body` is bounded in size (app.ts), and a problem is always sent.
  return c.newResponse(JSON.stringify(problem.body), problem.status, { 'content-type': 'application/problem+json' });
}

export function zodProblemFields(error: z.ZodError): ProblemField[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}

export function diagnosticFields(diagnostics: readonly Diagnostic[]): ProblemField[] {
  return diagnostics.map((d) => ({
    field: d.path ?? d.file,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.line ? { line: d.line, column: d.column } : {}),
  }));
}
