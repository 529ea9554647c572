/** Errors as RFC 9457 `application/problem+json`, with the field at fault where there is one. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Diagnostic } from '../../model/diagnostic.js';

export interface ProblemField {
  field: string;
  message: string;
  hint?: string;
  line?: number;
  column?: number;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemField[];
}

export function problem(c: Context, status: ContentfulStatusCode, title: string, detail: string, errors?: ProblemField[]) {
  const body: Problem = { type: `https://pacta.invalid/problems/${title.toLowerCase().replace(/[^a-z]+/g, '-')}`, title, status, detail, ...(errors ? { errors } : {}) };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}

export function zodProblemFields(error: z.ZodError): ProblemField[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}

export function diagnosticFields(diagnostics: readonly Diagnostic[]): ProblemField[] {
  return diagnostics.map((d) => ({ field: d.path ?? d.file, message: d.message, ...(d.hint ? { hint: d.hint } : {}), ...(d.line ? { line: d.line, column: d.column } : {}) }));
}
