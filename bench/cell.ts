/**
 * One benchmark measurement, in a process of its own (so that its peak memory is its own):
 * `tsx bench/cell.ts N E [SEED] [STATES] [ORDER] [REPEAT]` builds a synthetic corpus of N treaties
 * between STATES states and a random timeline of E events (listed in date order, or `shuffled`),
 * evaluates small timelines of it three times to warm up the JIT, then times `evaluateScenario`
 * (default readings) REPEAT times (default 3), each from a collected heap and after one more small
 * evaluation (the collection drops compiled code), and prints one JSON line: the median as `ms`,
 * and every run.
 *
 * Why repeat: this machine is a shared virtual one, and a single run can be a quarter slower than
 * the next for reasons outside the process (CPU steal); the median of a few runs is the figure to
 * compare, the spread says how much to trust it.
 */
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { checkCorpus } from '../src/check/compile.js';
import { evaluateScenario } from '../src/engine/evaluate.js';
import type { CompiledCorpus } from '../src/model/compiled.js';
import type { RunResult } from '../src/model/results.js';
import { randomScenario, syntheticCorpus } from './generate.js';

const [n, e, seed, m] = process.argv.slice(2, 6).map(Number);
const order = process.argv[6] === 'shuffled' ? 'shuffled' : 'chronological';
const repeat = Math.max(1, Number(process.argv[7] ?? 3) || 3);
const WARM_UP_RUNS = 3;
if (!n || !e) {
  console.error('usage: tsx bench/cell.ts TREATIES EVENTS [SEED] [STATES] [chronological|shuffled] [REPEAT]');
  process.exit(2);
}

const root = join(import.meta.dirname, '..', 'corpus');
const { compiled, diagnostics } = checkCorpus(root);
if (!compiled || diagnostics.some((d) => d.severity === 'error')) {
  console.error('the corpus does not check; run `pacta check`');
  process.exit(2);
}
const base: CompiledCorpus = compiled;

const synthetic = syntheticCorpus(base, { treaties: n, states: m || 200, seed: seed || 1 });
// Warm-up: the JIT compiles the engine's hot paths over the first few evaluations (a fresh
// process evaluates 10⁴ events against 10³ treaties in ~500 ms the first time and ~230 ms from the
// fourth on), so three evaluations of small timelines of the same corpus come first; the measured
// runs then time the engine, not the compiler.
const warmUps = Array.from({ length: WARM_UP_RUNS }, (_, k) =>
  randomScenario(synthetic, { events: Math.min(e, 10_000), seed: (seed || 1) + k + 1 }),
);
for (const warmUp of warmUps) evaluateScenario(synthetic.corpus, warmUp);
const scenario = randomScenario(synthetic, { events: e, seed: seed || 1, order });
// Every collection's start and duration; a run's are those that start while it runs (entries
// arrive late, after the run, so they are told apart by their time, not by when they arrive).
const collections: { start: number; duration: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push({ start: entry.startTime, duration: entry.duration });
});
observer.observe({ entryTypes: ['gc'] });
const runsMs: number[] = [];
const cpusMs: number[] = [];
const gcsMs: number[] = [];
// Held in an object so that the previous run's result can be dropped before the next one.
const kept: { result?: RunResult } = {};
let before = process.memoryUsage();
for (let i = 0; i < repeat; i++) {
  // Each run starts from a collected heap, the previous result dropped. A full collection makes
  // V8 drop the compiled code that relied on the shapes of objects that died with the previous run
  // (half the engine's hot functions); one small evaluation compiles it again, so that the timed
  // run times the engine rather than the compiler, as after the first warm-ups.
  delete kept.result;
  globalThis.gc?.();
  await new Promise((resolve) => setImmediate(resolve));
  evaluateScenario(synthetic.corpus, warmUps[0]!);
  before = process.memoryUsage();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  kept.result = evaluateScenario(synthetic.corpus, scenario);
  const t1 = performance.now();
  runsMs.push(t1 - t0);
  const cpu = process.cpuUsage(cpu0);
  cpusMs.push((cpu.user + cpu.system) / 1000);
  // GC entries are delivered asynchronously: let them arrive before reading the total.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const entry of observer.takeRecords()) collections.push({ start: entry.startTime, duration: entry.duration });
  gcsMs.push(collections.filter((c) => c.start >= t0 && c.start < t1).reduce((sum, c) => sum + c.duration, 0));
}
observer.disconnect();
const after = process.memoryUsage();
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const ms = median(runsMs);
const run = kept.result!.runs[0]!;
const outcomes: Record<string, number> = {};
for (const o of run.obligations) outcomes[o.outcome] = (outcomes[o.outcome] ?? 0) + 1;
console.log(
  JSON.stringify({
    treaties: n,
    events: e,
    states: m || 200,
    seed: seed || 1,
    order,
    // Median wall time of the runs, and each run's.
    ms: Math.round(ms),
    runsMs: runsMs.map(Math.round),
    // CPU time of the process during the median run (user + system, GC threads included).
    cpuMs: Math.round(cpusMs[runsMs.indexOf(ms)]!),
    // Time in garbage-collection pauses during the median run.
    gcMs: Math.round(gcsMs[runsMs.indexOf(ms)]!),
    eventsPerSecond: Math.round(e / (ms / 1000)),
    // Peak resident set size of the whole process (input generation included): getrusage's maxrss.
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssBeforeMiB: Math.round(before.rss / 2 ** 20),
    heapUsedBeforeMiB: Math.round(before.heapUsed / 2 ** 20),
    heapUsedAfterMiB: Math.round(after.heapUsed / 2 ** 20),
    obligations: run.obligations.length,
    fluents: run.fluents.length,
    outcomes,
  }),
);
