/** Grouping flow lines into blocks (paragraphs as the page shows them, rejoined across page breaks). */
import type { FlowLine } from './layout.js';

/** Runs of flow lines, a new run at each paragraph break. */
export function blocksOfFlow(flow: readonly FlowLine[]): FlowLine[][] {
  const blocks: FlowLine[][] = [];
  for (const line of flow) {
    const current = blocks[blocks.length - 1];
    if (line.newBlock || !current) blocks.push([line]);
    else current.push(line);
  }
  return blocks;
}
