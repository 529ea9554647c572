/** The public surface of compare: what other parts import. */
export { cellWords, whyNotWords } from './behaviour-words.js';
export { compareTreaties, READING_GUIDE } from './compare.js';
export { listCounts } from './counts.js';
export type { CompareOptions } from './compare.js';
export { comparisonHtml } from './render/html.js';
export { comparisonMarkdown } from './render/markdown.js';
export { TreatyComparison } from './schema.js';
export type * from './schema.js';
