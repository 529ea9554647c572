/**
 * The API client: one typed function per route. Errors come back as `ApiProblem`, carrying the
 * server's problem+json (title, detail and the fields at fault).
 */
import type {
  CorpusScenario,
  Problem,
  RunResult,
  SavedDocument,
  SavedDocumentSummary,
  SavedScenario,
  SavedScenarioSummary,
  ScenarioInput,
  SearchResult,
  StatesFile,
  StatusResult,
  StructuredDocument,
  TreatyComparison,
  TreatyDetail,
  TreatyList,
  TreatyText,
  VocabularyFile,
} from './types.js';

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiProblem({ type: 'about:blank', title: 'No connection', status: 0, detail: `the server did not answer (${error instanceof Error ? error.message : String(error)})` });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json: unknown = text ? parseJson(text) : null;
  if (!response.ok) throw new ApiProblem(asProblem(json, response));
  return json as T;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function asProblem(json: unknown, response: Response): Problem {
  if (json && typeof json === 'object' && 'title' in json && 'status' in json) return json as Problem;
  return { type: 'about:blank', title: response.statusText || 'Error', status: response.status, detail: `the server answered ${response.status}` };
}

/** Answers that do not change while the server runs are fetched once. */
const cache = new Map<string, Promise<unknown>>();
function cached<T>(path: string): Promise<T> {
  let hit = cache.get(path);
  if (!hit) {
    hit = request<T>('GET', path);
    hit.catch(() => cache.delete(path));
    cache.set(path, hit);
  }
  return hit as Promise<T>;
}

const q = encodeURIComponent;

export const api = {
  treaties: () => cached<TreatyList>('/api/treaties'),
  treaty: (id: string) => cached<TreatyDetail>(`/api/treaties/${q(id)}`),
  treatyText: (id: string) => cached<TreatyText>(`/api/treaties/${q(id)}/text`),
  status: (id: string, at: string) => cached<StatusResult>(`/api/treaties/${q(id)}/status?at=${q(at)}`),
  vocabulary: () => cached<VocabularyFile>('/api/vocabulary'),
  states: () => cached<StatesFile>('/api/states'),
  corpusScenarios: () => cached<CorpusScenario[]>('/api/corpus-scenarios'),
  openApi: () => cached<{ paths: Record<string, unknown> }>('/api/openapi.json'),
  exportUrl: (id: string, format: 'akn' | 'json' | 'csv') => `/api/treaties/${q(id)}/export?format=${format}`,
  diff: (a: string, b: string) => cached<TreatyComparison>(`/api/diff?a=${q(a)}&b=${q(b)}`),
  search: (query: string, signal?: AbortSignal) => request<SearchResult>('GET', `/api/search?q=${q(query)}`, undefined, signal),
  run: (scenario: ScenarioInput) => request<RunResult>('POST', '/api/run', scenario),

  scenarios: (signal?: AbortSignal) => request<SavedScenarioSummary[]>('GET', '/api/scenarios', undefined, signal),
  scenario: (id: string) => request<SavedScenario>('GET', `/api/scenarios/${q(id)}`),
  createScenario: (title: string, scenario: ScenarioInput) => request<SavedScenario>('POST', '/api/scenarios', { title, scenario }),
  updateScenario: (id: string, title: string, scenario: ScenarioInput) => request<SavedScenario>('PUT', `/api/scenarios/${q(id)}`, { title, scenario }),
  deleteScenario: (id: string) => request<void>('DELETE', `/api/scenarios/${q(id)}`),

  ingest: (name: string, text: string) => request<StructuredDocument>('POST', '/api/ingest', { name, text }),
  documents: (signal?: AbortSignal) => request<SavedDocumentSummary[]>('GET', '/api/documents', undefined, signal),
  document: (id: string) => request<SavedDocument>('GET', `/api/documents/${q(id)}`),
  keepDocument: (name: string, text: string) => request<SavedDocument>('POST', '/api/documents', { name, text }),
  deleteDocument: (id: string) => request<void>('DELETE', `/api/documents/${q(id)}`),
};
