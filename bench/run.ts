/**
 * `npm run bench`: times the engine on synthetic corpora and random timelines, for a grid of
 * N treaties × E events, each cell in a fresh process (bench/cell.ts). Prints a table, the issue's
 * targets with the figures against them, and JSON; writes the JSON to test-output/bench.json (not
 * committed).
 *
 *   tsx bench/run.ts [--timeout SECONDS] [--states M] [--seed S] [--repeat R] [--only N×E,…] [--no-shuffled] [--no-pin]
 *
 * One core: each cell's process is pinned to one CPU (`taskset`, where the machine has it), so that
 * the collector's helper threads take their time from the same core as the engine and the wall time
 * is a one-core figure; `--no-pin` lets the process use every core (the report says which).
 *
 * Each cell times R runs (default 3) and reports their median, with every run, because a single
 * run on a shared virtual machine can be a quarter off.
 *
 * Each cell runs `node --max-old-space-size=4096 --expose-gc`: room for a slow engine to finish
 * rather than crash (the figures report the memory actually used), and a collection before the
 * timed run. A cell that times out (or fails) skips the larger cells after it.
 *
 * `npm run bench -- api [--quick]` benchmarks the HTTP server instead (bench/api.ts), and
 * `npm run bench -- ingest [--only SHAPE,…]` ingestion on inputs at the size limits (bench/ingest.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

if (process.argv[2] === 'api') {
  await import('./api.js');
  process.exit();
}
if (process.argv[2] === 'ingest') {
  await import('./ingest.js');
  process.exit();
}

const { values } = parseArgs({
  options: {
    timeout: { type: 'string', default: '300' },
    states: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-shuffled': { type: 'boolean', default: false },
    'no-pin': { type: 'boolean', default: false },
  },
});
/** The CPU each cell is pinned to (the last: the parent process waits on the first), or null if not pinned (asked not to, or `taskset` cannot). */
const lastCpu = String(cpus().length - 1);
const pinnedCpu = values['no-pin'] || spawnSync('taskset', ['-c', lastCpu, 'true']).status !== 0 ? null : Number(lastCpu);
const TARGET_MS = 2000;
const TARGET_MIB = 1024;
const NODE_FLAGS = ['--max-old-space-size=4096', '--expose-gc'];
const TREATIES = [10, 100, 1000];
const EVENTS = [10_000, 100_000, 1_000_000];

type Order = 'chronological' | 'shuffled';

interface Cell {
  treaties: number;
  events: number;
  order: Order;
  status: 'ok' | 'timeout' | 'skipped' | 'failed';
  ms?: number;
  runsMs?: number[];
  cpuMs?: number;
  gcMs?: number;
  eventsPerSecond?: number;
  peakRssMiB?: number;
  rssBeforeMiB?: number;
  heapUsedAfterMiB?: number;
  obligations?: number;
  fluents?: number;
  outcomes?: Record<string, number>;
  error?: string;
}

const root = join(import.meta.dirname, '..');
const timeoutMs = Number(values.timeout) * 1000;
let grid: [number, number, Order][] = [
  ...TREATIES.flatMap((n) => EVENTS.map((e): [number, number, Order] => [n, e, 'chronological'])),
  // For the doubling ratio: time(10⁶) / time(5·10⁵) at N = 1000.
  [1000, 500_000, 'chronological'],
];
grid.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
// The same events in random order: the engine sorts them, but the memory it walks is scattered.
if (!values['no-shuffled']) grid.push([1000, 1_000_000, 'shuffled']);
if (values.only) {
  const wanted = values.only.split(',').map((s) => s.split(/[x×]/).map(Number) as [number, number]);
  grid = wanted.map(([n, e]) => [n, e, 'chronological']);
}

const cells: Cell[] = [];
const failedBefore = (n: number, e: number, order: Order) =>
  cells.some((c) => c.status !== 'ok' && c.order === order && c.treaties <= n && c.events <= e);
