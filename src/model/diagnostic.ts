/**
 * A diagnostic: one finding about one place in one file. Error messages are part of Pacta's API:
 * every face prints them as `file:line:column: message` followed by what to do.
 */
import { z } from 'zod';
import { DiagnosticCode } from './diagnostic-codes.js';

export { DiagnosticCode } from './diagnostic-codes.js';

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z.object({
  severity: Severity,
  file: z.string(),
  /** 1-based; 0 when the finding is about the file as a whole. */
  line: z.number().int().nonnegative(),
  /** 1-based; 0 when the finding is about the file as a whole. */
  column: z.number().int().nonnegative(),
  code: DiagnosticCode,
  message: z.string(),
  hint: z.string().optional().describe('what to do about it'),
  path: z.string().optional().describe('the field at fault, e.g. events[0].date, where known'),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const head = `${where}: ${d.severity}: ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Bad input that stops a command: the faces turn it into exit status 2 and the formatted message. */
export class InputError extends Error {
  readonly diagnostic: Diagnostic;
  /** Every finding, when there are several (the first is `diagnostic`). */
  readonly diagnostics: Diagnostic[];
  constructor(diagnostic: Omit<Diagnostic, 'severity'>, more: readonly Diagnostic[] = []) {
    super(diagnostic.message);
    this.name = 'InputError';
    this.diagnostic = { severity: 'error', ...diagnostic };
    this.diagnostics = [this.diagnostic, ...more];
  }

  static of(diagnostics: readonly Diagnostic[]): InputError {
    const [first, ...rest] = diagnostics;
    if (!first) throw new Error('InputError.of needs at least one diagnostic');
    return new InputError(first, rest);
  }
}

/** 1-based line and column of a character offset, counting columns in UTF-16 code units like editors do. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
