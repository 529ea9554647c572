/** The public surface of store: the SQLite database of the user's own work; what other parts import. */
export { corpusSearchEntries } from './corpus-index.js';
export {
  SavedDocumentRecord,
  SavedDocumentSummaryRecord,
  SavedScenarioRecord,
  SavedScenarioSummaryRecord,
  SearchHitRecord,
} from './schema.js';
export type { IndexedPassage, SearchAnswer, SearchEntry, SearchHit, SearchKind } from './search-index.js';
export { parseQuery, queryWordCount, SEARCH_LIMITS } from './search-query.js';
export { Store } from './store.js';
export type { SavedDocument, SavedScenario } from './store.js';
