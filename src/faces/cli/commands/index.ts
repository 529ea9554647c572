/** The CLI's commands, in the order `pacta --help` lists them. Add a command by adding its file here. */
import type { Command } from 'commander';
import type { CliContext } from '../io.js';
import { registerIngest } from './ingest.js';
import { registerNetwork } from './network.js';
import { registerObligations } from './obligations.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerRender } from './render.js';
import { registerRun } from './run.js';
import { registerServe } from './serve.js';
import { registerStatus } from './status.js';
import { registerTest } from './test.js';

/**
 * A command registers itself on the program. It writes only through `cli.io`, raises the exit status
 * with `cli.report` (1 for a finding), and throws the errors of ../errors.ts for bad input (exit 2).
 */
export type RegisterCommand = (program: Command, cli: CliContext) => void;

export const commands: RegisterCommand[] = [
  registerIngest,
  registerCheck,
  registerRender,
  registerStatus,
  registerNetwork,
  registerRun,
  registerObligations,
  registerTest,
  registerDiff,
  registerExport,
  registerServe,
];
