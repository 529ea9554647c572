/**
 * `npm run bench -- api`: the HTTP server under load. Starts the real server (`pacta serve`, in its
 * own process, on 127.0.0.1, port 0, a temporary data folder, its request log to a file), drives it
 * with autocannon from this process, and prints per route p50/p99 latency, throughput and the
 * server's RSS against the targets of issue 18:
 *
 * - the status of a treaty on a day and the treaty list: p99 < 20 ms at 2,000 req/s;
 * - a small scenario (POST /api/run): p99 < 100 ms at 200 req/s;
 * - memory flat over a 60 s run of mixed requests (RSS at its start and end, and the drift);
 * - 200 concurrent clients (no rate limit): p50/p99 and memory.
 *
 *   tsx bench/run.ts api [--quick] [--out FILE]
 *
 * `--quick` runs each part for a few seconds (a smoke test of the figures); the default runs the
 * issue's. Loopback only; every run is bounded in time (and the whole bench by a watchdog), and the
 * server is stopped at the end. Writes the JSON to test-output/bench-api.json (not committed).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== 'api'),
  options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } },
});
const quick = values.quick!;
const root = join(import.meta.dirname, '..');
const HOST = '127.0.0.1';
/** Seconds of each part: [quick, full]. */
const SECONDS = {
  warm: quick ? 3 : 5,
  route: quick ? 3 : 20,
  memory: quick ? 10 : 60,
  clients: quick ? 3 : 20,
};
/** The whole bench stops by itself after this, whatever happens. */
const WATCHDOG_MS = (quick ? 3 : 10) * 60_000;

interface Target {
  p99Ms: number;
  rate: number;
}
const TARGETS = {
  status: { p99Ms: 20, rate: 2000 },
  list: { p99Ms: 20, rate: 2000 },
  run: { p99Ms: 100, rate: 200 },
} satisfies Record<string, Target>;
/** "Flat": RSS at the end of the memory run at most this much above its start. */
const FLAT_DRIFT = 0.1;

// ---------------------------------------------------------------------------------------------
// The server

interface Server {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

async function startServer(dataDir: string): Promise<Server> {
  // The request log goes to a file (as `npm start > file` would): a pipe read by this busy process
  // would hold up the server's writes and measure the bench, not the server.
  const logFile = join(dataDir, 'server.log');
  const logFd = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/faces/cli/main.ts'), 'serve', '--host', HOST, '--port', '0', '--data', dataDir],
    { cwd: root, stdio: ['ignore', logFd, 'pipe'], env: { ...process.env, PACTA_HOST: HOST } },
  );
  closeSync(logFd);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  // The first line of the log says where it listens.
  const url = await new Promise<string>((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const found = /Pacta workbench on (http:\/\/\S+)/.exec(readFileSync(logFile, 'utf8'));
      const failed = exitCode !== undefined || Date.now() - started > 60_000;
      if (found || failed) clearInterval(poll);
      if (found) resolve(found[1]!);
      else if (failed)
        reject(new Error(`the server did not start (${exitCode === undefined ? 'within 60 s' : `exit ${exitCode}`})\n${stderr}`));
    }, 100);
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      process.stderr.write(`server stopped; its request log had ${(statSync(logFile).size / 1024).toFixed(0)} KiB\n`);
    },
  };
}

/** The server process's resident set, MiB (Linux /proc), or NaN. */
function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
    return Math.round((kb / 1024) * 10) / 10;
  } catch {
    return NaN;
  }
}

// ---------------------------------------------------------------------------------------------
// The requests