for (const [n, e, order] of grid) {
  if (failedBefore(n, e, order) || (order === 'shuffled' && failedBefore(n, e, 'chronological'))) {
    cells.push({ treaties: n, events: e, order, status: 'skipped' });
    continue;
  }
  process.stderr.write(`N=${n} E=${e}${order === 'shuffled' ? ' (shuffled)' : ''} … `);
  const command = [
    process.execPath,
    ...NODE_FLAGS,
    '--import',
    'tsx',
    join('bench', 'cell.ts'),
    String(n),
    String(e),
    values.seed!,
    values.states!,
    order,
    values.repeat!,
  ];
  if (pinnedCpu !== null) command.unshift('taskset', '-c', String(pinnedCpu));
  const child = spawnSync(command[0]!, command.slice(1), {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 20,
  });
  if (child.error || child.status !== 0) {
    const timedOut = child.signal === 'SIGTERM' || (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    cells.push({
      treaties: n,
      events: e,
      order,
      status: timedOut ? 'timeout' : 'failed',
      error: timedOut ? `over ${values.timeout} s` : (child.stderr || String(child.error)).trim().split('\n').slice(-3).join(' '),
    });
    process.stderr.write(`${timedOut ? 'timeout' : 'failed'}\n`);
    continue;
  }
  const measured = JSON.parse(child.stdout.trim().split('\n').pop()!) as Omit<Cell, 'status'>;
  cells.push({ ...measured, order, status: 'ok' });
  process.stderr.write(`${measured.ms} ms (median of ${measured.runsMs?.join(', ')})\n`);
}

const time = (n: number, e: number) =>
  cells.find((c) => c.treaties === n && c.events === e && c.order === 'chronological' && c.status === 'ok')?.ms;
const half = time(1000, 500_000);
const full = time(1000, 1_000_000);
const doubling = half && full ? Math.round((full / half) * 100) / 100 : null;

const fmt = (x: number | undefined) => (x === undefined ? '—' : x.toLocaleString('en-US'));
const rows = [
  [
    'treaties',
    'events',
    'order',
    'status',
    'wall ms',
    'runs ms',
    'cpu ms',
    'gc ms',
    'events/s',
    'peak RSS MiB',
    'heap after MiB',
    'obligations',
  ],
  ...cells.map((c) => [
    String(c.treaties),
    c.events.toLocaleString('en-US'),
    c.order,
    c.status,
    fmt(c.ms),
    c.runsMs ? c.runsMs.map((x) => x.toLocaleString('en-US')).join(' / ') : '—',
    fmt(c.cpuMs),
    fmt(c.gcMs),
    fmt(c.eventsPerSecond),
    fmt(c.peakRssMiB),
    fmt(c.heapUsedAfterMiB),
    fmt(c.obligations),
  ]),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log(line(rows[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1)) console.log(line(r));
const big = cells.find((c) => c.treaties === 1000 && c.events === 1_000_000 && c.order === 'chronological' && c.status === 'ok');
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met');
console.log(
  `\n${pinnedCpu === null ? 'Not pinned: each cell could use every core' : `One core: each cell pinned to CPU ${pinnedCpu}`} of ${cpus().length} (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
);
console.log(`Targets (10³ treaties, 10⁶ events in date order):`);
console.log(`  time ≤ ${fmt(TARGET_MS)} ms: ${fmt(big?.ms)} ms, ${verdict(big?.ms === undefined ? undefined : big.ms <= TARGET_MS)}`);
console.log(
  `  memory < ${fmt(TARGET_MIB)} MiB: peak RSS ${fmt(big?.peakRssMiB)} MiB, ${verdict(big?.peakRssMiB === undefined ? undefined : big.peakRssMiB < TARGET_MIB)}`,
);
console.log(
  `  doubling E (5·10⁵ → 10⁶) at most doubles the time: ratio ${doubling ?? '—'}, ${verdict(doubling === null ? undefined : doubling <= 2)}`,
);
console.log(
  `wall ms: median of ${values.repeat} runs of evaluateScenario alone (corpus and timeline generation and three warm-up runs excluded; each run from a collected heap, after one small evaluation that compiles again what the collection dropped), each run listed under runs ms; cpu ms: process CPU time during the median run (GC threads included); gc ms: GC pauses that started during it.`,
);
console.log(
  'peak RSS: getrusage maxrss of the measuring process, generation and warm-up included; heap after: heapUsed after the run, result alive.',
);

const report = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cpus: cpus().length,
  pinnedCpu,
  flags: NODE_FLAGS,
  states: Number(values.states),
  seed: Number(values.seed),
  repeat: Number(values.repeat),
  memory:
    'peakRssMiB: process.resourceUsage().maxRSS of the measuring process (whole process, generation included); heapUsedAfterMiB: process.memoryUsage().heapUsed after the run with the result alive',
  cells,
  doublingRatio: doubling,
  targets: { ms: TARGET_MS, peakRssMiB: TARGET_MIB, doublingRatio: 2 },
};
console.log(JSON.stringify(report, null, 2));
mkdirSync(join(root, 'test-output'), { recursive: true });
writeFileSync(join(root, 'test-output', 'bench.json'), JSON.stringify(report, null, 2) + '\n');
