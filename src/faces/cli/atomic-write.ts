/**
 * Writing a file whole or not at all (`export --out`). The text goes to a temporary file in the
 * target's own folder (`.NAME.pacta-PID-RANDOM.tmp`: same file system, so the rename is atomic),
 * which is synced to disk, renamed over the target, and the folder synced so the rename itself
 * survives a power cut. The target is never seen half written: before the rename it is the old file,
 * after it the new one.
 *
 * Clean-up: on any error the temporary file is removed and the target left as it was. While the
 * write is under way, SIGINT and SIGTERM remove it too, then end the process by the same signal. A
 * process killed outright (SIGKILL, a power cut) cannot clean up: the next write to the same target
 * removes temporary files left by processes that no longer run.
 *
 * A symbolic link as the target is written through: its target file is replaced and the link kept,
 * as the shell's `>` does. A link to nothing (dangling) is refused: nothing to write through to.
 */
import { randomBytes } from 'node:crypto';
import { constants, lstatSync, readdirSync, realpathSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { InputError } from '../../model/index.js';
import { inputError } from './errors.js';

/** Bytes written at a time: small enough that a signal is handled within a moment of a large write. */
const CHUNK_BYTES = 1024 * 1024;

/** Signals that remove the temporary file before the process ends. */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function temporaryPrefix(name: string): string {
  return `.${name}.pacta-`;
}

/** Whether a process with this id is running (a temporary file of a live process is left alone). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files of this target left by processes killed outright. Best effort. */
function removeStale(folder: string, name: string): void {
  const prefix = temporaryPrefix(name);
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = Number(/^(\d+)-/.exec(entry.slice(prefix.length))?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    try {
      unlinkSync(join(folder, entry));
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** The file to replace: `out` itself, or the file a symbolic link at `out` points to. */
function resolveTarget(out: string): string {
  const target = resolve(out);
  let link: boolean;
  try {
    link = lstatSync(target).isSymbolicLink();
  } catch {
    return target; // no such file yet: it will be created
  }
  if (!link) return target;
  try {
    return realpathSync(target);
  } catch {
    throw inputError(
      out,
      `cannot write ${out}: it is a symbolic link to a file that does not exist`,
      'remove the link, or point it at an existing file; nothing was written',
      { code: 'write-failed' },
    );
  }
}

/**
 * Syncs a folder, so that a rename in it is on disk. Best effort: some file systems cannot (EINVAL),
 * and once the rename is done the file is written whatever the sync says.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // the rename stands; only its durability across a power cut is left to the file system
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes `text` to `out` whole or not at all (see the module comment). Throws an InputError
 * (`no-such-folder`, `is-a-folder`, `write-failed`) with nothing written.
 */
export async function writeWhole(out: string, text: string): Promise<void> {
  const target = resolveTarget(out);
  const folder = dirname(target);
  if (!isFolder(folder)) {
    throw inputError(out, `cannot write ${out}: no folder ${dirname(out)}`, 'create the folder first, or give another --out path', {
      code: 'no-such-folder',
    });
  }
  const info = existing(out, target);
  if (info?.isDirectory())
    throw inputError(out, `cannot write ${out}: it is a folder`, 'give a file name, e.g. --out treaty.akn.xml', { code: 'is-a-folder' });
  if (info && !info.isFile())
    throw inputError(
      out,
      `cannot write ${out}: it is not a regular file (a device, a pipe or a socket)`,
      'give the path of a file; nothing was written',
      { code: 'write-failed' },
    );
  const mode = info ? info.mode & 0o7777 : undefined; // the new file keeps the permissions of the one it replaces
  removeStale(folder, basename(target));
  const temporary = join(folder, `${temporaryPrefix(basename(target))}${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const onSignal = (signal: NodeJS.Signals): void => {
    try {
      unlinkSync(temporary);
    } catch {
      // not created yet, or renamed already
    }
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal); // ends the process as the signal would have
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, 'wx', mode ?? 0o666);
    if (mode !== undefined) await handle.chmod(mode);
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length;) {
      const { bytesWritten } = await handle.write(bytes, offset, Math.min(CHUNK_BYTES, bytes.length - offset));
      offset += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined); // already renamed, or never created
    throw writeFailed(out, error);
  } finally {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  }
  await syncFolder(folder);
}

/** The target as it is now, or undefined if there is none yet. */
function existing(out: string, target: string): Stats | undefined {
  try {
    return statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw writeFailed(out, error); // e.g. EACCES: a folder that may be listed but not searched
  }
}

function writeFailed(out: string, error: unknown): InputError {
  const reason = error instanceof Error ? error.message : String(error);
  return inputError(out, `cannot write ${out}: ${reason}`, 'check the path and its permissions; nothing was written', {
    code: 'write-failed',
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
