/**
 * The store's records as zod schemas: what `Store` gives back for saved scenarios, imported documents
 * and search hits. The HTTP API describes its answers with them (and narrows the opaque parts: a
 * saved scenario's body, a document's structure). The type checks below keep them equal to the
 * store's own types.
 */
import { z } from 'zod';
import type { SavedDocument as SavedDocumentRow, SavedScenario as SavedScenarioRow, SearchHit as SearchHitRow } from './store.js';

const Timestamp = z.iso.datetime().describe('when, as an ISO 8601 UTC timestamp');

export const SavedScenarioRecord = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  scenario: z.unknown().nonoptional().describe('the scenario as saved (JSON)'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const SavedScenarioSummaryRecord = SavedScenarioRecord.omit({ scenario: true });

export const SavedDocumentRecord = z.strictObject({
  id: z.uuid(),
  name: z.string().describe('the file name it was imported under'),
  kind: z.string().describe('what ingest recognised'),
  text: z.string().describe('the text as imported'),
  structured: z.unknown().nonoptional().describe('the structured document ingest made of it (JSON)'),
  createdAt: Timestamp,
});

export const SavedDocumentSummaryRecord = SavedDocumentRecord.omit({ text: true, structured: true });

export const SearchHitRecord = z.strictObject({
  kind: z.string().describe('provision or source'),
  treaty: z.string(),
  ref: z.string().describe('the provision id, or the source id'),
  title: z.string(),
  snippet: z.string().describe('the matching words in [brackets], … where text is left out'),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof SavedScenarioRecord>, SavedScenarioRow>,
  Same<z.output<typeof SavedDocumentRecord>, SavedDocumentRow>,
  Same<z.output<typeof SearchHitRecord>, SearchHitRow>,
] = [true, true, true];
void sameTypes;
