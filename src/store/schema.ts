/**
 * The store's records as zod schemas: what `Store` gives back for saved scenarios, imported documents
 * and search hits. The HTTP API describes its answers with them (and narrows the opaque parts: a
 * saved scenario's body, a document's structure). The type checks below keep them equal to the
 * store's own types.
 */
import { z } from 'zod';
import type { SearchHit as SearchHitRow } from './search-index.js';
import type { SavedDocument as SavedDocumentRow, SavedScenario as SavedScenarioRow } from './store.js';

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

const Offsets = z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const SearchHitRecord = z.strictObject({
  kind: z
    .enum(['provision', 'source', 'document'])
    .describe('a provision, a passage of a corpus source, or a passage of an imported document'),
  treaty: z.string().nullable().describe('the treaty id; null for an imported document'),
  ref: z.string().describe('the provision id, the source id, or the document id'),
  title: z.string().describe('what the hit is: the treaty and provision with its summary, the source, or the document name'),
  where: z.string().describe('where it stands, as the text numbers it: "Article 1(2)", "Article V", "preamble, recital 2", "footnote 1"'),
  snippet: z.string().describe('plain text (no Markdown or HTML) around the words found, "…" where text is left out'),
  marks: z.array(Offsets).describe('each word found, as [start, end) UTF-16 offsets in the snippet, in order'),
  passage: z.string().nullable().describe('a passage’s JSON Pointer in its structured document; null for a provision'),
  span: Offsets.nullable().describe(
    'the words found, from the first to the last in the snippet, as [start, end) offsets in the source or document text; null for a provision, or when the words were found only in the title',
  ),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof SavedScenarioRecord>, SavedScenarioRow>,
  Same<z.output<typeof SavedDocumentRecord>, SavedDocumentRow>,
  Same<z.output<typeof SearchHitRecord>, SearchHitRow>,
] = [true, true, true];
void sameTypes;
