/**
 * Every route of the HTTP API, declared once: path, parameters, query, body (with its size bound)
 * and every answer it can give, each with its zod schema. `createApp` mounts them with their
 * handlers, the request validation follows from them, `/api/openapi.json` is generated from them,
 * and the web client's types are inferred from them.
 */
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { SEARCH_LIMITS } from '../../store/index.js';
import { YAML_TYPES } from './guard.js';
import { JSON_BODY_LIMIT, MAX_BODY_DEPTH, MAX_BODY_VALUES, MAX_OBJECT_KEYS, TEXT_BODY_LIMIT } from './limits.js';
import { PROBLEM_TITLES, Problem, ProblemError, zodProblemFields, type ProblemStatus } from './problem.js';
import {
  CorpusScenario,
  DiffQuery,
  ExportQuery,
  Health,
  DocumentIdParams,
  ScenarioIdParams,
  TreatyIdParams,
  IngestBody,
  OpenApiDocument,
  RenderQuery,
  RunQuery,
  RunResult,
  SavedDocument,
  SavedDocumentSummary,
  SavedScenario,
  SavedScenarioBody,
  SavedScenarioSummary,
  Scenario,
  SearchQuery,
  SearchResult,
  States,
  Gazetteer,
  StatusQuery,
  StatusResult,
  StructuredDocument,
  TreatyComparison,
  TreatyDetail,
  TreatyExport,
  TreatyList,
  TreatyText,
  Vocabulary,
  invalidRequest,
} from './schemas.js';
import { DyadYearsQuery, DyadYearsResult, NetworkQuery, NetworkResult } from './network.js';
import { HypotheticalAnswer, ObligationsQuery } from './obligations.js';

/** Refuses a body over `maxSize` bytes (413) without reading the rest of it. */
function limit(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      // The rest of the body is not read: close the connection so that no client reuses it.
      throw new ProblemError(413, `the request body is over ${maxSize} bytes`, [{ field: '(body)', message: `at most ${maxSize} bytes` }], {
        connection: 'close',
      });
    },
  });
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

type ProblemResponse = { description: string; content: { 'application/problem+json': { schema: typeof Problem } } };
/**
 * The problem answers a route can give; every route can give a 421 (a Host the server does not
 * answer for) and a 500.
 */
function problems<S extends ProblemStatus = never>(...statuses: S[]): { [K in S | 421 | 500]: ProblemResponse } {
  return Object.fromEntries(
    [...statuses, 421 as const, 500 as const].map((status) => [
      status,
      { description: PROBLEM_TITLES[status], content: { 'application/problem+json': { schema: Problem } } },
    ]),
  ) as unknown as { [K in S | 421 | 500]: ProblemResponse };
}

const bounds = (maxSize: number) =>
  `at most ${maxSize} bytes (larger: 413); as JSON, at most ${MAX_BODY_VALUES} keys and elements in all (413), ` +
  `${MAX_OBJECT_KEYS} keys in one object (413) and ${MAX_BODY_DEPTH} levels deep (400)`;

const body = <T extends z.ZodType>(schema: T, maxSize: number) => ({
  required: true,
  description: `JSON (Content-Type: application/json, else 415), ${bounds(maxSize)}`,
  content: { 'application/json': { schema } },
});

/** A scenario body: JSON, or YAML with one of the YAML media types. */
const scenarioBody = <T extends z.ZodType>(schema: T, maxSize: number) => ({
  required: true,
  description: `a scenario as JSON (Content-Type: application/json) or YAML (${YAML_TYPES.join(', ')}), else 415; ${bounds(maxSize)}`,
  content: {
    'application/json': { schema },
    ...Object.fromEntries(YAML_TYPES.map((type) => [type, { schema: z.string().describe('the scenario as YAML') }])),
  },
});

const text = (description: string) => ({ schema: z.string().describe(description) });

