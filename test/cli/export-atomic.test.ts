/**
 * `export --out` writes whole or not at all (issue 18): a temporary file beside the target, synced
 * and renamed; none left after an error, a SIGTERM or a SIGINT (a real process killed mid-write), nor
 * after a SIGKILL once the next export runs; a symbolic link written through to its target.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs, { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MAIN, pacta, ROOT } from './support.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'pacta-atomic-'));
  dirs.push(dir);
  return dir;
};
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const cli = (...args: string[]) => pacta(args, { env: { PACTA_DEBUG: '' } });
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('export --out: symbolic links and special files', () => {
  it('writes through a symbolic link: the file it points to is replaced, the link kept', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    const r = await cli('export', 'ussr-prk-1961', '--format', 'json', '--out', join(dir, 'link.json'));
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.ok(lstatSync(join(dir, 'link.json')).isSymbolicLink());
    assert.equal(readlinkSync(join(dir, 'link.json')), 'real.json');
    assert.equal(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')).treaty.id, 'ussr-prk-1961');
    assert.deepEqual(readdirSync(dir).sort(), ['link.json', 'real.json']);
  });

  it('refuses a link to nothing (exit 2), writing nothing', async () => {
    const dir = tempDir();
    const out = join(dir, 'dangling.json');
    symlinkSync('nowhere.json', out);
    const r = await cli('export', 'ussr-prk-1961', '--format', 'json', '--out', out);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `${out}: error: cannot write ${out}: it is a symbolic link to a file that does not exist\n  hint: remove the link, or point it at an existing file; nothing was written\n`,
    );
    assert.deepEqual(readdirSync(dir), ['dangling.json']);
  });

  it('refuses a device as the target (it would be replaced by a file)', async () => {
    const r = await cli('export', 'ussr-prk-1961', '--format', 'json', '--out', '/dev/null');
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      '/dev/null: error: cannot write /dev/null: it is not a regular file (a device, a pipe or a socket)\n  hint: give the path of a file; nothing was written\n',
    );
    assert.ok(lstatSync('/dev/null').isCharacterDevice());
  });
});

describe('export --out: no temporary file left', () => {
  it('after a failed write: the temporary file is removed and the target kept', async () => {
    const dir = tempDir();
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'kept');
    const rename = fs.promises.rename;
    fs.promises.rename = () =>
      Promise.reject(Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), { code: 'EXDEV' }));
    syncBuiltinESMExports();
    let r;
    try {
      r = await cli('export', 'ussr-prk-1961', '--format', 'json', '--out', out);
    } finally {
      fs.promises.rename = rename;
      syncBuiltinESMExports();
    }
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `${out}: error: cannot write ${out}: EXDEV: cross-device link not permitted, rename\n  hint: check the path and its permissions; nothing was written\n`,
    );
    assert.equal(readFileSync(out, 'utf8'), 'kept');
    assert.deepEqual(readdirSync(dir), ['kept.json']);
  });

  it('after a write that fails midway (a full disk): the temporary file is removed and the target kept', async () => {
    const dir = tempDir();
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'kept');
    const handle = await fs.promises.open(out, 'r');
    const proto = Object.getPrototypeOf(handle) as { write: (...args: unknown[]) => Promise<unknown> };
    await handle.close();
    const write = proto.write;
    proto.write = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    let r;
    try {
      r = await cli('export', 'ussr-prk-1961', '--format', 'json', '--out', out);
    } finally {
      proto.write = write;
    }
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `${out}: error: cannot write ${out}: ENOSPC: no space left on device, write\n  hint: check the path and its permissions; nothing was written\n`,
    );
    assert.equal(readFileSync(out, 'utf8'), 'kept');
    assert.deepEqual(readdirSync(dir), ['kept.json']);
  });

  it('a target it may not look at (EACCES: a folder that may be listed but not searched) is a failed write', async () => {
    const dir = tempDir();
    const out = join(dir, 'hidden.json');
    const patched = fs as { statSync: typeof fs.statSync };
    const statSync = fs.statSync;
    patched.statSync = ((path: fs.PathLike, options?: fs.StatSyncOptions) => {
      if (path === out) throw Object.assign(new Error(`EACCES: permission denied, stat '${out}'`), { code: 'EACCES' });
      return statSync(path, options);
    }) as typeof fs.statSync;
    syncBuiltinESMExports();
    let r;
    try {
      r = await cli('export', 'ussr-prk-1961', '--format', 'json', '--out', out);
    } finally {
      patched.statSync = statSync;
      syncBuiltinESMExports();
    }
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `${out}: error: cannot write ${out}: EACCES: permission denied, stat '${out}'\n  hint: check the path and its permissions; nothing was written\n`,
    );
    assert.deepEqual(readdirSync(dir), []);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const dir = tempDir();
    const out = join(dir, 'mode.csv');
    writeFileSync(out, 'old', { mode: 0o640 });
    fs.chmodSync(out, 0o640);
    const r = await cli('export', '--format', 'csv', '--out', out);
    assert.equal(r.status, 0);
    assert.equal(lstatSync(out).mode & 0o777, 0o640);
  });

  it('removes temporary files of this target left by a process killed outright (SIGKILL)', async () => {
    const dir = tempDir();
    const out = join(dir, 'all.csv');
    writeFileSync(join(dir, '.all.csv.pacta-999999999-0123456789ab.tmp'), 'left by a dead process');
    writeFileSync(join(dir, `.all.csv.pacta-${process.pid}-0123456789ab.tmp`), 'a live process’s: left alone');
    writeFileSync(join(dir, '.other.csv.pacta-999999999-0123456789ab.tmp'), 'another target’s: left alone');
    const r = await cli('export', '--format', 'csv', '--out', out);
    assert.equal(r.status, 0);
    assert.deepEqual(temporaries(dir).sort(), [
      `.all.csv.pacta-${process.pid}-0123456789ab.tmp`,
      '.other.csv.pacta-999999999-0123456789ab.tmp',
    ]);
  });

  /** A real export whose write stalls (a preloaded module delays FileHandle.write), killed by `signal` once its temporary file exists. */
  async function killMidWrite(signal: NodeJS.Signals): Promise<void> {
    const dir = tempDir();
    const out = join(dir, 'treaty.akn.xml');
    writeFileSync(out, 'the previous export');
    const stall = join(dir, 'stall.mjs');
    writeFileSync(
      stall,
      [
        "import { promises } from 'node:fs';",
        "const handle = await promises.open('/dev/null', 'r');",
        'const proto = Object.getPrototypeOf(handle);',
        'await handle.close();',
        'const write = proto.write;',
        'proto.write = async function (...args) { await new Promise((done) => setTimeout(done, 60_000)); return write.apply(this, args); };',
      ].join('\n'),
    );
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', stall, MAIN, 'export', 'ussr-prk-1961', '--format', 'akn', '--out', out],
      {
        cwd: ROOT,
      },
    );
    const ended = new Promise<NodeJS.Signals | null>((done) => child.on('close', (_code, s) => done(s)));
    const deadline = Date.now() + 30_000;
    while (temporaries(dir).length === 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 25));
    assert.equal(temporaries(dir).length, 1, 'the export never started writing');
    assert.match(temporaries(dir)[0]!, new RegExp(`^\\.treaty\\.akn\\.xml\\.pacta-${child.pid}-[0-9a-f]{12}\\.tmp$`));
    child.kill(signal);
    assert.equal(await ended, signal);
    assert.deepEqual(readdirSync(dir).sort(), ['stall.mjs', 'treaty.akn.xml']);
    assert.equal(readFileSync(out, 'utf8'), 'the previous export');
  }

  it('after SIGTERM mid-write (a real process): the temporary file is removed, the target kept, the process ends by the signal', async () => {
    await killMidWrite('SIGTERM');
  });

  it('after SIGINT (Ctrl-C) mid-write, the same', async () => {
    await killMidWrite('SIGINT');
  });
});
