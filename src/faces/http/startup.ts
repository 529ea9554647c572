/**
 * Why the server could not start, said as bad input (exit status 2 from `pacta serve`): what is at
 * fault (the data folder, the database file, the host and port) and what to do, never a stack trace.
 */
import { InputError } from '../../model/index.js';
import { hostInUrl } from './guard.js';

const DATA_HINT = 'give a folder you can write with --data (or PACTA_DATA), or make this one writable';

/** The error's code (a Node system error's, or SQLite's), if it has one. */
const codeOf = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** An error opening the database (`dataDir`/pacta.sqlite) as bad input, or the error itself when it is none of those. */
export function storeOpenError(error: unknown, file: string, dataDir: string): unknown {
  if (error instanceof InputError) return error;
  const code = codeOf(error);
  if (['EEXIST', 'ENOTDIR'].includes(code))
    return new InputError({
      file: dataDir,
      line: 0,
      column: 0,
      code: 'serve-data-unwritable',
      message: `cannot create the data folder: a file is in its way (${code})`,
      hint: 'give a folder with --data (or PACTA_DATA), or move the file away',
    });
  if (['EACCES', 'EPERM', 'EROFS'].includes(code))
    return new InputError({
      file: dataDir,
      line: 0,
      column: 0,
      code: 'serve-data-unwritable',
      message: `cannot create the data folder or write in it: not permitted (${code})`,
      hint: DATA_HINT,
    });
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return new InputError({
      file,
      line: 0,
      column: 0,
      code: 'serve-database-unreadable',
      message: `the database file is damaged or is not a Pacta database (${code}: ${messageOf(error)})`,
      hint: 'move the file aside (a new database is created in its place) or restore it from a backup, or give another folder with --data',
    });
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM')
    return new InputError({
      file,
      line: 0,
      column: 0,
      code: 'serve-data-unwritable',
      message: `cannot open the database file for writing (${code}: ${messageOf(error)})`,
      hint: DATA_HINT,
    });
  return error;
}

/** An error listening on `host`:`port` as bad input, or the error itself when it has no code. */
export function listenError(error: unknown, host: string, port: number): unknown {
  const code = codeOf(error);
  const where = `${hostInUrl(host)}:${port}`;
  const at = (code: 'serve-port-in-use' | 'serve-host-unresolvable' | 'serve-listen-failed', file: string, message: string, hint: string) =>
    new InputError({ file, line: 0, column: 0, code, message, hint });
  switch (code) {
    case '':
      return error;
    case 'EADDRINUSE':
      return at(
        'serve-port-in-use',
        where,
        `port ${port} is in use by another program`,
        'stop that program (another pacta serve?), or give another port with --port (or PACTA_PORT; 0 picks a free one)',
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EAI_NONAME':
      return at(
        'serve-host-unresolvable',
        host,
        `cannot find an address for the host ${JSON.stringify(host)}`,
        'give an address of this machine with --host (or PACTA_HOST), such as 127.0.0.1',
      );
    case 'EADDRNOTAVAIL':
      return at(
        'serve-listen-failed',
        where,
        `${host} is not an address of this machine (${code})`,
        'give an address of this machine with --host (or PACTA_HOST), such as 127.0.0.1',
      );
    case 'EACCES':
    case 'EPERM':
      return at(
        'serve-listen-failed',
        where,
        `not allowed to listen on port ${port} (${code})`,
        'give a port above 1023 with --port (or PACTA_PORT)',
      );
    default:
      return at('serve-listen-failed', where, `cannot listen (${code}: ${messageOf(error)})`, 'give another --host or --port');
  }
}

/** An empty host would bind every interface: it is refused, naming where it came from (`--host`, `PACTA_HOST`). */
export function emptyHostError(option: string): InputError {
  return new InputError({
    file: option,
    line: 0,
    column: 0,
    code: 'bad-option',
    message: `${option} is empty, which would listen on every network interface`,
    hint: 'leave it out for 127.0.0.1 (this machine only), or give 0.0.0.0 to listen on every interface on purpose',
  });
}

/** Whether `host` is a loopback address or name (only this machine can connect). */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h.endsWith('.localhost');
}
