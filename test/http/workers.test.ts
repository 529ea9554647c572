/**
 * Long work off the event loop (src/faces/http/work): runs and ingests in worker threads answer the
 * very bytes the same work gives in this thread; a long task does not hold up other requests; a task
 * over its time budget is answered 503 and its worker replaced; a full queue is answered 503 with
 * Retry-After. The values computed once per corpus answer what was computed per request before, and
 * the same bytes each time. The request log is written once per turn of the event loop.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { checkCorpus, validateScenarioText } from '../../src/check/index.js';
import { evaluateScenario, HISTORY_ONLY, statusAt, treatyReadingTerms } from '../../src/engine/index.js';
import { createApp } from '../../src/faces/http/app.js';
import { ProblemError } from '../../src/faces/http/problem.js';
import { startServer, type RunningServer, type ServeOptions } from '../../src/faces/http/server.js';
import { bufferedLog, CorpusMemo, InProcessWork, Lru, WorkerPool } from '../../src/faces/http/work/index.js';
import { Store } from '../../src/store/index.js';
import { stateNames } from '../../src/model/index.js';
import { ingest } from '../../src/text/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const check = checkCorpus(CORPUS);
const compiled = check.compiled!;

const scenarioFiles = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(CORPUS, d.name, 'scenarios'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(CORPUS, d.name, 'scenarios', f)),
  );
const sourceFiles = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(CORPUS, d.name, 'sources'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(CORPUS, d.name, 'sources', f)),
  );
/** A corpus scenario as the JSON body a client sends. */
const runBody = (file: string) => JSON.stringify(parse(readFileSync(file, 'utf8')));
const SMALL = runBody(join(CORPUS, 'ussr-prk-1961', 'scenarios', 'attack-1985.yaml'));

