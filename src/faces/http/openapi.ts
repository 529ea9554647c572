/**
 * The OpenAPI 3.1 description of the HTTP API. Bodies and results are the zod schemas the code
 * validates with, as JSON Schema; the paths are listed here.
 */
import { z } from 'zod';
import { TreatyComparison } from '../../compare/schema.js';
import { StructuredDocument } from '../../model/document.js';
import { jsonSchemaOf } from '../../model/published.js';
import { RunResult, StatusResult } from '../../model/results.js';
import { StatesFile } from '../../model/states.js';
import { ScenarioFile } from '../../model/timeline.js';
import { TreatyFile } from '../../model/treaty.js';
import { VocabularyFile } from '../../model/vocabulary.js';

const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string(), hint: z.string().optional(), line: z.number().optional(), column: z.number().optional() })).optional(),
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const problems = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: 'problem', content: { 'application/problem+json': { schema: ref('Problem') } } }]));
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

function component(schema: z.ZodType, title: string, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = jsonSchemaOf(schema, title, io);
  return rest;
}

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Pacta API', version: '0.1.0', description: 'Treaties as executable, verifiable code: the same results as the CLI\'s --json.' },
    components: {
      schemas: {
        Problem: component(Problem, 'Problem'),
        Scenario: component(ScenarioFile, 'Scenario', 'input'),
        RunResult: component(RunResult, 'RunResult'),
        StatusResult: component(StatusResult, 'StatusResult'),
        StructuredDocument: component(StructuredDocument, 'StructuredDocument'),
        Treaty: component(TreatyFile, 'Treaty'),
        Vocabulary: component(VocabularyFile, 'Vocabulary'),
        States: component(StatesFile, 'States'),
        TreatyComparison: component(TreatyComparison, 'TreatyComparison'),
        SavedScenarioBody: { type: 'object', required: ['title', 'scenario'], additionalProperties: false, properties: { title: { type: 'string', minLength: 1, maxLength: 300 }, scenario: ref('Scenario') } },
        IngestBody: { type: 'object', required: ['name', 'text'], additionalProperties: false, properties: { name: { type: 'string', minLength: 1 }, text: { type: 'string' } } },
      },
    },
    paths: {
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } } } },
      '/api/health': { get: { summary: 'Liveness and database schema versions', responses: { 200: { description: 'ok', content: json({ type: 'object' }) } } } },
      '/api/treaties': { get: { summary: 'The corpus: each treaty with parties, dates and status today', responses: { 200: { description: 'treaties', content: json({ type: 'object' }) } } } },
      '/api/treaties/{id}': { get: { summary: 'A treaty: metadata, provisions, recorded history, lifecycle', parameters: [idParam], responses: { 200: { description: 'treaty', content: json({ type: 'object' }) }, ...problems(404) } } },
      '/api/treaties/{id}/text': { get: { summary: 'The source texts, ingested structure, quote spans and coverage', parameters: [idParam], responses: { 200: { description: 'texts', content: json({ type: 'object' }) }, ...problems(404) } } },
      '/api/treaties/{id}/render': {
        get: {
          summary: 'The literate rendering',
          parameters: [idParam, { name: 'format', in: 'query', schema: { enum: ['md', 'html'] } }],
          responses: { 200: { description: 'Markdown or HTML', content: { 'text/html': {}, 'text/markdown': {} } }, ...problems(400, 404) },
        },
      },
      '/api/treaties/{id}/export': {
        get: {
          summary: 'Export: Akoma Ntoso 3.0 XML, JSON (with computed lifecycle) or CSV (with ATOP codes)',
          parameters: [idParam, { name: 'format', in: 'query', schema: { enum: ['akn', 'json', 'csv'] } }],
          responses: { 200: { description: 'the export', content: { 'application/akn+xml': {}, 'application/json': {}, 'text/csv': {} } }, ...problems(400, 404) },
        },
      },
      '/api/treaties/{id}/status': {
        get: {
          summary: 'Status on a day (default today), with its explanation',
          parameters: [idParam, { name: 'at', in: 'query', schema: { type: 'string', format: 'date' } }],
          responses: { 200: { description: 'status', content: json(ref('StatusResult')) }, ...problems(400, 404) },
        },
      },
      '/api/diff': {
        get: {
          summary: 'Compare two treaties: aligned provisions with graded differences, lifecycle rows, summary (as pacta diff --json)',
          parameters: [
            { name: 'a', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'b', in: 'query', required: true, schema: { type: 'string' } },
          ],
          responses: { 200: { description: 'comparison', content: json(ref('TreatyComparison')) }, ...problems(400, 404) },
        },
      },
      '/api/vocabulary': { get: { summary: 'Event types, fluents, contested terms and readings', responses: { 200: { description: 'vocabulary', content: json(ref('Vocabulary')) } } } },
      '/api/states': { get: { summary: 'States and successions', responses: { 200: { description: 'states', content: json(ref('States')) } } } },
      '/api/corpus-scenarios': { get: { summary: "The corpus's own scenarios, to start from", responses: { 200: { description: 'scenarios', content: json({ type: 'array' }) } } } },
      '/api/run': {
        post: {
          summary: 'Evaluate a scenario under each combination of its readings',
          requestBody: { required: true, content: json(ref('Scenario')) },
          responses: { 200: { description: 'result', content: json(ref('RunResult')) }, ...problems(400, 413) },
        },
      },
      '/api/ingest': {
        post: { summary: 'Ingest a text without saving it', requestBody: { required: true, content: json(ref('IngestBody')) }, responses: { 200: { description: 'structured document', content: json(ref('StructuredDocument')) }, ...problems(400, 413) } },
      },
      '/api/scenarios': {
        get: { summary: 'Saved scenarios', responses: { 200: { description: 'list', content: json({ type: 'array' }) } } },
        post: { summary: 'Save a scenario', requestBody: { required: true, content: json(ref('SavedScenarioBody')) }, responses: { 201: { description: 'saved', content: json({ type: 'object' }) }, ...problems(400, 413) } },
      },
      '/api/scenarios/{id}': {
        get: { summary: 'Open a saved scenario', parameters: [idParam], responses: { 200: { description: 'scenario', content: json({ type: 'object' }) }, ...problems(404) } },
        put: { summary: 'Update a saved scenario', parameters: [idParam], requestBody: { required: true, content: json(ref('SavedScenarioBody')) }, responses: { 200: { description: 'saved', content: json({ type: 'object' }) }, ...problems(400, 404, 413) } },
        delete: { summary: 'Delete a saved scenario', parameters: [idParam], responses: { 204: { description: 'deleted' }, ...problems(404) } },
      },
      '/api/documents': {
        get: { summary: 'Imported documents', responses: { 200: { description: 'list', content: json({ type: 'array' }) } } },
        post: { summary: 'Import (ingest and keep) a document', requestBody: { required: true, content: json(ref('IngestBody')) }, responses: { 201: { description: 'saved', content: json({ type: 'object' }) }, ...problems(400, 413) } },
      },
      '/api/documents/{id}': {
        get: { summary: 'An imported document with its structure', parameters: [idParam], responses: { 200: { description: 'document', content: json({ type: 'object' }) }, ...problems(404) } },
        delete: { summary: 'Delete an imported document', parameters: [idParam], responses: { 204: { description: 'deleted' }, ...problems(404) } },
      },
      '/api/search': {
        get: { summary: 'Full-text search over provisions and source texts', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'hits', content: json({ type: 'object' }) }, ...problems(400) } },
      },
    },
  };
}
