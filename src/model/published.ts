/**
 * The JSON Schemas Pacta publishes (in `schemas/`), generated from the same zod schemas the code
 * validates with. They describe the files as a person writes them (defaults may be left out).
 */
import { z } from 'zod';
import { StructuredDocument } from './document.js';
import { GazetteerFile } from './gazetteer.js';
import { StatesFile } from './states.js';
import { HistoryFile, ScenarioFile } from './timeline.js';
import { TreatyFile } from './treaty.js';
import { VocabularyFile } from './vocabulary.js';

export const PUBLISHED_SCHEMAS = {
  treaty: { schema: TreatyFile, title: 'Pacta treaty.yaml' },
  history: { schema: HistoryFile, title: 'Pacta history.yaml' },
  scenario: { schema: ScenarioFile, title: 'Pacta scenario file' },
  states: { schema: StatesFile, title: 'Pacta states.yaml' },
  vocabulary: { schema: VocabularyFile, title: 'Pacta vocabulary.yaml' },
  gazetteer: { schema: GazetteerFile, title: 'Pacta gazetteer.yaml' },
  document: { schema: StructuredDocument, title: 'Pacta structured document (pacta ingest --json)' },
} as const satisfies Record<string, { schema: z.ZodType; title: string }>;

export type PublishedSchemaName = keyof typeof PUBLISHED_SCHEMAS;

export function jsonSchemaOf(schema: z.ZodType, title: string, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...generated, title };
}

/** The text of `schemas/NAME.schema.json`, byte for byte. */
export function publishedSchemaText(name: PublishedSchemaName): string {
  const { schema, title } = PUBLISHED_SCHEMAS[name];
  return JSON.stringify(jsonSchemaOf(schema, title), null, 2) + '\n';
}
