/** The CLI's commands, in the order `pacta --help` lists them. Add a command by adding its file here. */
import type { Command } from 'commander';
import { registerIngest } from './ingest.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerRender } from './render.js';
import { registerRun } from './run.js';
import { registerServe } from './serve.js';
import { registerStatus } from './status.js';
import { registerTest } from './test.js';

/** A command registers itself on the program; `report` raises the exit status (1 for a finding). */
export type RegisterCommand = (program: Command, report: (exitCode: number) => void) => void;

export const commands: RegisterCommand[] = [registerIngest, registerCheck, registerRender, registerStatus, registerRun, registerTest, registerDiff, registerExport, registerServe];