export const routes = {
  openapi: createRoute({
    operationId: 'getOpenApi',
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    responses: { 200: json(OpenApiDocument, 'OpenAPI 3.1'), ...problems() },
  }),
  health: createRoute({
    operationId: 'getHealth',
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database schema versions',
    responses: { 200: json(Health, 'ok'), ...problems() },
  }),
  treaties: createRoute({
    operationId: 'listTreaties',
    method: 'get',
    path: '/api/treaties',
    summary: 'The corpus: each treaty with parties, dates and status today',
    responses: { 200: json(TreatyList, 'treaties'), ...problems() },
  }),
  treaty: createRoute({
    operationId: 'getTreaty',
    method: 'get',
    path: '/api/treaties/{id}',
    summary: 'A treaty: metadata, provisions, recorded history, lifecycle',
    request: { params: TreatyIdParams },
    responses: { 200: json(TreatyDetail, 'treaty'), ...problems(404) },
  }),
  treatyText: createRoute({
    operationId: 'getTreatyText',
    method: 'get',
    path: '/api/treaties/{id}/text',
    summary: 'The source texts, ingested structure, quote spans and coverage',
    request: { params: TreatyIdParams },
    responses: { 200: json(TreatyText, 'texts'), ...problems(404) },
  }),
  render: createRoute({
    operationId: 'renderTreaty',
    method: 'get',
    path: '/api/treaties/{id}/render',
    summary: 'The literate rendering',
    request: { params: TreatyIdParams, query: RenderQuery },
    responses: {
      200: {
        description: 'Markdown or HTML',
        content: {
          'text/html': text('the literate document as HTML (format=html)'),
          'text/markdown': text('the literate document as Markdown (format=md)'),
        },
      },
      ...problems(400, 404),
    },
  }),
  export: createRoute({
    operationId: 'exportTreaty',
    method: 'get',
    path: '/api/treaties/{id}/export',
    summary: 'Export: Akoma Ntoso 3.0 XML, JSON (with computed lifecycle) or CSV (with ATOP codes)',
    request: { params: TreatyIdParams, query: ExportQuery },
    responses: {
      200: {
        description: 'the export',
        headers: z.object({ 'content-disposition': z.string().describe('inline, with the file name: ID.akn.xml, ID.json or ID.csv') }),
        content: {
          'application/akn+xml': text('Akoma Ntoso 3.0 (format=akn)'),
          'application/json': { schema: TreatyExport },
          'text/csv': text('one row, with ATOP codes (format=csv)'),
        },
      },
      ...problems(400, 404),
    },
  }),
  status: createRoute({
    operationId: 'getTreatyStatus',
    method: 'get',
    path: '/api/treaties/{id}/status',
    summary: 'Status on a day (default today), with its explanation; with provision=ID, that duty on the day, or why none arose',
    request: { params: TreatyIdParams, query: StatusQuery },
    responses: { 200: json(StatusResult, 'status'), ...problems(400, 404) },
  }),
  diff: createRoute({
    operationId: 'diffTreaties',
    method: 'get',
    path: '/api/diff',
    summary: 'Compare two treaties: aligned provisions with graded differences, lifecycle rows, summary (as pacta diff --json)',
    request: { query: DiffQuery },
    responses: { 200: json(TreatyComparison, 'comparison'), ...problems(400, 404) },
  }),
  network: createRoute({
    operationId: 'getNetwork',
    method: 'get',
    path: '/api/network',
    summary: 'The defence network on a day (default today): edges A owes B under a treaty, with ATOP codes, provisions and quotes',
    request: { query: NetworkQuery },
    responses: {
      200: {
        description: 'the network',
        content: {
          'application/json': { schema: NetworkResult },
          'text/csv': text('format=edges: from,to,treaty,codes,unknown,since,until'),
        },
      },
      ...problems(400),
    },
  }),
  dyadYears: createRoute({
    operationId: 'getDyadYears',
    method: 'get',
    path: '/api/network/dyad-years',
    summary: 'Directed dyad-year rows comparable with ATOP (five codes, day-level start and end, the provisions behind them)',
    request: { query: DyadYearsQuery },
    responses: {
      200: {
        description: 'the rows',
        content: {
          'text/csv': text('stateA,stateB,year,treaty,atopid,defense,offense,neutral,nonagg,consul,start,end,provisions'),
          'application/json': { schema: DyadYearsResult },
        },
      },
      ...problems(400),
    },
  }),
  obligations: createRoute({
    operationId: 'getObligations',
    method: 'get',
    path: '/api/obligations',
    summary: 'Who must help whom: the duties one hypothetical event would trigger across the corpus, and who would owe nothing and why',
    description:
      'The event (event, by, against, to, place, on) is evaluated with the recorded history of each treaty a state it names is a party to, under every reading of the terms its duties are read by: the duties owed (treaty, article, quote, bearer, beneficiary, readings, the grounds each state is bound on), those undecided, and those that bind no one grouped by reason (as pacta obligations --if … --json). A part that cannot be used: 400 naming it.',
    request: { query: ObligationsQuery },
    responses: { 200: json(HypotheticalAnswer, 'the answer'), ...problems(400) },
  }),
  vocabulary: createRoute({
    operationId: 'getVocabulary',
    method: 'get',
    path: '/api/vocabulary',
    summary: 'Event types, fluents, contested terms and readings',
    responses: { 200: json(Vocabulary, 'vocabulary'), ...problems() },
  }),
  states: createRoute({
    operationId: 'getStates',
    method: 'get',
    path: '/api/states',
    summary: 'States and successions',
    responses: { 200: json(States, 'states'), ...problems() },
  }),
  places: createRoute({
    operationId: 'getPlaces',
    method: 'get',
    path: '/api/places',
    summary: "The gazetteer: the places an event's place and a provision's scope may name",
    description:
      "Every place of the corpus's gazetteer with its id, name, kind, state and the places it lies in, wholly or partly (dated where a source dates the change). An event's place must be one of these ids (a near miss is refused with a did-you-mean). A corpus without a gazetteer answers an empty list: its events' places are then not checked, and a provision's scope cannot be decided.",
    responses: { 200: json(Gazetteer, 'the places'), ...problems() },
  }),
  corpusScenarios: createRoute({
    operationId: 'listCorpusScenarios',
    method: 'get',
    path: '/api/corpus-scenarios',
    summary: "The corpus's own scenarios, to start from",
    responses: { 200: json(z.array(CorpusScenario), 'scenarios'), ...problems() },
  }),
  run: createRoute({
    operationId: 'runScenario',
    method: 'post',
    path: '/api/run',
    summary: 'Evaluate a scenario under each combination of its readings',
    description:
      'The body is a scenario as JSON (or YAML); it is checked against the corpus, with line and column in the errors. Every provision and binding has a row in each run: those where no duty arose (from null) say why not. With provision=ID, only that duty.',
    middleware: [limit(JSON_BODY_LIMIT)] as const,
    request: { query: RunQuery, body: scenarioBody(Scenario, JSON_BODY_LIMIT) },
    responses: { 200: json(RunResult, 'result'), ...problems(400, 403, 413, 415, 422) },
  }),
  ingest: createRoute({
    operationId: 'ingestText',
    method: 'post',
    path: '/api/ingest',
    summary: 'Ingest a text without saving it',
    middleware: [limit(TEXT_BODY_LIMIT)] as const,
    request: { body: body(IngestBody, TEXT_BODY_LIMIT) },
    responses: { 200: json(StructuredDocument, 'structured document'), ...problems(400, 403, 413, 415, 422) },
  }),
  scenarios: createRoute({
    operationId: 'listScenarios',
    method: 'get',
    path: '/api/scenarios',
    summary: 'Saved scenarios',
    responses: { 200: json(z.array(SavedScenarioSummary), 'list, the last updated first'), ...problems() },
  }),
  createScenario: createRoute({
    operationId: 'createScenario',
    method: 'post',
    path: '/api/scenarios',
    summary: 'Save a scenario',
    middleware: [limit(JSON_BODY_LIMIT)] as const,
    request: { body: body(SavedScenarioBody, JSON_BODY_LIMIT) },
    responses: { 201: json(SavedScenario, 'saved'), ...problems(400, 403, 413, 415) },
  }),
  scenario: createRoute({
    operationId: 'getScenario',
    method: 'get',
    path: '/api/scenarios/{id}',
    summary: 'Open a saved scenario',
    request: { params: ScenarioIdParams },
    responses: { 200: json(SavedScenario, 'scenario'), ...problems(404) },
  }),
  updateScenario: createRoute({
    operationId: 'updateScenario',
    method: 'put',
    path: '/api/scenarios/{id}',
    summary: 'Update a saved scenario',
    middleware: [limit(JSON_BODY_LIMIT)] as const,
    request: { params: ScenarioIdParams, body: body(SavedScenarioBody, JSON_BODY_LIMIT) },
    responses: { 200: json(SavedScenario, 'saved'), ...problems(400, 403, 404, 413, 415) },
  }),
  deleteScenario: createRoute({
    operationId: 'deleteScenario',
    method: 'delete',
    path: '/api/scenarios/{id}',
    summary: 'Delete a saved scenario',
    request: { params: ScenarioIdParams },
    responses: { 204: { description: 'deleted' }, ...problems(403, 404) },
  }),
  documents: createRoute({
    operationId: 'listDocuments',
    method: 'get',
    path: '/api/documents',
    summary: 'Imported documents',
    responses: { 200: json(z.array(SavedDocumentSummary), 'list, the last imported first'), ...problems() },
  }),
  createDocument: createRoute({
    operationId: 'createDocument',
    method: 'post',
    path: '/api/documents',
    summary: 'Import (ingest and keep) a document',
    middleware: [limit(TEXT_BODY_LIMIT)] as const,
    request: { body: body(IngestBody, TEXT_BODY_LIMIT) },
    responses: { 201: json(SavedDocument, 'saved'), ...problems(400, 403, 413, 415, 422) },
  }),
  document: createRoute({
    operationId: 'getDocument',
    method: 'get',
    path: '/api/documents/{id}',
    summary: 'An imported document with its structure',
    request: { params: DocumentIdParams },
    responses: { 200: json(SavedDocument, 'document'), ...problems(404, 422) },
  }),
  deleteDocument: createRoute({
    operationId: 'deleteDocument',
    method: 'delete',
    path: '/api/documents/{id}',
    summary: 'Delete an imported document',
    request: { params: DocumentIdParams },
    responses: { 204: { description: 'deleted' }, ...problems(403, 404) },
  }),
  search: createRoute({
    operationId: 'search',
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over provisions, source texts and imported documents',
    description: `Each hit is a provision or a passage (an article paragraph, a recital, a footnote…) of a corpus source or an imported document, with a plain-text snippet, the places of the words found in it, and for a passage their span in the text. Limits: a query of at most ${SEARCH_LIMITS.queryCharacters} characters and ${SEARCH_LIMITS.words} words (a longer one gets a 400 naming q); at most ${SEARCH_LIMITS.hits} hits, best first, with the total that matched.`,
    request: { query: SearchQuery },
    responses: { 200: json(SearchResult, 'hits'), ...problems(400) },
  }),
} satisfies Record<string, RouteConfig>;

/** The problem for a request part (parameters, query, body) its schema refused: 400, with each issue. */
export function requestProblem(schema: z.ZodType | undefined, error: z.ZodError, input: unknown): ProblemError {
  const record = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const detail = (schema && invalidRequest.get(schema)?.detail(record, error.issues)) ?? 'the request is not valid';
  return new ProblemError(400, detail, zodProblemFields(error));
}

/** The media types a route's body may have (none: it reads no body). */
export function bodyMediaTypes(route: RouteConfig): string[] {
  return Object.keys(route.request?.body?.content ?? {});
}

/** The JSON body of a route that reads one: its zod schema. */
export function bodySchema(route: RouteConfig): z.ZodType | undefined {
  const media = route.request?.body?.content['application/json'];
  return media && 'schema' in media && media.schema instanceof z.ZodType ? media.schema : undefined;
}
