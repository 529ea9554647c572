/**
 * The `pacta` command line. Each command lives in its own file under ./commands and only parses
 * arguments, calls the library and prints; the logic stays in the parts it calls.
 * Exit status: 0 success, 1 a finding (failed check or expectation), 2 bad usage or bad input.
 */
import { Command, CommanderError } from 'commander';
import { InputError, formatDiagnostic } from '../../model/diagnostic.js';
import { commands } from './commands/index.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL_ERROR, EXIT_OK } from './exit-codes.js';


export async function runCli(argv: string[]): Promise<number> {
  const program = new Command('pacta')
    .description('Treaties as executable, verifiable code.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run `pacta --help` for the list of commands)');
  let status = EXIT_OK;
  for (const register of commands) register(program, (code) => (status = Math.max(status, code)));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (error instanceof InputError) {
      for (const d of error.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
      return EXIT_BAD_INPUT;
    }
    // An unexpected failure is our bug, not the user's: say so in one line, keep the trace behind a flag.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`pacta: internal error: ${message}\n  (set PACTA_DEBUG=1 for details; please report it)\n`);
    if (process.env.PACTA_DEBUG) process.stderr.write(String(error instanceof Error ? error.stack : error) + '\n');
    return EXIT_INTERNAL_ERROR;
  }
}
