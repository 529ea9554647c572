/**
 * Fuzzing the HTTP API against a real server on a free loopback port and a real SQLite file: random
 * methods, paths (the routes with random ids, segments, %-escapes and queries), headers (content
 * types, origins, hosts) and bodies (random JSON, random text, mutated scenarios and documents). For
 * every request: no 500, an error answered as a JSON problem (application/problem+json), each answer
 * within its time bound; the server still answers its health check afterwards.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { startServer, type RunningServer } from '../../src/faces/http/index.js';
import { LONG, mutated, params, Tally } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const BOUND_MS = LONG ? 15_000 : 10_000;

interface Answer {
  status: number;
  type: string;
  body: string;
}

/** One raw request (node:http, so that any header and any path can be sent). */
function send(
  server: RunningServer,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', fail);
      },
    );
    req.setTimeout(BOUND_MS * 2, () => req.destroy(new Error(`no answer within ${BOUND_MS * 2} ms`)));
    req.on('error', fail);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const scenarioTexts = readdirSync(CORPUS).flatMap((treaty) => {
  try {
    const dir = join(CORPUS, treaty, 'scenarios');
    return readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
  } catch {
    return [];
  }
});
const scenarioJson = scenarioTexts.map((text) => JSON.stringify(parse(text)));
const documentText = readFileSync(join(ROOT, 'test/fixtures/text/plain/own-line-headings.txt'), 'utf8');

const segment = fc.oneof(
  fc.constantFrom(
    'ussr-prk-1961',
    'prk-rus-2024',
    'nato',
    '00000000-0000-4000-8000-000000000000',
    '..',
    '.',
    '%2e%2e',
    '%0a',
    '%00',
    '%ff',
    '%',
    'a%2Fb',
    '',
  ),
  fc.stringMatching(/^[A-Za-z0-9._~%-]{0,30}$/),
);
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?at=1996-09-09',
    '?at=9999-12-31',
    '?at=0000-01-01',
    '?at=2024-02-30',
    '?at=x',
    '?format=akn',
    '?format=csv',
    '?format=nope',
    '?q=treaty',
    '?q=%22',
    '?q=',
    '?a=b&a=c',
    '?at=1996-09-09&scenario=x',
    '?limit=-1',
  ),
  fc.stringMatching(/^\?[A-Za-z0-9=&%._-]{0,40}$/),
);
const path = fc
  .tuple(
    fc.constantFrom(
      '/api/health',
      '/api/openapi.json',
      '/api/treaties',
      '/api/treaties/{id}',
      '/api/treaties/{id}/text',
      '/api/treaties/{id}/render',
      '/api/treaties/{id}/export',
      '/api/treaties/{id}/status',
      '/api/diff',
      '/api/vocabulary',
      '/api/states',
      '/api/corpus-scenarios',
      '/api/run',
      '/api/ingest',
      '/api/scenarios',
      '/api/scenarios/{id}',
      '/api/documents',
      '/api/documents/{id}',
      '/api/search',
      '/api/{id}',
      '/api/{id}/{id}',
      '/{id}',
    ),
    fc.array(segment, { minLength: 2, maxLength: 2 }),
    query,
  )
  .map(([route, [a, b], q]) => route.replace('{id}', a!).replace('{id}', b!) + q);

const jsonValue = fc.jsonValue({ maxDepth: LONG ? 8 : 4 });
const body = fc.oneof(
  { weight: 2, arbitrary: jsonValue.map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.constantFrom(...scenarioJson).chain((json) => mutated(json, LONG ? 8 : 4)) },
  { weight: 1, arbitrary: fc.constantFrom(...scenarioTexts).chain((yaml) => mutated(yaml, 4)) },
  { weight: 2, arbitrary: fc.record({ scenario: jsonValue, title: fc.string() }).map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.record({ name: fc.string({ maxLength: 40 }), text: mutated(documentText, 4) }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.constantFrom(...scenarioJson).map((json) => JSON.stringify({ scenario: JSON.parse(json) as unknown })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.nat({ max: LONG ? 2_000 : 200 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
);
const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/yaml',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      '',
      'application/problem+json',
      '*/*',
    ),
    origin: fc.constantFrom('http://127.0.0.1', 'http://evil.example', 'null', ''),
    'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none'),
    accept: fc.constantFrom('application/json', 'text/html', '*/*'),
    host: fc.constantFrom('127.0.0.1', 'localhost', 'evil.example', '[::1]'),
  },
  { requiredKeys: [] },
);
const call = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
  path,
  headers,
  body: fc.option(body, { nil: undefined }),
});

describe('fuzz: HTTP API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pacta-fuzz-api-'));
  let server: RunningServer;
  const tally = new Tally('API requests', BOUND_MS);
  before(async () => {
    server = await startServer({ corpusRoot: CORPUS, dataDir, port: 0, host: '127.0.0.1', log: () => undefined });
  });
  after(async () => {
    console.log(tally.line());
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('random requests: never a 500, errors as JSON problems, each within its bound', async () => {
    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        const sent = c.method === 'GET' || c.method === 'HEAD' ? undefined : c.body;
        const { result: answer, ms } = await tally.timeAsync(`${c.method} ${c.path} ${sent ?? ''}`, () =>
          send(server, c.method, c.path, c.headers, sent),
        );
        const where = `${c.method} ${c.path} → ${answer.status} ${answer.type}: ${answer.body.slice(0, 300)}`;
        assert.ok(ms <= BOUND_MS, `${where}: took ${ms.toFixed(0)} ms`);
        assert.ok(answer.status >= 200 && answer.status < 500, where);
        if (answer.status >= 400 && c.method !== 'HEAD') {
          assert.match(answer.type, /^application\/problem\+json/, where);
          const problem = JSON.parse(answer.body) as { status?: number; title?: string };
          assert.equal(problem.status, answer.status, where);
          assert.equal(typeof problem.title, 'string', where);
        }
      }),
      params(100, 6_000),
    );
    const health = await send(server, 'GET', '/api/health', {}, undefined);
    assert.equal(health.status, 200);
  });
});
