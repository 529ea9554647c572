/**
 * The CLI's outside world: where it writes and which environment it reads. `runCli` takes one, so a
 * test can run a command in its own process and capture what it prints; `main.ts` gives the
 * process's. Every command writes through it, never to process.stdout or process.stderr directly.
 * Relative paths are still resolved against process.cwd() (the corpus loader names files relative
 * to it), so a command run in another folder needs a process of its own.
 */

/** Somewhere to write text: process.stdout, or a test's capture. */
export interface Sink {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: Sink;
  stderr: Sink;
  /** PACTA_CORPUS, PACTA_DEBUG, PACTA_PORT, PACTA_HOST, PACTA_DATA. */
  env: Readonly<Record<string, string | undefined>>;
  /** What `pacta ingest -` reads; without it, `-` is refused. */
  stdin?: NodeJS.ReadableStream;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, stdin: process.stdin };
}

/** What a command is given besides its program: the I/O, and how to raise the exit status (1 for a finding). */
export interface CliContext {
  io: CliIo;
  report: (exitCode: number) => void;
}
