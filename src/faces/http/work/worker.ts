/**
 * A worker thread of the pool (pool.ts): receives the server's compiled corpus once, when it starts
 * (a structured copy: the very corpus the server answers from, never files read again), then does
 * one task at a time and posts its outcome, the JSON bytes transferred.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CompiledCorpus } from '../../../model/index.js';
import { perform, type Outcome, type Task } from './tasks.js';

export interface WorkerData {
  compiled: CompiledCorpus;
  /** Test hook: a task of a kind listed first keeps the worker busy for that many milliseconds. */
  delay?: Partial<Record<Task['kind'], number>>;
}

export type FromWorker = { ready: true } | { id: number; outcome: Outcome };
export interface ToWorker {
  id: number;
  task: Task;
}

const data = workerData as WorkerData;
const port = parentPort!;

function start(): void {
  const { compiled } = data;
  port.on('message', ({ id, task }: ToWorker) => {
    // The test hook: the worker is kept busy (the event loop of this thread held) for `delay` ms.
    const until = performance.now() + (data.delay?.[task.kind] ?? 0);
    while (performance.now() < until);
    const outcome = perform(compiled, task);
    port.postMessage({ id, outcome } satisfies FromWorker, outcome.ok ? [outcome.done.json.buffer as ArrayBuffer] : []);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}

start();
