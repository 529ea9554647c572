/** The public surface of store: the SQLite database of the user's own work; what other parts import. */
export { corpusSearchEntries } from './corpus-index.js';
export {
  SavedDocumentRecord,
  SavedDocumentSummaryRecord,
  SavedScenarioRecord,
  SavedScenarioSummaryRecord,
  SearchHitRecord,
} from './schema.js';
export { Store } from './store.js';
export type { SavedDocument, SavedScenario } from './store.js';
