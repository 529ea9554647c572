/** The HTTP face's work: long tasks off the event loop (a worker pool), values computed once per corpus, and a buffered request log. */
export { doneValue, jsonAnswer } from './answer.js';
export { bufferedLog } from './log.js';
export { CorpusMemo, Lru, STATUS_CACHE_ENTRIES } from './memo.js';
export {
  defaultPoolSize,
  InProcessWork,
  type Work,
  WORK_BUDGET_MS,
  WORK_QUEUE_LIMIT,
  WORK_WAIT_MS,
  WORKER_HEAP_MIB,
  WORKER_START_MS,
  WorkerPool,
  type WorkerPoolOptions,
} from './pool.js';
export type { Done, Task } from './tasks.js';
