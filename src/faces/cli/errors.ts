/**
 * Bad input or bad usage found by a command: every command builds its errors here, and runCli
 * (program.ts) alone prints them, as `file[:line:column]: error: message` then `  hint: …`, with
 * exit status 2. `file` names what is at fault: a path, an argument, or an option such as `--format`.
 */
import { type Diagnostic, InputError } from '../../model/index.js';

type Code = Diagnostic['code'];

/** An error about a file or an argument; line and column 0 (the default) mean the thing as a whole. */
export function inputError(file: string, message: string, hint: string, where: { code: Code; line?: number; column?: number }): InputError {
  return new InputError({ file, line: where.line ?? 0, column: where.column ?? 0, code: where.code, message, hint });
}

/** An error about how the command was called: an option's value, or options that do not go together. */
export function usageError(option: string, message: string, hint: string, code: Code = 'bad-option'): InputError {
  return inputError(option, message, hint, { code });
}
