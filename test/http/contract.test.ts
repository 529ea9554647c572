/**
 * The HTTP contract: every answer a real server gives, success or problem, is valid against the
 * schema `/api/openapi.json` publishes for that route, status and media type (JSON Schema 2020-12,
 * as OpenAPI 3.1 uses); every documented answer is given by some request here; and the document
 * lists exactly the routes the app serves.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { checkCorpus } from '../../src/check/compile.js';
import { createApp } from '../../src/faces/http/app.js';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';
import { Store } from '../../src/store/store.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const BASE = 'https://pacta.invalid/openapi.json';

interface MediaType {
  schema?: object;
}
interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { description: string; headers?: Record<string, { required?: boolean }>; content?: Record<string, MediaType> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
}

/** Checks answers against a published document, and remembers which documented answers were seen. */
class Contract {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false });
  private readonly validators = new Map<string, ValidateFunction>();
  readonly seen = new Set<string>();

  constructor(readonly doc: Document) {
    addFormats.default(this.ajv);
    this.ajv.addSchema({ $id: BASE, components: doc.components });
  }

  /** The documented path template a request path falls under, and its operation. */
  operation(method: string, path: string): { template: string; operation: Operation } {
    const bare = path.split('?')[0]!;
    for (const [template, operations] of Object.entries(this.doc.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      const operation = operations[method.toLowerCase()];
      if (pattern.test(bare) && operation) return { template, operation };
    }
    assert.fail(`${method} ${bare}: no documented operation`);
  }

  check(method: string, path: string, response: { status: number; type: string; text: string; headers: Headers }): void {
    const { template, operation } = this.operation(method, path);
    const where = `${method} ${path} → ${response.status}`;
    const documented = operation.responses[String(response.status)];
    assert.ok(documented, `${where}: status not documented`);
    this.seen.add(`${method} ${template} ${response.status}`);
    for (const [name, header] of Object.entries(documented.headers ?? {}))
      if (header.required) assert.ok(response.headers.get(name), `${where}: no ${name} header`);
    if (!documented.content) {
      assert.equal(response.text, '', `${where}: a body where none is documented`);
      return;
    }
    const mediaType = response.type.split(';')[0]!.trim();
    const media = documented.content[mediaType];
    assert.ok(media?.schema, `${where}: ${mediaType} not documented (documented: ${Object.keys(documented.content).join(', ')})`);
    const body: unknown = /^application\/([\w.-]+\+)?json$/.test(mediaType) ? JSON.parse(response.text) : response.text;
    const key = `${template} ${method} ${response.status} ${mediaType}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', `"${BASE}#/components/`)) as object);
      this.validators.set(key, validate);
    }
    assert.ok(
      validate(body),
      `${where}: ${mediaType} body not valid against the document: ${this.ajv.errorsText(validate.errors, { separator: '\n' })}`,
    );
  }

  /** Every documented (method, path, status) but those listed. */
  documented(except: (status: string) => boolean): string[] {
    return Object.entries(this.doc.paths).flatMap(([template, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        Object.keys(operation.responses)
          .filter((status) => !except(status))
          .map((status) => `${method.toUpperCase()} ${template} ${status}`),
      ),
    );
  }
}

/** What createApp needs but a store (the corpus checked once). */
let checked: ReturnType<typeof checkCorpus> | undefined;
function appDeps() {
  checked ??= checkCorpus(CORPUS);
  return { compiled: checked.compiled!, check: checked, today: () => '2024-06-19' };
}

