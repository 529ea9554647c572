/**
 * `npm run bench -- ingest`: times `ingest` on inputs at the limits (10 MiB, 200 000 lines), one shape
 * per process (bench/ingest-cell.ts, shapes in bench/ingest-shapes.ts), and prints each shape's time
 * and peak memory against the target of issue 16: any input within the limits ingested in under 2 s.
 *
 *   tsx bench/run.ts ingest [--repeat R] [--only SHAPE,…] [--timeout SECONDS]
 *
 * Each shape's figure is the median of R runs (default 3); the CPU time of that run is printed too,
 * because on a shared machine a run's wall time also counts the time other processes had the CPU.
 * Writes the JSON to test-output/bench-ingest.json (not committed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SHAPES } from './ingest-shapes.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== 'ingest'),
  options: {
    repeat: { type: 'string', default: '3' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '120' },
  },
});
const TARGET_MS = 2000;
const root = join(import.meta.dirname, '..');
const wanted = values.only ? new Set(values.only.split(',')) : null;
const shapes = SHAPES.filter((s) => !wanted || wanted.has(s.name));

interface Cell {
  shape: string;
  about: string;
  status: 'ok' | 'failed' | 'timeout';
  bytes?: number;
  lines?: number;
  ms?: number;
  cpuMs?: number;
  runsMs?: number[];
  peakRssMiB?: number;
  result?: string;
  error?: string;
}

const loadBefore = loadavg()[0]!;
const cells: Cell[] = [];
for (const shape of shapes) {
  process.stderr.write(`${shape.name} … `);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join('bench', 'ingest-cell.ts'), shape.name, values.repeat!],
    { cwd: root, encoding: 'utf8', timeout: Number(values.timeout) * 1000, maxBuffer: 1 << 20 },
  );
  if (child.error || child.status !== 0) {
    const timedOut = child.signal === 'SIGTERM';
    cells.push({
      shape: shape.name,
      about: shape.about,
      status: timedOut ? 'timeout' : 'failed',
      error: timedOut ? `over ${values.timeout} s` : (child.stderr || String(child.error)).trim().split('\n').slice(-3).join(' '),
    });
    process.stderr.write(`${timedOut ? 'timeout' : 'failed'}\n`);
    continue;
  }
  const measured = JSON.parse(child.stdout.trim().split('\n').pop()!) as Omit<Cell, 'status' | 'about'>;
  cells.push({ ...measured, about: shape.about, status: 'ok' });
  process.stderr.write(`${measured.ms} ms\n`);
}

const fmt = (x: number | undefined) => (x === undefined ? '—' : x.toLocaleString('en-US'));
const rows = [
  ['shape', 'status', 'bytes', 'lines', 'wall ms', 'runs ms', 'cpu ms', 'peak RSS MiB', 'target', 'what'],
  ...cells.map((c) => [
    c.shape,
    c.status,
    fmt(c.bytes),
    fmt(c.lines),
    fmt(c.ms),
    c.runsMs ? c.runsMs.map(fmt).join(' / ') : '—',
    fmt(c.cpuMs),
    fmt(c.peakRssMiB),
    c.ms === undefined ? 'NOT met' : c.ms < TARGET_MS ? 'met' : 'NOT met',
    c.status === 'ok' ? c.about : (c.error ?? ''),
  ]),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const left = new Set([0, 1, 8, 9]);
const line = (r: string[]) => r.map((cell, i) => (left.has(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log(line(rows[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1)) console.log(line(r));
const met = cells.filter((c) => c.ms !== undefined && c.ms < TARGET_MS).length;
console.log(
  `\nTarget: every input within the limits ingested in under ${fmt(TARGET_MS)} ms: ${met} of ${cells.length} shapes, ${met === cells.length ? 'met' : 'NOT met'}.`,
);
console.log(
  `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (above the CPU count, wall times include waiting for a CPU: compare cpu ms).`,
);
console.log(
  `wall ms: median of ${values.repeat} runs of ingest alone (the text made and the code compiled first, each run from a collected heap); cpu ms: process CPU time of that run (collector threads included); peak RSS: the whole measuring process, the text itself included.`,
);
const report = { node: process.version, cpus: cpus().length, loadAverage: [loadBefore, loadavg()[0]], targetMs: TARGET_MS, cells };
mkdirSync(join(root, 'test-output'), { recursive: true });
writeFileSync(join(root, 'test-output', 'bench-ingest.json'), JSON.stringify(report, null, 2) + '\n');
