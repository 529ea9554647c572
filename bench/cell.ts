/**
 * One benchmark measurement, in a process of its own (so that its peak memory is its own):
 * `tsx bench/cell.ts N E [SEED] [STATES] [ORDER]` builds a synthetic corpus of N treaties between
 * STATES states and a random timeline of E events (listed in date order, or `shuffled`), evaluates
 * it once to warm up on a small timeline, then times `evaluateScenario` (default readings) and
 * prints one JSON line.
 */
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { checkCorpus } from '../src/check/compile.js';
import { evaluateScenario } from '../src/engine/evaluate.js';
import type { CompiledCorpus } from '../src/model/compiled.js';
import { randomScenario, syntheticCorpus } from './generate.js';

const [n, e, seed, m] = process.argv.slice(2, 6).map(Number);
const order = process.argv[6] === 'shuffled' ? 'shuffled' : 'chronological';
if (!n || !e) {
  console.error('usage: tsx bench/cell.ts TREATIES EVENTS [SEED] [STATES] [chronological|shuffled]');
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
// Warm-up (JIT) on a small timeline of the same corpus, then the measured run.
evaluateScenario(synthetic.corpus, randomScenario(synthetic, { events: Math.min(e, 10_000), seed: (seed || 1) + 1 }));
const scenario = randomScenario(synthetic, { events: e, seed: seed || 1, order });
globalThis.gc?.();
let gcMs = 0;
let measuring = false;
const observer = new PerformanceObserver((list) => {
  if (measuring) for (const entry of list.getEntries()) gcMs += entry.duration;
});
observer.observe({ entryTypes: ['gc'] });
await new Promise((resolve) => setImmediate(resolve));
const before = process.memoryUsage();
measuring = true;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = evaluateScenario(synthetic.corpus, scenario);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// GC entries are delivered asynchronously: let them arrive before reading the total.
await new Promise((resolve) => setTimeout(resolve, 50));
for (const entry of observer.takeRecords()) gcMs += entry.duration;
measuring = false;
observer.disconnect();
const after = process.memoryUsage();
const run = result.runs[0]!;
const outcomes: Record<string, number> = {};
for (const o of run.obligations) outcomes[o.outcome] = (outcomes[o.outcome] ?? 0) + 1;
console.log(
  JSON.stringify({
    treaties: n,
    events: e,
    states: m || 200,
    seed: seed || 1,
    order,
    ms: Math.round(ms),
    // CPU time of the process during the run (user + system): wall time less waiting for a core.
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    // Time in garbage-collection pauses during the run.
    gcMs: Math.round(gcMs),
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
