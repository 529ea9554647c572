/**
 * The API client: one function per route, typed by what the route declares it answers (`Answer`,
 * inferred from the server's route definitions). Errors come back as `ApiProblem`, carrying the
 * server's problem+json (title, detail and the fields at fault).
 */
import type { Answer, AtopCodeName, HypotheticalAnswer, NetworkResult, Problem, RequestBody, ScenarioInput } from './types.js';

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
    throw new ApiProblem({
      type: 'about:blank',
      title: 'No connection',
      status: 0,
      detail: `the server did not answer (${error instanceof Error ? error.message : String(error)})`,
    });
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
  return {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    detail: `the server answered ${response.status}`,
  };
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

const networkPath = (at: string, code: AtopCodeName | null) => `/api/network?at=${q(at)}${code ? `&code=${code}` : ''}`;

export const api = {
  treaties: () => cached<Answer<'treaties'>>('/api/treaties'),
  treaty: (id: string) => cached<Answer<'treaty'>>(`/api/treaties/${q(id)}`),
  treatyText: (id: string) => cached<Answer<'treatyText'>>(`/api/treaties/${q(id)}/text`),
  status: (id: string, at: string) => cached<Answer<'status'>>(`/api/treaties/${q(id)}/status?at=${q(at)}`),
  /** A duty of the treaty on a day: its rows active or decided that day, or why none arose (`obligations`). */
  provisionOnDay: (id: string, provision: string, at: string) =>
    cached<Answer<'status'>>(`/api/treaties/${q(id)}/status?at=${q(at)}&provision=${q(provision)}`),
  vocabulary: () => cached<Answer<'vocabulary'>>('/api/vocabulary'),
  states: () => cached<Answer<'states'>>('/api/states'),
  places: () => cached<Answer<'places'>>('/api/places'),
  corpusScenarios: () => cached<Answer<'corpusScenarios'>>('/api/corpus-scenarios'),
  openApi: () => cached<Answer<'openapi'>>('/api/openapi.json'),
  exportUrl: (id: string, format: 'akn' | 'json' | 'csv') => `/api/treaties/${q(id)}/export?format=${format}`,
  /** Two treaties compared; with a scenario (a corpus file, kept; a saved id, asked afresh: it may have been edited), their behaviour too. */
  diff: (a: string, b: string, scenario?: string) =>
    scenario === undefined
      ? cached<Answer<'diff'>>(`/api/diff?a=${q(a)}&b=${q(b)}`)
      : scenario.startsWith('corpus/')
        ? cached<Answer<'diff'>>(`/api/diff?a=${q(a)}&b=${q(b)}&scenario=${q(scenario)}`)
        : request<Answer<'diff'>>('GET', `/api/diff?a=${q(a)}&b=${q(b)}&scenario=${q(scenario)}`),
  /** The defence network on a day (code: only edges where it is 1 or unknown; null: every edge). */
  network: (at: string, code: AtopCodeName | null) => cached<NetworkResult>(networkPath(at, code)),
  /** The network on a day as a file: `edges` a CSV edge list, `json` the answer with its quotes. */
  networkDownloadUrl: (at: string, code: AtopCodeName | null, format: 'edges' | 'json') => `${networkPath(at, code)}&format=${format}`,
  dyadYearsUrl: (format: 'csv' | 'json') => `/api/network/dyad-years?format=${format}`,
  /** Who must help whom: the query string of the hypothesis (event, by, against, at, on). */
  obligations: (hypothesis: URLSearchParams) => cached<HypotheticalAnswer>(`/api/obligations?${hypothesis.toString()}`),
  search: (query: string, signal?: AbortSignal) => request<Answer<'search'>>('GET', `/api/search?q=${q(query)}`, undefined, signal),
  run: (scenario: ScenarioInput) => request<Answer<'run'>>('POST', '/api/run', scenario satisfies RequestBody<'run'>),

  scenarios: (signal?: AbortSignal) => request<Answer<'scenarios'>>('GET', '/api/scenarios', undefined, signal),
  scenario: (id: string) => request<Answer<'scenario'>>('GET', `/api/scenarios/${q(id)}`),
  createScenario: (title: string, scenario: ScenarioInput) =>
    request<Answer<'createScenario'>>('POST', '/api/scenarios', { title, scenario } satisfies RequestBody<'createScenario'>),
  updateScenario: (id: string, title: string, scenario: ScenarioInput) =>
    request<Answer<'updateScenario'>>('PUT', `/api/scenarios/${q(id)}`, { title, scenario } satisfies RequestBody<'updateScenario'>),
  deleteScenario: (id: string) => request<void>('DELETE', `/api/scenarios/${q(id)}`),

  ingest: (name: string, text: string) => request<Answer<'ingest'>>('POST', '/api/ingest', { name, text } satisfies RequestBody<'ingest'>),
  documents: (signal?: AbortSignal) => request<Answer<'documents'>>('GET', '/api/documents', undefined, signal),
  document: (id: string) => request<Answer<'document'>>('GET', `/api/documents/${q(id)}`),
  keepDocument: (name: string, text: string) =>
    request<Answer<'createDocument'>>('POST', '/api/documents', { name, text } satisfies RequestBody<'createDocument'>),
  deleteDocument: (id: string) => request<void>('DELETE', `/api/documents/${q(id)}`),
};
