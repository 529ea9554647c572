/**
 * Runs the `pacta` CLI for a test, capturing stdout, stderr and the exit status.
 *
 * `pacta()` runs it inside the test's own process (runCli with captured output): no process to
 * start, and the checked corpus is kept between commands (src/faces/cli/corpus-access.ts), so a
 * command costs milliseconds instead of seconds. Use it for what a command prints and its status.
 *
 * `pactaProcess()` runs it as a user would, a child process of `node src/faces/cli/main.ts`. Use it
 * only for what a process alone shows: the exit code the shell sees, the entry points (main.ts,
 * bin/pacta.js), a pipe closed early, uncaught errors, PACTA_DEBUG's stack trace. Each costs a
 * couple of seconds (starting tsx and checking the corpus cold).
 *
 * Both take the folder to run in (default: the repository root). Relative paths are resolved
 * against the process's current folder, so `pacta()` given another folder than the test process's
 * runs as a process.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../src/faces/cli/program.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const MAIN = join(ROOT, 'src', 'faces', 'cli', 'main.ts');

export interface PactaOptions {
  /** The folder to run in (default: the repository root). */
  cwd?: string;
  /** Variables added to (or, as '', blanking) the test process's environment. */
  env?: Record<string, string>;
  /** What the command reads as standard input (`pacta ingest -`); in-process only. */
  stdin?: string | Uint8Array;
}

export interface PactaRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI in this process; resolves to the same shape as pactaProcess(). */
export async function pacta(args: string[], options: PactaOptions = {}): Promise<PactaRun> {
  if (resolve(options.cwd ?? ROOT) !== process.cwd()) return pactaProcess(args, options);
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { ...process.env, ...options.env },
    ...(options.stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(options.stdin)]) }),
  });
  return { status, stdout, stderr };
}

export interface ProcessOptions extends PactaOptions {
  /** Run the installed entry point, bin/pacta.js (which loads tsx itself), instead of main.ts. */
  bin?: boolean;
  /** Options for node itself, before the script (e.g. another --import). */
  nodeArgs?: string[];
}

/** The CLI as a child process, as a user runs it: `node --import tsx src/faces/cli/main.ts …`, or bin/pacta.js. */
export function pactaProcess(args: string[], options: ProcessOptions = {}): Promise<PactaRun> {
  const entry = options.bin ? [join(ROOT, 'bin', 'pacta.js')] : ['--import', 'tsx', MAIN];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
