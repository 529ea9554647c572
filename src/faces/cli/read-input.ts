/**
 * Reading the input of `pacta ingest`: a file, a named pipe or standard input, never more than the
 * input limit. Whatever the path names, at most MAX_INPUT_BYTES + 1 bytes are read: one byte past the
 * limit proves the input too large (`input-too-large`), so `/proc` files (whose size says 0), pipes
 * and growing files are bounded as well as regular ones. Devices are refused (`/dev/zero` never
 * ends, a terminal or a disk is not a document); standard input is read through `-` or `/dev/stdin`.
 * A named pipe is opened without blocking: a pipe no program writes to gives `input-no-writer` after
 * PIPE_WRITER_WAIT_MS instead of waiting for ever.
 */
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { InputError } from '../../model/index.js';
import { MAX_INPUT_BYTES, tooLargeError } from '../../text/index.js';
import { inputError } from './errors.js';

/** How long a named pipe may go without a writer (no data and no writer connected) before it is refused. */
export const PIPE_WRITER_WAIT_MS = 3_000;

/** How often a pipe without data is polled while waiting for its writer. */
const PIPE_POLL_MS = 20;

/** Bytes read at a time. */
const CHUNK_BYTES = 64 * 1024;

/** The name standard input goes by in messages. */
export const STDIN_NAME = '<stdin>';

/** Paths that mean standard input. */
const STDIN_PATHS = new Set(['-', '/dev/stdin']);

/** Collects chunks up to the limit; past it, the input is too large. */
class Bounded {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private readonly buffer = Buffer.alloc(CHUNK_BYTES);

  constructor(private readonly name: string) {}

  /** Reads the next chunk of `handle` (never more than one byte past the limit in all); 0 at the end. */
  async readFrom(handle: FileHandle): Promise<number> {
    const room = Math.min(this.buffer.length, MAX_INPUT_BYTES + 1 - this.total);
    const { bytesRead } = await handle.read(this.buffer, 0, room, null);
    if (bytesRead > 0) this.add(this.buffer.subarray(0, bytesRead));
    return bytesRead;
  }

  add(chunk: Uint8Array): void {
    this.chunks.push(Buffer.from(chunk));
    this.total += chunk.length;
    if (this.total > MAX_INPUT_BYTES) throw tooLargeError(this.name, this.total, { atLeast: true });
  }

  bytes(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.chunks, this.total));
  }
}

/**
 * Opens `file` with `flags`, reads it with `read` and closes it. An error that is not already an
 * InputError (a failed read) becomes `input-unreadable`.
 */
async function readOpened(file: string, flags: number, read: (handle: FileHandle, bounded: Bounded) => Promise<void>): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(file, flags);
  } catch (error) {
    throw openError(file, error);
  }
  try {
    const bounded = new Bounded(file);
    await read(handle, bounded);
    return bounded.bytes();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(file, (error as NodeJS.ErrnoException).code);
  } finally {
    await handle.close();
  }
}

/** Reads a file, a named pipe, or standard input (`-`, `/dev/stdin`), bounded by the input limit. */
export async function readInput(file: string, stdin: NodeJS.ReadableStream | undefined): Promise<{ name: string; bytes: Uint8Array }> {
  if (STDIN_PATHS.has(file)) {
    if (!stdin)
      throw inputError(file, 'standard input is not available here', 'give the path of a text file', { code: 'input-unreadable' });
    return { name: STDIN_NAME, bytes: await readStream(stdin, STDIN_NAME) };
  }
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw openError(file, error);
  }
  if (info.isDirectory()) throw directoryError(file);
  if (info.isCharacterDevice() || info.isBlockDevice() || info.isSocket()) {
    throw inputError(
      file,
      `is a ${info.isSocket() ? 'socket' : 'device'}, not a file: pacta ingest reads text files, named pipes and standard input`,
      'give the path of a text file, or `-` to read standard input (e.g. `some-command | pacta ingest -`)',
      { code: 'input-is-device' },
    );
  }
  if (info.isFIFO()) return { name: file, bytes: await readPipe(file) };
  // A regular file: its size refuses a large one at the cost of a stat; the bounded read covers
  // files whose size lies (/proc) or that grow while being read.
  if (info.size > MAX_INPUT_BYTES) throw tooLargeError(file, info.size);
  const bytes = await readOpened(file, constants.O_RDONLY, async (handle, bounded) => {
    while ((await bounded.readFrom(handle)) > 0);
  });
  return { name: file, bytes };
}

/**
 * A named pipe, opened without blocking (a blocking open waits for a writer, for ever if none comes).
 * Read without blocking, a pipe with a writer connected and nothing written yet says EAGAIN; a pipe
 * no writer has opened (or whose writers are gone) reads as the end. So: until something (data or
 * EAGAIN) shows a writer, an end is taken for "no writer yet" and polled until PIPE_WRITER_WAIT_MS;
 * after, an end is the end.
 */
function readPipe(file: string): Promise<Uint8Array> {
  return readOpened(file, constants.O_RDONLY | constants.O_NONBLOCK, async (handle, bounded) => {
    const deadline = Date.now() + PIPE_WRITER_WAIT_MS;
    let writerSeen = false;
    for (;;) {
      let bytesRead: number;
      try {
        bytesRead = await bounded.readFrom(handle);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        writerSeen = true;
        await sleep(PIPE_POLL_MS);
        continue;
      }
      if (bytesRead > 0) {
        writerSeen = true;
        continue;
      }
      if (writerSeen) return;
      if (Date.now() >= deadline) {
        throw inputError(
          file,
          `is a named pipe and no program wrote to it within ${PIPE_WRITER_WAIT_MS / 1000} seconds`,
          `start the program that writes to the pipe first (e.g. \`some-command > ${file} &\`), or give a text file`,
          { code: 'input-no-writer' },
        );
      }
      await sleep(PIPE_POLL_MS);
    }
  });
}

/** Standard input (or any stream), bounded: reading stops at the first byte past the limit. */
function readStream(stream: NodeJS.ReadableStream, name: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const bounded = new Bounded(name);
    const stop = (): void => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      stream.pause();
    };
    // Past the limit nothing more is wanted: let go of the stream, so the process can end.
    const abandon = (): void => {
      stop();
      const destroyable = stream as NodeJS.ReadableStream & { destroy?: () => void };
      destroyable.destroy?.();
    };
    const onData = (chunk: Buffer | string): void => {
      try {
        bounded.add(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      } catch (error) {
        abandon();
        reject(error as Error);
      }
    };
    const onEnd = (): void => {
      stop();
      resolve(bounded.bytes());
    };
    const onError = (error: NodeJS.ErrnoException): void => {
      abandon();
      reject(unreadable(name, error.code));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.resume();
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function openError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return inputError(file, 'no such file', 'check the path (it is relative to the current directory)', { code: 'input-missing' });
  if (code === 'EACCES') return inputError(file, 'permission denied', 'check the file’s permissions', { code: 'input-unreadable' });
  if (code === 'EISDIR') return directoryError(file);
  return unreadable(file, code);
}

function directoryError(file: string): InputError {
  return inputError(file, 'is a directory, not a file', 'give the path of one text file', { code: 'input-is-directory' });
}

function unreadable(file: string, code: string | undefined): InputError {
  return inputError(file, `cannot read the file (${code ?? 'unknown error'})`, 'check the path and the file', { code: 'input-unreadable' });
}