async function call(server: RunningServer, method: string, path: string, body?: string) {
  const started = performance.now();
  const response = await fetch(server.url + path, {
    method,
    body,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, ms: performance.now() - started };
}

const serve = (work?: ServeOptions['work']) =>
  startServer({
    corpusRoot: CORPUS,
    dataDir: mkdtempSync(join(tmpdir(), 'pacta-workers-')),
    port: 0,
    host: '127.0.0.1',
    log: () => undefined,
    ...(work ? { work } : {}),
  });

describe('runs and ingests in worker threads; values computed once per corpus', () => {
  let server: RunningServer;
  before(async () => {
    server = await serve();
  });
  after(() => server.close());

  it('answers every corpus scenario with the bytes of the evaluation in this thread', async () => {
    assert.ok(scenarioFiles.length >= 10);
    for (const file of scenarioFiles) {
      const body = runBody(file);
      const r = await call(server, 'POST', '/api/run', body);
      assert.equal(r.status, 200, file);
      assert.equal(r.headers.get('content-type'), 'application/json');
      const { scenario } = validateScenarioText(check.corpus, 'request body', body);
      assert.equal(r.text, JSON.stringify(evaluateScenario(compiled, scenario!)), file);
    }
  });

  it('answers an ingest, and keeps a document, with the bytes of the ingest in this thread (parties coded by the served corpus)', async () => {
    for (const file of sourceFiles) {
      const text = readFileSync(file, 'utf8');
      const name = file.split('/').pop()!;
      const expected = JSON.stringify(ingest(text, name, { states: stateNames(compiled.states) }));
      const r = await call(server, 'POST', '/api/ingest', JSON.stringify({ name, text }));
      assert.equal(r.status, 200);
      assert.equal(r.text, expected);
      if (name.startsWith('000_')) {
        const parties = (JSON.parse(r.text) as { metadata: { parties: { code?: string }[] } }).metadata.parties;
        assert.deepEqual(
          parties.map((p) => p.code),
          ['SUN', 'PRK'],
        );
      }
      const created = await call(server, 'POST', '/api/documents', JSON.stringify({ name, text }));
      assert.equal(created.status, 201);
      const saved = JSON.parse(created.text) as { id: string; kind: string; structured: unknown };
      assert.equal(JSON.stringify(saved.structured), expected);
      assert.equal(saved.kind, ingest(text, name).kind);
      const reread = await call(server, 'GET', `/api/documents/${saved.id}`);
      assert.equal(JSON.stringify((JSON.parse(reread.text) as { structured: unknown }).structured), expected);
    }
  });

  it('answers what the app in this thread answers, errors included', async () => {
    const store = new Store(join(mkdtempSync(join(tmpdir(), 'pacta-workers-')), 'pacta.sqlite'));
    const app = createApp({ compiled, check, store, today: () => '2024-06-19' });
    try {
      const requests: [string, string][] = [
        ['/api/run', SMALL],
        ['/api/ingest', JSON.stringify({ name: 'empty.txt', text: '' })],
        ['/api/ingest', JSON.stringify({ name: 'a.txt', text: 'Article 1\nThe Parties shall consult.\n' })],
      ];
      for (const [path, body] of requests) {
        const remote = await call(server, 'POST', path, body);
        const local = await app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
        assert.equal(remote.status, local.status, path);
        assert.equal(remote.headers.get('content-type'), local.headers.get('content-type'));
        assert.equal(remote.text, await local.text(), `${path} ${body.slice(0, 40)}`);
      }
    } finally {
      store.close();
    }
  });

  it('answers the treaty list with the same bytes each time, as computed per request before', async () => {
    const first = await call(server, 'GET', '/api/treaties');
    const second = await call(server, 'GET', '/api/treaties');
    assert.equal(second.text, first.text);
    const today = (JSON.parse(first.text) as { date: string }).date;
    const expected = {
      date: today,
      treaties: compiled.treaties.map((t) => {
        const s = statusAt(compiled, t.treaty.id, today);
        return {
          id: t.treaty.id,
          shortTitle: t.treaty.shortTitle,
          titles: t.treaty.titles,
          parties: t.treaty.parties,
          signature: t.treaty.signature,
          status: { date: today, status: s.status, since: s.since, until: s.until, term: s.term },
          provisions: t.treaty.provisions.length,
        };
      }),
    };
    assert.equal(first.text, JSON.stringify(expected));
  });

  it("answers a treaty's status on a day, and its lifecycle, with the same bytes each time, as computed per request before", async () => {
    for (const t of compiled.treaties) {
      const id = t.treaty.id;
      for (const day of ['1900-01-01', '1961-09-10', '1995-08-07', '1996-09-09', '1996-09-10', '2024-12-04', '2030-01-01']) {
        const expected = JSON.stringify(statusAt(compiled, id, day));
        for (let i = 0; i < 2; i++) assert.equal((await call(server, 'GET', `/api/treaties/${id}/status?at=${day}`)).text, expected);
      }
      const detail = JSON.stringify({
        treaty: t.treaty,
        history: t.history,
        lifecycle: evaluateScenario(compiled, { ...HISTORY_ONLY, treaties: [id] }).runs[0]!.treaties[0]!,
        quoteSpans: t.quoteSpans,
        states: compiled.states.states,
        readingTerms: treatyReadingTerms(t, compiled.vocabulary),
      });
      for (let i = 0; i < 2; i++) assert.equal((await call(server, 'GET', `/api/treaties/${id}`)).text, detail);
    }
  });

  it('keeps at most the bound of (treaty, day) statuses, the least recently used dropped', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    assert.equal(lru.get('a'), 1);
    lru.set('c', 3);
    assert.equal(lru.size, 2);
    assert.equal(lru.get('b'), undefined);
    assert.equal(lru.get('a'), 1);
    assert.equal(lru.get('c'), 3);
    const memo = new CorpusMemo(compiled, check, 3);
    const id = compiled.treaties[0]!.treaty.id;
    for (const day of ['1990-01-01', '1991-01-01', '1992-01-01', '1993-01-01', '1990-01-01'])
      assert.deepEqual(memo.status(id, day), statusAt(compiled, id, day));
    assert.equal(memo.status(id, '1990-01-01'), memo.status(id, '1990-01-01'));
  });
});

describe('one request never freezes the others', () => {
  // One worker; a run takes at least 1.2 s, an ingest would take 30 s but its budget is 2 s.
  let server: RunningServer;
  before(async () => {
    server = await serve({ size: 1, queueLimit: 1, budgetMs: 2000, delay: { run: 1200, ingest: 30_000 } });
    // The first run starts the worker.
    assert.equal((await call(server, 'POST', '/api/run', SMALL)).status, 200);
  });
  after(() => server.close());

  it('answers /api/health in under 200 ms while a long run is in a worker', async () => {
    const slow = call(server, 'POST', '/api/run', SMALL);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (let i = 0; i < 3; i++) {
      const health = await call(server, 'GET', '/api/health');
      assert.equal(health.status, 200);
      assert.ok(health.ms < 200, `GET /api/health took ${health.ms.toFixed(0)} ms during a run`);
    }
    const list = await call(server, 'GET', '/api/treaties');
    assert.ok(list.ms < 200, `GET /api/treaties took ${list.ms.toFixed(0)} ms during a run`);
    const done = await slow;
    assert.equal(done.status, 200);
    assert.ok(done.ms >= 1000, 'the run was the slow one');
  });

  it('answers 503 with Retry-After when the queue is full, and serves the queued one', async () => {
    const running = call(server, 'POST', '/api/run', SMALL);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const queued = call(server, 'POST', '/api/run', SMALL);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await call(server, 'POST', '/api/run', SMALL);
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '1');
    assert.match((JSON.parse(refused.text) as { detail: string }).detail, /1 requests are already waiting for a worker \(the limit\)/);
    assert.equal((await running).status, 200);
    assert.equal((await queued).status, 200);
  });

  it('answers 503 naming the time budget, stops the worker, and the next request is served', async () => {
    const r = await call(server, 'POST', '/api/ingest', JSON.stringify({ name: 'a.txt', text: 'Article 1\nText.\n' }));
    assert.equal(r.status, 503);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    const problem = JSON.parse(r.text) as { status: number; title: string; detail: string };
    assert.equal(problem.status, 503);
    assert.equal(problem.title, 'Service Unavailable');
    assert.match(problem.detail, /longer than 2 s \(the time budget of a request\) and was stopped/);
    assert.ok(r.ms < 10_000, `answered after ${r.ms.toFixed(0)} ms`);
    // A new worker takes the next task, with the same answer as before.
    const next = await call(server, 'POST', '/api/run', SMALL);
    assert.equal(next.status, 200);
    const { scenario } = validateScenarioText(check.corpus, 'request body', SMALL);
    assert.equal(next.text, JSON.stringify(evaluateScenario(compiled, scenario!)));
    // Importing (ingest and keep) is stopped the same way, and keeps nothing.
    const doc = await call(server, 'POST', '/api/documents', JSON.stringify({ name: 'a.txt', text: 'Article 1\nText.\n' }));
    assert.equal(doc.status, 503);
    assert.equal((await call(server, 'GET', '/api/documents')).text, '[]');
  });
});

