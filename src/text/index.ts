/** The public surface of text (ingestion): what other parts import. */
export { ingest } from './ingest.js';
export type { IngestOptions } from './ingest.js';
export type { StateNames } from './state-names.js';
export { tooLargeError } from './decode.js';
export { MAX_INPUT_BYTES, MAX_INPUT_LINES } from './limits.js';
export { leafPieces } from './pieces.js';
export { corpusPassages, searchPassages } from './search-passages.js';
export type { SearchPassage } from './search-passages.js';
export { sourceView } from './source-view.js';
export type { SourceView } from './source-view.js';
export { textOfSpans } from './spans.js';
export { findInvalidUtf8 } from './utf8.js';
