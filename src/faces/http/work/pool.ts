/**
 * The long work of the API off the event loop: a small pool of worker threads (worker.ts), created
 * when first needed, each given the server's compiled corpus once (a structured copy). A task waits in a bounded queue for a free worker
 * and then runs within a time budget; a worker over its budget (or its memory) is terminated and
 * replaced, and the request is answered 503 with a problem naming the limit. The same tasks run in
 * the calling thread with `InProcessWork` (the app's default when no pool is given).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompiledCorpus } from '../../../model/index.js';
import { ProblemError } from '../problem.js';
import { type Done, perform, revive, type Task, type TaskOf, type TaskResults } from './tasks.js';
import type { FromWorker, ToWorker, WorkerData } from './worker.js';

/** How long a task may run in a worker before it is stopped (503). */
export const WORK_BUDGET_MS = 10_000;
/** How long a task may wait for a free worker before it is refused (503, Retry-After). */
export const WORK_WAIT_MS = 10_000;
/** How many tasks may wait for a worker; one more is refused at once (503, Retry-After). */
export const WORK_QUEUE_LIMIT = 32;
/** How long a worker may take to start (load its code, receive the corpus). */
export const WORKER_START_MS = 60_000;
/** The heap of each worker (old generation); a task that needs more is stopped (503). */
export const WORKER_HEAP_MIB = 1024;
/** The number of workers: the cores but one (the event loop's), at least one. */
export const defaultPoolSize = (): number => Math.max(1, availableParallelism() - 1);

/** What the routes ask of the long work. */
export interface Work {
  perform<K extends Task['kind']>(task: TaskOf<K>): Promise<Done<TaskResults[K]>>;
  close(): Promise<void>;
}

/** The tasks in the calling thread (tests, and an app created without a pool). */
export class InProcessWork implements Work {
  constructor(private readonly compiled: CompiledCorpus) {}

