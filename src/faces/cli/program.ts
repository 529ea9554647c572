/**
 * The `pacta` command line. Each command lives in its own file under ./commands and only parses
 * arguments, calls the library and prints; the logic stays in the parts it calls.
 * Exit status: 0 success, 1 a finding (failed check or expectation), 2 bad usage or bad input.
 * Everything is written through the given I/O (the process's by default), so the CLI can run
 * inside a test's process; runCli never exits the process nor sets its exit code.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { formatDiagnostic, InputError } from '../../model/index.js';
import { commands } from './commands/index.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL_ERROR, EXIT_OK } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';

/** The version `package.json` gives, read once. */
const PACTA_VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const program = new Command('pacta')
    .description('Treaties as executable, verifiable code.')
    .version(PACTA_VERSION, '-V, --version', "print Pacta's version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run `pacta --help` for the list of commands)');
  let status = EXIT_OK;
  const context = { io, report: (code: number) => (status = Math.max(status, code)) };
  for (const register of commands) register(program, context);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (error instanceof InputError) {
      printInputError(error, io);
      return EXIT_BAD_INPUT;
    }
    // An unexpected failure is our bug, not the user's: say so in one line, keep the trace behind a flag.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`pacta: internal error: ${message}\n  (set PACTA_DEBUG=1 for details; please report it)\n`);
    if (io.env.PACTA_DEBUG) io.stderr.write(String(error instanceof Error ? error.stack : error) + '\n');
    return EXIT_INTERNAL_ERROR;
  }
}

/** The one place bad input is printed: each finding as `file[:line:column]: error: message`, then `  hint: …`. */
function printInputError(error: InputError, io: CliIo): void {
  for (const d of error.diagnostics) io.stderr.write(formatDiagnostic(d) + '\n');
}