describe('the worker pool', () => {
  it('gives the bytes of the work in this thread, and an input error as what it was', async () => {
    const pool = new WorkerPool({ compiled, size: 1 });
    const local = new InProcessWork(compiled);
    try {
      const { scenario } = validateScenarioText(check.corpus, 'request body', SMALL);
      const task = { kind: 'run' as const, scenario: scenario! };
      const [a, b] = await Promise.all([pool.perform(task), local.perform(task)]);
      assert.deepEqual(Buffer.from(a.json), Buffer.from(b.json));
      await assert.rejects(pool.perform({ kind: 'ingest', name: 'e.txt', text: '' }), { name: 'InputError' });
      await assert.rejects(
        pool.close().then(() => pool.perform(task)),
        (e) => e instanceof ProblemError && e.status === 503,
      );
      assert.equal(pool.started, 1);
    } finally {
      await pool.close();
    }
  });

  it('refuses a task no worker took within the wait (503, Retry-After); a worker starting does not count', async () => {
    const pool = new WorkerPool({ compiled, size: 1, waitMs: 300, delay: { ingest: 2000 } });
    try {
      const busy = pool.perform({ kind: 'ingest', name: 'a.txt', text: 'Article 1\nText.\n' });
      const waiting = pool.perform({ kind: 'ingest', name: 'b.txt', text: 'Article 1\nText.\n' });
      await assert.rejects(waiting, (e) => {
        assert.ok(e instanceof ProblemError);
        assert.equal(e.status, 503);
        assert.equal(e.detail, 'the server is busy: no worker was free within 0.3 s (the limit); try again shortly');
        assert.deepEqual(e.headers, { 'retry-after': '1' });
        return true;
      });
      await busy;
    } finally {
      await pool.close();
    }
  });

  it('stops a task over the memory of a worker (503 naming it), and the next task gets a new worker', async () => {
    const pool = new WorkerPool({ compiled, size: 1, heapMiB: 64 });
    try {
      // 8 MB in 80,000 lines: under the limits of an ingest, over 64 MiB of heap once read.
      const text = `Article 1\n${'The Parties shall consult each other on every question of common interest. '.repeat(2)}\n`.repeat(40_000);
      await assert.rejects(pool.perform({ kind: 'ingest', name: 'big.txt', text }), (e) => {
        assert.ok(e instanceof ProblemError, String(e));
        assert.equal(e.status, 503);
        assert.equal(e.detail, 'the request needed more than 64 MiB (the memory of a worker) and was stopped');
        return true;
      });
      const small = await pool.perform({ kind: 'ingest', name: 'a.txt', text: 'Article 1\nText.\n' });
      assert.equal(new TextDecoder().decode(small.json), JSON.stringify(ingest('Article 1\nText.\n', 'a.txt')));
      assert.equal(pool.started, 2);
    } finally {
      await pool.close();
    }
  });
});

describe('the request log', () => {
  it('writes the lines of one turn of the event loop at once, and what is left on flush', async () => {
    const writes: string[] = [];
    const log = bufferedLog((chunk) => writes.push(chunk));
    log('GET /a 200 1.0ms');
    log('GET /b 200 1.0ms');
    assert.deepEqual(writes, []);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(writes, ['GET /a 200 1.0ms\nGET /b 200 1.0ms\n']);
    log('GET /c 404 0.5ms');
    log.flush();
    assert.deepEqual(writes.slice(1), ['GET /c 404 0.5ms\n']);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(writes.length, 2);
  });
});