  perform<K extends Task['kind']>(task: TaskOf<K>): Promise<Done<TaskResults[K]>> {
    const outcome = perform(this.compiled, task);
    return outcome.ok ? Promise.resolve(outcome.done as Done<TaskResults[K]>) : Promise.reject(revive(outcome.error));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export interface WorkerPoolOptions {
  /** The corpus the server answers from; each worker gets a copy when it starts. */
  compiled: CompiledCorpus;
  size?: number;
  budgetMs?: number;
  waitMs?: number;
  queueLimit?: number;
  heapMiB?: number;
  /** Test hook: a task of a kind listed first keeps its worker busy for that many milliseconds. */
  delay?: Partial<Record<Task['kind'], number>>;
}

interface Job {
  id: number;
  task: Task;
  resolve: (done: Done) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** 503 with Retry-After: the server is busy or stopping, and the same request may be sent again. */
const unavailable = (detail: string) => new ProblemError(503, detail, undefined, { 'retry-after': '1' });

// Run from source (TypeScript, under tsx), the worker registers tsx's loader and then imports
// worker.ts: Node 20 does not apply `--import tsx` hooks to a worker's entry file. tsx is resolved
// from here, so this does not depend on the working directory.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);
const workerEntry = (): [string | URL, { eval?: boolean }] =>
  FROM_SOURCE
    ? [
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`,
        { eval: true },
      ]
    : [WORKER_URL, {}];

export class WorkerPool implements Work {
  readonly size: number;
  readonly budgetMs: number;
  readonly waitMs: number;
  readonly queueLimit: number;
  readonly heapMiB: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers started so far (replacements included). */
  started = 0;

  constructor(private readonly options: WorkerPoolOptions) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.budgetMs = options.budgetMs ?? WORK_BUDGET_MS;
    this.waitMs = options.waitMs ?? WORK_WAIT_MS;
    this.queueLimit = options.queueLimit ?? WORK_QUEUE_LIMIT;
    this.heapMiB = options.heapMiB ?? WORKER_HEAP_MIB;
  }

  /** Workers alive (starting or ready). */
  get workers(): number {
    return this.slots.length;
  }

  perform<K extends Task['kind']>(task: TaskOf<K>): Promise<Done<TaskResults[K]>> {
    if (this.closed) return Promise.reject(unavailable('the server is stopping'));
    if (this.queue.length >= this.queueLimit)
      return Promise.reject(
        unavailable(`the server is busy: ${this.queueLimit} requests are already waiting for a worker (the limit); try again shortly`),
      );
    return new Promise<Done<TaskResults[K]>>((resolve, reject) => {
      const job: Job = { id: this.nextId++, task, resolve: resolve as (done: Done) => void, reject };
      const expire = () => {
        const at = this.queue.indexOf(job);
        if (at < 0) return;
        // A worker's start (up to WORKER_START_MS) does not count as waiting for a busy one.
        if (!this.slots.some((s) => s.ready)) return void (job.timer = setTimeout(expire, this.waitMs));
        this.queue.splice(at, 1);
        reject(unavailable(`the server is busy: no worker was free within ${seconds(this.waitMs)} (the limit); try again shortly`));
      };
      job.timer = setTimeout(expire, this.waitMs);
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      clearTimeout(job.timer);
      job.reject(unavailable('the server is stopping'));
    }
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.job) {
        clearTimeout(slot.job.timer);
        slot.job.reject(unavailable('the server is stopping'));
      }
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** Gives waiting tasks to free workers, starting workers (up to the size) for the rest. */
  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => s.ready && !s.job);
      if (!slot) break;
      const job = this.queue.shift()!;
      clearTimeout(job.timer);
      slot.job = job;
      job.timer = setTimeout(() => this.overrun(slot, job), this.budgetMs);
      slot.worker.postMessage({ id: job.id, task: job.task } satisfies ToWorker);
    }
    const starting = this.slots.filter((s) => !s.ready).length;
    for (let n = starting; n < this.queue.length && this.slots.length < this.size; n++) this.spawn();
  }

  private spawn(): void {
    const workerData: WorkerData = { compiled: this.options.compiled, ...(this.options.delay ? { delay: this.options.delay } : {}) };
    const [entry, how] = workerEntry();
    const worker = new Worker(entry, {
      ...how,
      workerData,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.heapMiB },
    });
    // An idle worker does not keep the process alive.
    worker.unref();
    this.started++;
    const slot: Slot = { worker, ready: false };
    this.slots.push(slot);
    const starting = setTimeout(
      () => this.lost(slot, new ProblemError(503, `a worker did not start within ${seconds(WORKER_START_MS)}; try again shortly`)),
      WORKER_START_MS,
    );
    starting.unref();
    worker.once('message', () => clearTimeout(starting));
    worker.once('exit', () => clearTimeout(starting));
    worker.on('message', (message: FromWorker) => this.received(slot, message));
    worker.on('error', (error) => this.lost(slot, error));
    worker.on('exit', (code) => this.lost(slot, new Error(`a worker stopped (exit code ${code})`)));
  }

  private received(slot: Slot, message: FromWorker): void {
    if (!this.slots.includes(slot)) return;
    if ('ready' in message) {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== message.id) return;
    clearTimeout(job.timer);
    slot.job = undefined;
    if (message.outcome.ok) job.resolve(message.outcome.done);
    else job.reject(revive(message.outcome.error));
    this.dispatch();
  }

  /** A task over its budget: its worker is terminated (a new one starts when needed). */
  private overrun(slot: Slot, job: Job): void {
    if (slot.job !== job) return;
    slot.job = undefined;
    this.remove(slot);
    job.reject(
      new ProblemError(503, `the request took longer than ${seconds(this.budgetMs)} (the time budget of a request) and was stopped`),
    );
    this.dispatch();
  }

  /** A worker that failed or stopped on its own: its task fails, a new one starts when needed. */
  private lost(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    this.remove(slot);
    const job = slot.job;
    if (job) {
      clearTimeout(job.timer);
      slot.job = undefined;
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      job.reject(
        outOfMemory
          ? new ProblemError(503, `the request needed more than ${this.heapMiB} MiB (the memory of a worker) and was stopped`)
          : error,
      );
    } else if (!slot.ready) {
      for (const waiting of this.queue.splice(0)) {
        clearTimeout(waiting.timer);
        waiting.reject(error);
      }
    }
    if (!this.closed) this.dispatch();
  }

  private remove(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    void slot.worker.terminate();
  }
}
