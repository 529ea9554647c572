/**
 * The request log without a write per request: lines are collected and written together, once per
 * turn of the event loop (setImmediate), in one call; `flush` writes what is left (at close).
 */
export interface BufferedLog {
  (line: string): void;
  flush(): void;
}

/** Lines kept before a write is forced within the same turn (a burst of requests). */
export const LOG_BUFFER_LINES = 1024;

export function bufferedLog(write: (chunk: string) => void): BufferedLog {
  let lines: string[] = [];
  let scheduled: NodeJS.Immediate | undefined;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    if (!lines.length) return;
    const chunk = lines.join('\n') + '\n';
    lines = [];
    write(chunk);
  };
  const log = (line: string) => {
    lines.push(line);
    if (lines.length >= LOG_BUFFER_LINES) flush();
    else scheduled ??= setImmediate(flush);
  };
  return Object.assign(log, { flush });
}
