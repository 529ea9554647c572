/**
 * The API reads a state by its code, name or alias in request fields (a scenario's events, `party`),
 * and answers a near miss 400 naming the field, with the nearest state.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

async function call(server: RunningServer, method: string, path: string, body?: object) {
  const response = await fetch(server.url + path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as Record<string, unknown> };
}

const attack = (by: string, against: string) => ({
  title: 'x',
  events: [{ id: 'a', date: '1985-02-01', type: 'armed-attack', by, against }],
});

describe('states by name in the API', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({
      corpusRoot: CORPUS,
      dataDir: mkdtempSync(join(tmpdir(), 'pacta-api-')),
      port: 0,
      host: '127.0.0.1',
      log: () => undefined,
    });
  });
  after(async () => server.close());

  it('runs a scenario naming states by name exactly as with codes', async () => {
    const byName = await call(server, 'POST', '/api/run', attack('United States', 'North Korea'));
    const byCode = await call(server, 'POST', '/api/run', attack('USA', 'PRK'));
    assert.equal(byName.status, 200, byName.text);
    assert.equal(byName.text, byCode.text);
  });

  it('answers a near miss in a scenario 400, naming the field and the nearest state', async () => {
    const r = await call(server, 'POST', '/api/run', attack('USA', 'Nort Korea'));
    assert.equal(r.status, 400);
    assert.deepEqual(r.json.errors, [
      {
        field: 'events[0].against',
        line: 1,
        column: 97,
        message: 'unknown state "Nort Korea": did you mean PRK (Democratic People\'s Republic of Korea)?',
        hint: 'write its code, or a name or alias of corpus/states.yaml',
      },
    ]);
  });
});
