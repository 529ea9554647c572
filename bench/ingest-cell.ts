/**
 * One ingest measurement, in a process of its own (its peak memory is its own):
 * `tsx bench/ingest-cell.ts SHAPE [REPEAT]` makes the shape's text (bench/ingest-shapes.ts), ingests a
 * small document twice to compile the code, then times `ingest` REPEAT times (default 3), each from a
 * collected heap, and prints one JSON line: the median wall time as `ms`, every run, the CPU time of
 * the median run, and the peak RSS of the process.
 */
import { ingest } from '../src/text/index.js';
import { SHAPES } from './ingest-shapes.js';

const shape = SHAPES.find((s) => s.name === process.argv[2]);
const repeat = Math.max(1, Number(process.argv[3] ?? 3) || 3);
if (!shape) {
  console.error(`usage: tsx bench/ingest-cell.ts SHAPE [REPEAT]; shapes: ${SHAPES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const text = shape.make();
const warmUp = 'Article 1\n\nThe Parties<sup>1</sup> agree.\n\n<sup>1</sup> A note.\n';
for (let i = 0; i < 2; i++) ingest(warmUp, 'warm-up.txt');
const runs: { ms: number; cpuMs: number }[] = [];
let summary = '';
for (let i = 0; i < repeat; i++) {
  collect();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const doc = ingest(text, `${shape.name}.txt`);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  runs.push({ ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000) });
  summary = `${doc.articles.length} articles, ${doc.paragraphs.length} paragraphs, ${doc.footnotes.length} footnotes, ${doc.warnings.length} warnings`;
}
const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
console.log(
  JSON.stringify({
    shape: shape.name,
    bytes: Buffer.byteLength(text, 'utf8'),
    lines: text.split('\n').length,
    ms: median.ms,
    cpuMs: median.cpuMs,
    runsMs: runs.map((r) => r.ms),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    result: summary,
  }),
);
