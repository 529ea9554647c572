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

/**
 * `lineColumnAt` for many offsets in one text: the line starts are found once, and each offset is
 * placed in O(log n) (scanning from the start for each of 50,000 findings took minutes). An offset
 * outside the text (or not a whole number) is placed at the nearest place within it.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    const end = Math.min(Math.max(0, Number.isFinite(offset) ? Math.floor(offset) : 0), this.text.length);
    // The last line start at or before `end`.
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= end) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: end - this.starts[low]! + 1 };
  }
}

/**
 * The most findings one check or one input reports: past it, one more finding says how many were
 * left out (1 MB of invalid events once gave 210,000 errors, a 32 MB answer and 1.9 GB of memory).
 */
export const MAX_DIAGNOSTICS = 1000;

/** The finding that stands for `count` findings left out. */
export function moreDiagnostics(file: string, count: number): Diagnostic {
  return {
    severity: 'error',
    file,
    line: 0,
    column: 0,
    code: 'too-many-diagnostics',
    message: `${count} more finding${count === 1 ? '' : 's'} not shown (at most ${MAX_DIAGNOSTICS} are reported)`,
    hint: 'fix the findings shown and check again',
  };
}

/** The first MAX_DIAGNOSTICS findings and, if there were more, one that counts the rest. */
export function capDiagnostics(list: Diagnostic[]): Diagnostic[] {
  if (list.length <= MAX_DIAGNOSTICS) return list;
  const shown = list.slice(0, MAX_DIAGNOSTICS);
  shown.push(moreDiagnostics(list[MAX_DIAGNOSTICS]!.file, list.length - MAX_DIAGNOSTICS));
  return shown;
}

/** Appends `items` to `target` one by one: `push(...items)` overflows the stack past ~100,000 items. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
