/**
 * GET /api/network and GET /api/network/dyad-years against a real server on the fixture corpus
 * test/fixtures/corpus-network: the answers equal the export's golden files, and a bad query part
 * is answered 400 (problem+json) naming the field.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(ROOT, 'test', 'fixtures', 'export', 'golden');
const quiet = () => undefined;

describe('HTTP network routes', () => {
  let server: RunningServer;
  before(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pacta-network-'));
    server = await startServer({
      corpusRoot: join(ROOT, 'test', 'fixtures', 'corpus-network'),
      dataDir,
      port: 0,
      host: '127.0.0.1',
      log: quiet,
    });
  });
  after(async () => server.close());

  const get = async (path: string) => {
    const response = await fetch(server.url + path);
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };

  it('GET /api/network?at=DATE answers the network of the day (JSON)', async () => {
    const r = await get('/api/network?at=2003-03-01');
    assert.equal(r.status, 200);
    assert.match(r.type, /^application\/json/);
    assert.deepEqual(JSON.parse(r.text), JSON.parse(readFileSync(join(GOLDEN, 'network-2003-03-01.json'), 'utf8')));
  });

  it('format=edges answers the CSV edge list; code narrows it', async () => {
    const r = await get('/api/network?at=2003-03-01&format=edges');
    assert.deepEqual([r.status, r.type], [200, 'text/csv; charset=utf-8']);
    assert.equal(r.text, readFileSync(join(GOLDEN, 'network-2003-03-01.csv'), 'utf8'));
    const nonagg = await get('/api/network?at=2003-03-01&format=edges&code=NONAGG');
    assert.equal(
      nonagg.text,
      'from,to,treaty,codes,unknown,since,until\r\nUSA,DEU,alliance,DEFENSE;NONAGG,,2000-04-03,2005-05-20\r\nUSA,POL,alliance,DEFENSE;NONAGG,,2002-06-15,\r\n',
    );
  });

  it('GET /api/network/dyad-years answers the rows (CSV by default, JSON on request)', async () => {
    const csv = await get('/api/network/dyad-years');
    assert.deepEqual([csv.status, csv.type], [200, 'text/csv; charset=utf-8']);
    assert.equal(csv.text, readFileSync(join(GOLDEN, 'dyad-years-network.csv'), 'utf8'));
    const json = await get('/api/network/dyad-years?format=json&from=2005&to=2005&code=NONAGG');
    const result = JSON.parse(json.text) as { from: number; to: number; rows: { stateA: string; stateB: string; end: string }[] };
    assert.deepEqual(
      [result.from, result.to, result.rows.map((r) => `${r.stateA}>${r.stateB} ${r.end}`)],
      [2005, 2005, ['USA>DEU 2005-05-19', 'USA>FRA 2005-12-31', 'USA>POL 2005-12-31']],
    );
  });

  for (const [path, field, detail] of [
    ['/api/network?at=2003-02-30', 'at', 'at: '],
    ['/api/network?at=2003-03-01&code=ALLY', 'code', 'code: an ATOP code: DEFENSE, OFFENSE, NEUTRAL, NONAGG, CONSUL'],
    ['/api/network?at=2003-03-01&format=csv', 'format', 'format: use json or edges'],
    ['/api/network/dyad-years?from=19x5', 'from', 'from: a year from 1 to 9999'],
    ['/api/network/dyad-years?to=0', 'to', 'to: a year from 1 to 9999'],
    ['/api/network/dyad-years?format=edges', 'format', 'format: use csv or json'],
    ['/api/network/dyad-years?from=1995&to=1990', 'from', 'from: 1995 is after to (1990)'],
  ] as const) {
    it(`${path} is answered 400 naming ${field}`, async () => {
      const r = await get(path);
      assert.equal(r.status, 400, r.text);
      assert.match(r.type, /^application\/problem\+json/);
      const problem = JSON.parse(r.text) as { detail: string; errors: { field: string }[] };
      assert.ok(problem.detail.startsWith(detail), problem.detail);
      assert.equal(problem.errors[0]!.field, field);
    });
  }

  it('the OpenAPI document describes both routes', async () => {
    const doc = JSON.parse((await get('/api/openapi.json')).text) as { paths: Record<string, unknown> };
    assert.ok(doc.paths['/api/network']);
    assert.ok(doc.paths['/api/network/dyad-years']);
  });
});
