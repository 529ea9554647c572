/** The HTTP face's work: long tasks off the event loop (a worker pool), values computed once per corpus, and a buffered request log. */
export { doneValue, jsonAnswer } from './answer.js';
export { bufferedLog } from './log.js';
export { CorpusMemo, Lru } from './memo.js';
export { InProcessWork, type Work, WorkerPool, type WorkerPoolOptions } from './pool.js';
export type { Done, IngestedToKeep } from './tasks.js';