/** A request with headers fetch will not send (Host), answered as `call` answers. */
function raw(base: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; type: string; text: string; headers: Headers }>((done, fail) => {
    const req = request(base + path, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const all = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') all.set(name, value);
        done({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', text, headers: all });
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

describe('HTTP contract', () => {
  let server: RunningServer;
  let contract: Contract;
  before(async () => {
    server = await startServer({
      corpusRoot: CORPUS,
      dataDir: mkdtempSync(join(tmpdir(), 'pacta-contract-')),
      port: 0,
      host: '127.0.0.1',
      log: () => undefined,
    });
    contract = new Contract((await (await fetch(`${server.url}/api/openapi.json`)).json()) as Document);
  });
  after(async () => server?.close());

  async function call(method: string, path: string, body?: string | object, expected?: number, headers: Record<string, string> = {}) {
    const response = await fetch(server.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const answer = {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text: await response.text(),
      headers: response.headers,
    };
    if (expected !== undefined) assert.equal(answer.status, expected, `${method} ${path}: ${answer.text.slice(0, 300)}`);
    contract.check(method, path, answer);
    return answer;
  }

  it('answers every route, success and problem, as the document says', async () => {
    const scenarioYaml = readFileSync(join(CORPUS, 'ussr-prk-1961/scenarios/attack-1985.yaml'), 'utf8');
    const scenario = parse(scenarioYaml) as object;
    const unts = readFileSync(join(CORPUS, 'ussr-prk-1961/sources/000_df94f2d4f29a19fa.txt'), 'utf8');
    const badDate = { title: 'x', events: [{ id: 'a', date: '1985-02-30', type: 'armed-attack', by: 'USA', against: 'PRK' }] };
    const saved = {
      title: 'Saved',
      scenario: {
        title: 'S',
        treaties: ['ussr-prk-1961'],
        events: [{ id: 'e1', date: '1985-03-01', type: 'armed-attack', by: 'USA', against: 'PRK', source: 'test' }],
      },
    };
    const overJson = JSON.stringify({ title: 'x', description: 'y'.repeat(2 * 1024 * 1024) });
    const overText = JSON.stringify({ name: 'big.txt', text: 'y'.repeat(11 * 1024 * 1024) });

    await call('GET', '/api/openapi.json', undefined, 200);
    await call('GET', '/api/health', undefined, 200);
    await call('GET', '/api/treaties', undefined, 200);
    for (const id of ['ussr-prk-1961', 'prk-rus-2024']) {
      await call('GET', `/api/treaties/${id}`, undefined, 200);
      await call('GET', `/api/treaties/${id}/text`, undefined, 200);
      await call('GET', `/api/treaties/${id}/render`, undefined, 200);
      await call('GET', `/api/treaties/${id}/render?format=md`, undefined, 200);
      for (const format of ['akn', 'json', 'csv']) await call('GET', `/api/treaties/${id}/export?format=${format}`, undefined, 200);
      await call('GET', `/api/treaties/${id}/status`, undefined, 200);
    }
    for (const suffix of ['', '/text', '/render', '/export', '/status?at=bad'])
      await call('GET', `/api/treaties/nato${suffix}`, undefined, 404);
    await call('GET', '/api/treaties/ussr-prk-1961/render?format=pdf', undefined, 400);
    await call('GET', '/api/treaties/ussr-prk-1961/export?format=pdf', undefined, 400);
    await call('GET', '/api/treaties/ussr-prk-1961/status?at=1996-09-09', undefined, 200);
    await call('GET', '/api/treaties/ussr-prk-1961/status?at=1996-02-30', undefined, 400);
    await call('GET', '/api/treaties/ussr-prk-1961/status?at=1995-01-01&party=RUS', undefined, 200);
    await call('GET', '/api/treaties/ussr-prk-1961/status?at=1995-01-01&party=USA', undefined, 400);
    await call('GET', '/api/treaties/ussr-prk-1961/status?at=1985-03-02&provision=art1-mutual-assistance', undefined, 200);
    await call('GET', '/api/treaties/ussr-prk-1961/status?at=1985-03-02&provision=art1-peace-action', undefined, 400);

    await call('GET', '/api/diff?a=ussr-prk-1961&b=prk-rus-2024', undefined, 200);
    await call('GET', '/api/diff?a=ussr-prk-1961', undefined, 400);
    await call('GET', '/api/diff?a=nato&b=prk-rus-2024', undefined, 404);
    await call('GET', '/api/obligations?event=armed-attack&by=USA&against=PRK&on=1985-03-01', undefined, 200);
    await call('GET', '/api/obligations?event=armed-attack&by=USA&against=Narnia&on=1985-03-01', undefined, 400);
    await call('GET', '/api/network?at=1985-03-01', undefined, 200);
    await call('GET', '/api/network?at=1985-03-01&format=edges&code=DEFENSE', undefined, 200);
    await call('GET', '/api/network?at=1985-02-30', undefined, 400);
    await call('GET', '/api/network/dyad-years', undefined, 200);
    await call('GET', '/api/network/dyad-years?format=json&from=1990&to=1992', undefined, 200);
    await call('GET', '/api/network/dyad-years?from=1992&to=1990', undefined, 400);
    await call('GET', '/api/vocabulary', undefined, 200);
    await call('GET', '/api/states', undefined, 200);
    await call('GET', '/api/places', undefined, 200);
    await call('GET', '/api/corpus-scenarios', undefined, 200);

    await call('POST', '/api/run', scenario, 200);
    await call('POST', '/api/run', scenarioYaml, 200, { 'content-type': 'application/yaml' });
    await call('POST', '/api/run', scenarioYaml, 400);
    await call('POST', '/api/run?provision=art1-mutual-assistance', scenario, 200);
    await call('POST', '/api/run?provision=art9', scenario, 400);
    await call('POST', '/api/run', '['.repeat(100) + ']'.repeat(100), 400);
    await call('POST', '/api/run', { title: 'x', events: Array.from({ length: 10_001 }, () => 0) }, 413);
    await call('POST', '/api/run', badDate, 400);
    await call('POST', '/api/run', '{"title": ', 400);
    await call('POST', '/api/run', overJson, 413);

    await call('POST', '/api/ingest', { name: 'unts-6045.txt', text: unts }, 200);
    await call('POST', '/api/ingest', { name: 'x.txt' }, 400);
    await call('POST', '/api/ingest', { name: 'x.txt', text: '' }, 400);
    await call('POST', '/api/ingest', overText, 413);

    await call('GET', '/api/scenarios', undefined, 200);
    const created = await call('POST', '/api/scenarios', saved, 201);
    const id = (JSON.parse(created.text) as { id: string }).id;
    await call('POST', '/api/scenarios', { title: 't'.repeat(301), scenario: saved.scenario }, 400);
    await call('POST', '/api/scenarios', { title: 'x', scenario: badDate }, 400);
    await call('POST', '/api/scenarios', overJson, 413);
    await call(
      'POST',
      '/api/scenarios',
      { title: 'x', scenario: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i])) },
      413,
    );
    await call('GET', '/api/scenarios', undefined, 200);
    await call('GET', `/api/scenarios/${id}`, undefined, 200);
    await call('GET', '/api/scenarios/nope', undefined, 404);
    await call('PUT', `/api/scenarios/${id}`, { ...saved, title: 'Renamed' }, 200);
    await call('PUT', `/api/scenarios/${id}`, { title: '' }, 400);
    await call('PUT', '/api/scenarios/nope', saved, 404);
    await call('PUT', `/api/scenarios/${id}`, overJson, 413);
    await call('DELETE', `/api/scenarios/${id}`, undefined, 204);
    await call('DELETE', `/api/scenarios/${id}`, undefined, 404);

    await call('GET', '/api/documents', undefined, 200);
    const kept = await call('POST', '/api/documents', { name: 'unts-6045.txt', text: unts }, 201);
    const documentId = (JSON.parse(kept.text) as { id: string }).id;
    await call('POST', '/api/documents', 'not json', 400);
    await call('POST', '/api/documents', overText, 413);
    await call('GET', '/api/documents', undefined, 200);
    await call('GET', `/api/documents/${documentId}`, undefined, 200);
    // An answer over the size bound: the same routes, on an app with a bound of 100 bytes.
    const small = createApp({ ...appDeps(), store: server.store, limits: { responseBytes: 100 } });
    for (const [method, path, body] of [
      ['POST', '/api/run', scenario],
      ['POST', '/api/ingest', { name: 'unts-6045.txt', text: unts }],
      ['POST', '/api/documents', { name: 'unts-6045.txt', text: unts }],
      ['GET', `/api/documents/${documentId}`, undefined],
    ] as const) {
      const response = await small.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer = {
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        text: await response.text(),
        headers: response.headers,
      };
      assert.equal(answer.status, 422, `${method} ${path}: ${answer.text.slice(0, 300)}`);
      contract.check(method, path, answer);
    }
    await call('GET', '/api/documents/nope', undefined, 404);
    await call('DELETE', `/api/documents/${documentId}`, undefined, 204);
    await call('DELETE', '/api/documents/nope', undefined, 404);

    await call('GET', '/api/search?q=unification%20Korea', undefined, 200);
    await call('GET', '/api/search?q=%22)(*', undefined, 200);
    await call('GET', '/api/search?q=', undefined, 400);

    // What the server refuses before any route: a foreign Host (421), a write from another site
    // (403), a body not labelled JSON (415); every route that documents one gives it.
    const refusals: Record<string, Record<string, string>> = {
      '421': { host: 'evil.example' },
      '403': { origin: 'https://evil.example' },
      '415': { 'content-type': 'text/plain' },
    };
    for (const answer of contract.documented((status) => !(status in refusals))) {
      const [method, template, status] = answer.split(' ') as [string, string, string];
      const path = template.replace(/\{\w+\}/g, 'nope');
      const headers = { 'content-type': 'application/json', ...refusals[status] };
      const response = await raw(server.url, method, path, headers, method === 'GET' || method === 'DELETE' ? undefined : '{}');
      assert.equal(response.status, Number(status), `${answer}: ${response.text.slice(0, 300)}`);
      contract.check(method, path, response);
    }

    // Every documented answer but the 500 (next test) was given.
    const missing = contract.documented((status) => status === '500').filter((answer) => !contract.seen.has(answer));
    assert.deepEqual(missing, []);
  });

  it('documents a 500 for every route, and answers one as documented', async (t) => {
    for (const answer of contract.documented(() => false).filter((a) => !a.endsWith(' 500'))) {
      const [method, template] = answer.split(' ');
      assert.ok(contract.doc.paths[template!]![method!.toLowerCase()]!.responses['500'], `${method} ${template}: no 500`);
    }
    const store = new Store(':memory:');
    t.after(() => store.close());
    const failing = new Proxy(store, {
      get: (target, name) =>
        name === 'listScenarios'
          ? () => {
              throw new Error('the disk is on fire');
            }
          : (Reflect.get(target, name) as unknown),
    });
    const app = createApp({ ...appDeps(), store: failing });
    const logged = t.mock.method(console, 'error', () => undefined);
    const response = await app.request('/api/scenarios');
    const text = await response.text();
    assert.equal(response.status, 500);
    assert.equal(logged.mock.callCount(), 1);
    assert.equal(
      text,
      '{"type":"https://pacta.invalid/problems/internal-server-error","title":"Internal Server Error","status":500,"detail":"an unexpected error; it has been logged"}',
    );
    contract.check('GET', '/api/scenarios', {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text,
      headers: response.headers,
    });
  });

  it('describes exactly the routes the app serves', (t) => {
    const store = new Store(':memory:');
    t.after(() => store.close());
    const app = createApp({ ...appDeps(), store });
    const served = new Set(app.routes.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
    const described = new Set(
      Object.entries(contract.doc.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    assert.deepEqual([...served].sort(), [...described].sort());
    // Each path parameter is declared, and each declared one is in the path.
    for (const [path, operations] of Object.entries(contract.doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const declared = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        assert.deepEqual(declared, inPath, `${method} ${path}`);
      }
    }
  });
});