const TREATIES = ['ussr-prk-1961', 'prk-rus-2024'];
/** 64 days a year apart per treaty: the status of a treaty on a day, across its history. */
const DAYS = Array.from(
  { length: 64 },
  (_, i) => `${1960 + i}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
);
const statusPaths = TREATIES.flatMap((id) => DAYS.map((day) => `/api/treaties/${id}/status?at=${day}`));
const SMALL_SCENARIO = JSON.stringify(parse(readFileSync(join(root, 'corpus/ussr-prk-1961/scenarios/attack-1985.yaml'), 'utf8')));
const JSON_HEADERS = { 'content-type': 'application/json' };

type Request = autocannon.Request;
const get = (path: string): Request => ({ method: 'GET', path });
const run: Request = { method: 'POST', path: '/api/run', headers: JSON_HEADERS, body: SMALL_SCENARIO };
/** Cycles through paths, one per request. */
function cycling(paths: string[]): Request[] {
  let next = 0;
  return [{ method: 'GET', setupRequest: (req: Request) => ({ ...req, path: paths[next++ % paths.length]! }) } as Request];
}

interface Measured {
  part: string;
  requests: string;
  connections: number;
  rate: number | null;
  seconds: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  rssStartMiB: number;
  rssEndMiB: number;
  rssMaxMiB: number;
  target?: Target;
  met?: boolean;
}

async function load(
  server: Server,
  part: string,
  requests: string,
  options: { requests: Request[]; connections: number; rate?: number; seconds: number; target?: Target },
): Promise<Measured> {
  process.stderr.write(
    `${part}: ${requests}, ${options.connections} connections, ${options.rate ?? 'unlimited'} req/s, ${options.seconds} s … `,
  );
  const rssStart = rssMiB(server.pid);
  let rssMax = rssStart;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMiB(server.pid))), 250);
  const result = await autocannon({
    url: server.url,
    connections: options.connections,
    duration: options.seconds,
    requests: options.requests,
    ...(options.rate ? { overallRate: options.rate } : {}),
    timeout: 10,
  });
  clearInterval(sampler);
  const rssEnd = rssMiB(server.pid);
  const m: Measured = {
    part,
    requests,
    connections: options.connections,
    rate: options.rate ?? null,
    seconds: options.seconds,
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    rssStartMiB: rssStart,
    rssEndMiB: rssEnd,
    rssMaxMiB: Math.max(rssMax, rssEnd),
  };
  if (options.target) {
    m.target = options.target;
    // Met: the p99 under the bound, the rate held (within 5 %), every answer a 2xx.
    m.met = m.p99Ms < options.target.p99Ms && m.reqPerSec >= options.target.rate * 0.95 && !m.non2xx && !m.errors && !m.timeouts;
  }
  process.stderr.write(`${m.reqPerSec} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms\n`);
  return m;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pacta-bench-api-'));
  const server = await startServer(dataDir);
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench api: over ${WATCHDOG_MS / 1000} s, stopping\n`);
    void server.stop().finally(() => process.exit(2));
  }, WATCHDOG_MS);
  const rows: Measured[] = [];
  let memory: Measured | undefined;
  try {
    process.stderr.write(`server on ${server.url} (pid ${server.pid}), RSS ${rssMiB(server.pid)} MiB at start\n`);
    // Warm up every route (and start the worker thread that runs scenarios): each treaty-day once at least.
    await load(server, 'warm-up', 'status (each treaty-day), list, run', {
      requests: [...cycling(statusPaths), get('/api/treaties'), run],
      connections: 4,
      rate: 200,
      seconds: SECONDS.warm,
    });
    rows.push(
      await load(server, 'status', `GET /api/treaties/{id}/status?at=DAY (${statusPaths.length} treaty-days)`, {
        requests: cycling(statusPaths),
        connections: 20,
        rate: TARGETS.status.rate,
        seconds: SECONDS.route,
        target: TARGETS.status,
      }),
    );
    rows.push(
      await load(server, 'list', 'GET /api/treaties', {
        requests: [get('/api/treaties')],
        connections: 20,
        rate: TARGETS.list.rate,
        seconds: SECONDS.route,
        target: TARGETS.list,
      }),
    );
    rows.push(
      await load(server, 'run', 'POST /api/run (attack-1985, two readings)', {
        requests: [run],
        connections: 10,
        rate: TARGETS.run.rate,
        seconds: SECONDS.route,
        target: TARGETS.run,
      }),
    );
    // Memory: mixed requests for a minute (one in ten a run), RSS at start and end.
    memory = await load(server, 'memory', 'status ×4, list ×3, treaty, states, run (mixed)', {
      requests: [
        ...cycling(statusPaths),
        get('/api/treaties'),
        get(statusPaths[7]!),
        get('/api/treaties/ussr-prk-1961'),
        get(statusPaths[70]!),
        get('/api/treaties'),
        get('/api/states'),
        get(statusPaths[100]!),
        get('/api/treaties'),
        run,
      ],
      connections: 20,
      rate: 1000,
      seconds: SECONDS.memory,
    });
    rows.push(memory);
    rows.push(
      await load(server, 'clients', '200 concurrent clients: status and list (unlimited rate)', {
        requests: [...cycling(statusPaths), get('/api/treaties')],
        connections: 200,
        seconds: SECONDS.clients,
      }),
    );
  } finally {
    clearTimeout(watchdog);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const fmt = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toLocaleString('en-US'));
  const table = [
    [
      'part',
      'conn',
      'rate',
      'req/s',
      'p50 ms',
      'p99 ms',
      'max ms',
      'non-2xx',
      'errors',
      'RSS start',
      'RSS end',
      'RSS max',
      'target',
      'verdict',
    ],
    ...rows.map((r) => [
      r.part,
      String(r.connections),
      fmt(r.rate),
      fmt(r.reqPerSec),
      fmt(r.p50Ms),
      fmt(r.p99Ms),
      fmt(r.maxMs),
      fmt(r.non2xx),
      fmt(r.errors + r.timeouts),
      fmt(r.rssStartMiB),
      fmt(r.rssEndMiB),
      fmt(r.rssMaxMiB),
      r.target ? `p99 < ${r.target.p99Ms} ms at ${fmt(r.target.rate)}/s` : '—',
      r.met === undefined ? '—' : r.met ? 'met' : 'NOT met',
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 || i >= 12 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(table[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(line(r));
  const drift = memory ? memory.rssEndMiB - memory.rssStartMiB : NaN;
  const flat = memory ? drift <= memory.rssStartMiB * FLAT_DRIFT : undefined;
  console.log(
    `\nMemory over ${SECONDS.memory} s of mixed requests at 1,000 req/s: RSS ${fmt(memory?.rssStartMiB)} → ${fmt(memory?.rssEndMiB)} MiB ` +
      `(drift ${drift >= 0 ? '+' : ''}${fmt(Math.round(drift * 10) / 10)} MiB, max ${fmt(memory?.rssMaxMiB)}): ` +
      `${flat === undefined ? 'not measured' : flat ? 'flat' : 'NOT flat'} (flat: drift ≤ ${FLAT_DRIFT * 100} % of the start).`,
  );
  console.log(
    `${quick ? 'Quick mode: a few seconds per part; the figures are indicative.' : 'Full mode.'} ` +
      `Server and load generator on the same machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}. ` +
      'Latency from autocannon (ms, per request, from the client); RSS of the server process (/proc, workers included), MiB.',
  );
  const report = {
    quick,
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    seconds: SECONDS,
    targets: TARGETS,
    rows,
    memoryDriftMiB: drift,
    memoryFlat: flat,
  };
  const out = values.out ?? join(root, 'test-output', 'bench-api.json');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`JSON: ${out}`);
}

await main();
