/**
 * What the HTTP face refuses, and how it says so (issue 18): bodies read as their Content-Type says
 * and bounded (finding 2); writes from other sites and foreign Host headers refused (3); bounds on
 * answers (6); security headers on every answer, a request log no path can forge, start-up
 * failures as one located error (10). Against a real server on a random loopback port.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { checkCorpus } from '../../src/check/compile.js';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { SECURITY_HEADERS } from '../../src/faces/http/guard.js';
import {
  JSON_BODY_LIMIT,
  MAX_BODY_DEPTH,
  MAX_BODY_VALUES,
  MAX_OBJECT_KEYS,
  MAX_PROBLEM_ERRORS,
  MAX_RESPONSE_BYTES,
  TEXT_BODY_LIMIT,
} from '../../src/faces/http/limits.js';
import { startServer } from '../../src/faces/http/server.js';
import { listenError, storeOpenError } from '../../src/faces/http/startup.js';
import { formatDiagnostic, InputError, ScenarioFile } from '../../src/model/index.js';
import { json, raw } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const ATTACK_YAML = readFileSync(join(CORPUS, 'ussr-prk-1961/scenarios/attack-1985.yaml'), 'utf8');
const ATTACK = parse(ATTACK_YAML) as object;
const SAVED = {
  title: 'Saved',
  scenario: {
    title: 'S',
    treaties: ['ussr-prk-1961'],
    events: [{ id: 'e1', date: '1985-03-01', type: 'armed-attack', by: 'USA', against: 'PRK', source: 'test' }],
  },
};
const problem = (status: number, title: string, detail: string, errors: object[]) => ({
  type: `https://pacta.invalid/problems/${title.toLowerCase().replace(/[^a-z]+/g, '-')}`,
  title,
  status,
  detail,
  errors,
});

/** A server of its own, with its request log kept. */
async function start(options: { limits?: { responseBytes?: number }; webRoot?: string } = {}) {
  const lines: string[] = [];
  const server = await startServer({
    corpusRoot: CORPUS,
    dataDir: mkdtempSync(join(tmpdir(), 'pacta-hardening-')),
    port: 0,
    host: '127.0.0.1',
    log: (line) => lines.push(line),
    ...options,
  });
  return { server, lines, host: new URL(server.url).host };
}

describe('the limits', () => {
  it('are named constants with these values', () => {
    assert.deepEqual(
      { JSON_BODY_LIMIT, TEXT_BODY_LIMIT, MAX_BODY_VALUES, MAX_OBJECT_KEYS, MAX_BODY_DEPTH, MAX_PROBLEM_ERRORS, MAX_RESPONSE_BYTES },
      {
        JSON_BODY_LIMIT: 1_048_576,
        TEXT_BODY_LIMIT: 10_551_296,
        MAX_BODY_VALUES: 10_000,
        MAX_OBJECT_KEYS: 1_000,
        MAX_BODY_DEPTH: 64,
        MAX_PROBLEM_ERRORS: 100,
        MAX_RESPONSE_BYTES: 33_554_432,
      },
    );
  });
});

describe('HTTP hardening', () => {
  let s: Awaited<ReturnType<typeof start>>;
  let url: string;
  before(async () => {
    s = await start();
    url = s.server.url;
  });
  after(async () => s?.server.close());

  describe('bodies are read as their Content-Type says, and bounded (finding 2)', () => {
    it('parses a JSON body as JSON: YAML labelled JSON is not valid JSON', async () => {
      let message = '';
      try {
        JSON.parse(ATTACK_YAML);
      } catch (error) {
        message = (error as Error).message;
      }
      const r = await raw(url, 'POST', '/api/run', { headers: { 'content-type': 'application/json' }, body: ATTACK_YAML });
      assert.equal(r.status, 400);
      assert.deepEqual(
        r.json,
        problem(400, 'Bad Request', `not valid JSON: ${message}`, [
          { field: 'request body', message: `not valid JSON: ${message}`, hint: 'send a JSON object' },
        ]),
      );
    });

    it('reads YAML for the YAML media types only, with the same result as the JSON', async () => {
      const expected = JSON.stringify(evaluateScenario(checkCorpus(CORPUS).compiled!, ScenarioFile.parse(ATTACK)));
      assert.equal((await raw(url, 'POST', '/api/run', json(ATTACK))).text, expected);
      for (const type of ['application/yaml', 'text/yaml', 'application/x-yaml', 'application/yaml; charset=utf-8']) {
        const r = await raw(url, 'POST', '/api/run', { headers: { 'content-type': type }, body: ATTACK_YAML });
        assert.equal(r.status, 200, type);
        assert.equal(r.text, expected, type);
      }
    });

    it('refuses a write whose body is not labelled JSON (or YAML, for a run): 415 naming the header', async () => {
      const plain = await raw(url, 'POST', '/api/scenarios', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify(SAVED) });
      assert.equal(plain.status, 415);
      assert.equal(plain.type, 'application/problem+json');
      assert.deepEqual(
        plain.json,
        problem(415, 'Unsupported Media Type', 'the body must be sent with the header Content-Type: application/json (not "text/plain")', [
          { field: 'content-type', message: 'must be application/json', hint: 'send the header Content-Type: application/json' },
        ]),
      );
      const none = await raw(url, 'PUT', '/api/scenarios/x', { body: JSON.stringify(SAVED) });
      assert.equal(none.json.detail, 'the body must be sent with the header Content-Type: application/json (none was sent)');
      const form = await raw(url, 'POST', '/api/run', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'title=x',
      });
      assert.deepEqual(
        form.json,
        problem(
          415,
          'Unsupported Media Type',
          'the body must be sent with the header Content-Type: application/json, application/yaml, text/yaml or application/x-yaml (not "application/x-www-form-urlencoded")',
          [
            {
              field: 'content-type',
              message: 'must be application/json, application/yaml, text/yaml or application/x-yaml',
              hint: 'send the header Content-Type: application/json',
            },
          ],
        ),
      );
      for (const [path, body] of [
        ['/api/ingest', { name: 'x.txt', text: 'Article 1' }],
        ['/api/documents', { name: 'x.txt', text: 'Article 1' }],
      ] as const)
        assert.equal(
          (await raw(url, 'POST', path, { headers: { 'content-type': 'text/plain' }, body: JSON.stringify(body) })).status,
          415,
          path,
        );
      assert.deepEqual((await raw(url, 'GET', '/api/scenarios')).json, []);
    });

    it('answers a megabyte of 76,000 keys at once (413), where reading it as YAML took minutes', async () => {
      const keys = Object.fromEntries(Array.from({ length: 76_000 }, (_, i) => [`k${i}`, 0]));
      const body = JSON.stringify({ title: 'x', description: 'y', keys });
      assert.ok(body.length < JSON_BODY_LIMIT);
      const started = performance.now();
      const r = await raw(url, 'POST', '/api/run', { headers: { 'content-type': 'application/json' }, body });
      assert.ok(performance.now() - started < 2000, `${performance.now() - started} ms`);
      assert.deepEqual(
        r.json,
        problem(413, 'Payload Too Large', 'an object in the body has more than 1000 keys', [
          { field: '(body)', message: 'at most 1000 keys in one object' },
        ]),
      );
    });

    it('refuses a body of more than 10,000 values in all (413)', async () => {
      const events = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, date: '1985-03-01', type: 'armed-attack', by: 'USA' }));
      for (const [method, path, body] of [
        ['POST', '/api/run', { title: 'x', events }],
        ['POST', '/api/scenarios', { title: 'x', scenario: { title: 'x', events } }],
        ['PUT', '/api/scenarios/x', { title: 'x', scenario: { title: 'x', events } }],
        ['POST', '/api/ingest', { name: 'x.txt', text: 'x', more: Array.from({ length: 10_001 }, () => 1) }],
      ] as const) {
        const r = await raw(url, method, path, json(body));
        assert.deepEqual(
          r.json,
          problem(413, 'Payload Too Large', 'the body has more than 10000 values', [
            { field: '(body)', message: 'at most 10000 object keys and array elements in all' },
          ]),
          path,
        );
      }
    });

    it('refuses a body nested more than 64 levels deep (400), however deep, without a stack overflow', async () => {
      const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
      const expected = problem(400, 'Bad Request', 'the body is nested more than 64 levels deep', [
        { field: '(body)', message: 'at most 64 levels of objects and arrays' },
      ]);
      for (const depth of [65, 200_000]) {
        const run = await raw(url, 'POST', '/api/run', { headers: { 'content-type': 'application/json' }, body: nested(depth) });
        assert.deepEqual(run.json, expected, `run, ${depth}`);
        const saved = await raw(url, 'POST', '/api/scenarios', {
          headers: { 'content-type': 'application/json' },
          body: `{"title":"deep","scenario":{"title":"x","description":${nested(depth)}}}`,
        });
        assert.deepEqual(saved.json, expected, `saved, ${depth}`);
      }
      // 64 levels are read (and then refused by the schema, for what they are).
      const r = await raw(url, 'POST', '/api/run', { headers: { 'content-type': 'application/json' }, body: nested(64) });
      assert.equal(r.status, 400);
      assert.notEqual(r.json.detail, expected.detail);
    });
  });

  describe('no other site can write, and no other host is answered (finding 3)', () => {
    const refusedOrigin = (origin: string) =>
      problem(403, 'Forbidden', `a page of another site may not change the workbench (Origin: ${origin})`, [
        {
          field: 'origin',
          message: `must be the server's own origin, http://127.0.0.1:${new URL(url).port}`,
          hint: 'use the workbench itself, or call the API from outside a browser',
        },
      ]);

    it('refuses a cross-origin text/plain POST, and saves nothing', async () => {
      const r = await raw(url, 'POST', '/api/scenarios', {
        headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
        body: JSON.stringify(SAVED),
      });
      assert.equal(r.status, 403);
      assert.deepEqual(r.json, refusedOrigin('https://evil.example'));
      assert.deepEqual((await raw(url, 'GET', '/api/scenarios')).json, []);
    });

    it('refuses a write with a foreign Origin, even labelled JSON, and a delete', async () => {
      for (const origin of ['https://evil.example', 'null', `http://localhost:${Number(new URL(url).port) + 1}`]) {
        const r = await raw(url, 'POST', '/api/scenarios', {
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify(SAVED),
        });
        assert.deepEqual(r.json, refusedOrigin(origin), origin);
      }
      const created = await raw(url, 'POST', '/api/scenarios', json(SAVED));
      assert.equal(created.status, 201);
      const id = String(created.json.id);
      const del = await raw(url, 'DELETE', `/api/scenarios/${id}`, { headers: { origin: 'https://evil.example' } });
      assert.deepEqual(del.json, refusedOrigin('https://evil.example'));
      assert.equal((await raw(url, 'GET', `/api/scenarios/${id}`)).status, 200);
      // The server's own origin, by any of its names, may write.
      for (const origin of [`http://${s.host}`, `http://localhost:${new URL(url).port}`]) {
        const r = await raw(url, 'PUT', `/api/scenarios/${id}`, {
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify(SAVED),
        });
        assert.equal(r.status, 200, origin);
      }
      assert.equal((await raw(url, 'DELETE', `/api/scenarios/${id}`, { headers: { origin: `http://${s.host}` } })).status, 204);
    });

    it('refuses a write whose Sec-Fetch-Site is cross-site or same-site (another port), takes same-origin and none', async () => {
      for (const site of ['cross-site', 'same-site']) {
        const r = await raw(url, 'POST', '/api/scenarios', {
          headers: { 'content-type': 'application/json', 'sec-fetch-site': site },
          body: JSON.stringify(SAVED),
        });
        assert.deepEqual(
          r.json,
          problem(403, 'Forbidden', `a page of another site may not change the workbench (Sec-Fetch-Site: ${site})`, [
            {
              field: 'sec-fetch-site',
              message: 'must be same-origin or none',
              hint: 'use the workbench itself, or call the API from outside a browser',
            },
          ]),
          site,
        );
      }
      for (const site of ['same-origin', 'none']) {
        const r = await raw(url, 'POST', '/api/run', {
          headers: { 'content-type': 'application/json', 'sec-fetch-site': site },
          body: JSON.stringify(ATTACK),
        });
        assert.equal(r.status, 200, site);
      }
      // Reads are not writes: a page elsewhere may not read them (no CORS), but they are answered.
      assert.equal((await raw(url, 'GET', '/api/health', { headers: { 'sec-fetch-site': 'cross-site' } })).status, 200);
    });

    it('answers 421 to a Host it does not answer for (DNS rebinding), on every path', async () => {
      const port = new URL(url).port;
      for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, `127.0.0.2:${port}`]) {
        for (const path of ['/api/health', '/api/treaties/ussr-prk-1961', '/', '/api/nothing']) {
          const r = await raw(url, 'GET', path, { headers: { host } });
          assert.equal(r.status, 421, `${host} ${path}`);
          assert.deepEqual(
            r.json,
            problem(421, 'Misdirected Request', `this server does not answer for host ${JSON.stringify(host)}`, [
              {
                field: 'host',
                message: `must be one of 127.0.0.1:${port}, localhost:${port}, [::1]:${port}`,
                hint: `open the workbench at http://127.0.0.1:${port}`,
              },
            ]),
          );
        }
      }
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`])
        assert.equal((await raw(url, 'GET', '/api/health', { headers: { host } })).status, 200, host);
    });

    it('answers for the configured host too', async () => {
      const other = await startServer({
        corpusRoot: CORPUS,
        dataDir: mkdtempSync(join(tmpdir(), 'pacta-hardening-')),
        port: 0,
        host: 'localhost',
        log: () => undefined,
      });
      try {
        const port = new URL(other.url).port;
        assert.equal((await raw(other.url, 'GET', '/api/health')).status, 200);
        const r = await raw(other.url, 'GET', '/api/health', { headers: { host: 'pacta.example' } });
        assert.equal(r.json.errors![0]!.message, `must be one of 127.0.0.1:${port}, localhost:${port}, [::1]:${port}`);
      } finally {
        await other.close();
      }
    });
  });

  describe('answers are bounded (finding 6)', () => {
    it('lists at most 100 fields at fault, then says how many more', async () => {
      const events = Array.from({ length: 150 }, (_, i) => ({
        id: `e${i}`,
        date: '1985-02-30',
        type: 'armed-attack',
        by: 'USA',
        against: 'PRK',
      }));
      const r = await raw(url, 'POST', '/api/run', json({ title: 'x', events }));
      assert.equal(r.status, 400);
      assert.equal(r.json.errors!.length, 101);
      assert.equal(r.json.errors![99]!.field, 'events[99].date');
      assert.deepEqual(r.json.errors![100], {
        field: '(more)',
        message: '50 more not listed (at most 100 are)',
        hint: 'correct these and send it again to see the rest',
      });
    });

    it('refuses to send an answer over the size bound (422), naming the bound', async () => {
      const small = await start({ limits: { responseBytes: 1000 } });
      try {
        const size = Buffer.byteLength(JSON.stringify(evaluateScenario(checkCorpus(CORPUS).compiled!, ScenarioFile.parse(ATTACK))));
        const r = await raw(small.server.url, 'POST', '/api/run', json(ATTACK));
        assert.equal(r.status, 422);
        assert.deepEqual(
          r.json,
          problem(422, 'Unprocessable Content', `the answer would be ${size} bytes, over the limit of 1000 bytes`, [
            { field: '(body)', message: 'an answer is at most 1000 bytes', hint: 'ask for less: fewer events or readings, a shorter text' },
          ]),
        );
        // Small answers are sent as before.
        assert.equal((await raw(small.server.url, 'GET', '/api/health')).status, 200);
      } finally {
        await small.server.close();
      }
    });
  });

  describe('security headers, the request log, start-up failures (finding 10)', () => {
    it('sends the security headers with every answer: API, errors, the app shell, static assets, refusals', async () => {
      const web = mkdtempSync(join(tmpdir(), 'pacta-web-'));
      mkdirSync(join(web, 'assets'));
      writeFileSync(join(web, 'index.html'), '<!doctype html><title>Pacta</title><script type="module" src="/assets/app.js"></script>');
      writeFileSync(join(web, 'assets', 'app.js'), 'document.title = "ok";');
      const withUi = await start({ webRoot: web });
      try {
        const u = withUi.server.url;
        const answers = [
          await raw(u, 'GET', '/api/health'),
          await raw(u, 'GET', '/api/treaties/ussr-prk-1961/render'),
          await raw(u, 'GET', '/api/treaties/ussr-prk-1961/status?at=bad'),
          await raw(u, 'GET', '/api/nothing'),
          await raw(u, 'GET', '/'),
          await raw(u, 'GET', '/treaties/ussr-prk-1961'),
          await raw(u, 'GET', '/assets/app.js'),
          await raw(u, 'GET', '/assets/missing.js'), // a 404: a missing asset is not the app shell
          await raw(u, 'GET', '/api/health', { headers: { host: 'evil.example' } }),
          await raw(u, 'POST', '/api/run', { headers: { 'content-type': 'text/plain' }, body: '{}' }),
        ];
        assert.deepEqual(
          answers.map((a) => a.status),
          [200, 200, 400, 404, 200, 200, 200, 404, 421, 415],
        );
        for (const [i, answer] of answers.entries())
          for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(answer.headers.get(name), value, `${i}: ${name}`);
        assert.equal(
          SECURITY_HEADERS['content-security-policy'],
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        );
        assert.equal(answers[0]!.headers.get('x-frame-options'), 'DENY');
        assert.equal(answers[0]!.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(answers[0]!.headers.get('referrer-policy'), 'no-referrer');
        assert.equal(answers[0]!.headers.get('cross-origin-opener-policy'), 'same-origin');
      } finally {
        await withUi.server.close();
      }
    });

    it('logs a path with a line feed (%0a) or other control characters escaped, on one line', async () => {
      s.lines.length = 0;
      await raw(url, 'GET', '/api/x%0aGET%20/api/forged%20200%200.1ms%0d%1b[31m');
      assert.equal(s.lines.length, 1);
      assert.match(s.lines[0]!, /^GET \/api\/x\\x0aGET \/api\/forged 200 0\.1ms\\x0d\\x1b\[31m 404 \d+\.\dms$/);
      assert.ok(!s.lines[0]!.includes('\n'));
    });
  });
});

describe('start-up failures are located errors (finding 10)', () => {
  const options = (dataDir: string) => ({ corpusRoot: CORPUS, dataDir, port: 0, host: '127.0.0.1', log: () => undefined });
  async function refused(start: Promise<unknown>): Promise<string[]> {
    const error = await start.then(
      () => assert.fail('the server started'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof InputError, String(error));
    return error.diagnostics.map((d) => formatDiagnostic(d));
  }

  it('a corrupt database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacta-corrupt-'));
    writeFileSync(join(dir, 'pacta.sqlite'), 'not a database at all\n'.repeat(300));
    assert.deepEqual(await refused(startServer(options(dir))), [
      `${dir}/pacta.sqlite: error: the database file is damaged or is not a Pacta database (SQLITE_NOTADB: file is not a database)\n` +
        '  hint: move the file aside (a new database is created in its place) or restore it from a backup, or give another folder with --data',
    ]);
  });

  it('a data folder that cannot be made, or the database file in it not opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacta-file-'));
    writeFileSync(join(dir, 'file'), 'x');
    assert.deepEqual(await refused(startServer(options(join(dir, 'file')))), [
      `${dir}/file: error: cannot create the data folder: a file is in its way (EEXIST)\n` +
        '  hint: give a folder with --data (or PACTA_DATA), or move the file away',
    ]);
    mkdirSync(join(dir, 'db', 'pacta.sqlite'), { recursive: true });
    assert.deepEqual(await refused(startServer(options(join(dir, 'db')))), [
      `${dir}/db/pacta.sqlite: error: cannot open the database file for writing (SQLITE_CANTOPEN: unable to open database file)\n` +
        '  hint: give a folder you can write with --data (or PACTA_DATA), or make this one writable',
    ]);
  });

  it('a read-only data folder', async (t) => {
    // As root, permissions do not stop a write; /sys refuses new folders to everyone.
    let code = '';
    try {
      mkdirSync('/sys/pacta-test', { recursive: true });
    } catch (error) {
      code = (error as { code?: string }).code ?? '';
    }
    if (!['EACCES', 'EPERM', 'EROFS'].includes(code)) return t.skip('no read-only folder to try here');
    assert.deepEqual(await refused(startServer(options('/sys/pacta-test'))), [
      `/sys/pacta-test: error: cannot create the data folder or write in it: not permitted (${code})\n` +
        '  hint: give a folder you can write with --data (or PACTA_DATA), or make this one writable',
    ]);
  });

  it('a port in use, and a host that does not resolve', async () => {
    const first = await startServer(options(mkdtempSync(join(tmpdir(), 'pacta-port-'))));
    try {
      assert.deepEqual(await refused(startServer({ ...options(mkdtempSync(join(tmpdir(), 'pacta-port-'))), port: first.port })), [
        `127.0.0.1:${first.port}: error: port ${first.port} is in use by another program\n` +
          '  hint: stop that program (another pacta serve?), or give another port with --port (or PACTA_PORT; 0 picks a free one)',
      ]);
    } finally {
      await first.close();
    }
    assert.deepEqual(await refused(startServer({ ...options(mkdtempSync(join(tmpdir(), 'pacta-host-'))), host: 'no-such-host.invalid' })), [
      'no-such-host.invalid: error: cannot find an address for the host "no-such-host.invalid"\n' +
        '  hint: give an address of this machine with --host (or PACTA_HOST), such as 127.0.0.1',
    ]);
  });

  it('an address not of this machine', async () => {
    assert.deepEqual(await refused(startServer({ ...options(mkdtempSync(join(tmpdir(), 'pacta-host-'))), host: '192.0.2.1' })), [
      '192.0.2.1:0: error: 192.0.2.1 is not an address of this machine (EADDRNOTAVAIL)\n' +
        '  hint: give an address of this machine with --host (or PACTA_HOST), such as 127.0.0.1',
    ]);
  });

  it('every other failure to listen or to open the database, by its code; an error without one as itself', () => {
    const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
    const said = (error: unknown) =>
      error instanceof InputError ? error.diagnostics.map((d) => `${d.code} ${formatDiagnostic(d)}`) : error;
    assert.deepEqual(said(listenError(coded('EACCES'), '::1', 80)), [
      'serve-listen-failed [::1]:80: error: not allowed to listen on port 80 (EACCES)\n  hint: give a port above 1023 with --port (or PACTA_PORT)',
    ]);
    assert.deepEqual(said(listenError(coded('EPERM'), '127.0.0.1', 443)), [
      'serve-listen-failed 127.0.0.1:443: error: not allowed to listen on port 443 (EPERM)\n  hint: give a port above 1023 with --port (or PACTA_PORT)',
    ]);
    assert.deepEqual(said(listenError(coded('EAI_AGAIN'), 'pacta.example', 8080)), [
      'serve-host-unresolvable pacta.example: error: cannot find an address for the host "pacta.example"\n' +
        '  hint: give an address of this machine with --host (or PACTA_HOST), such as 127.0.0.1',
    ]);
    assert.deepEqual(said(listenError(coded('EMFILE', 'too many open files'), '127.0.0.1', 8080)), [
      'serve-listen-failed 127.0.0.1:8080: error: cannot listen (EMFILE: too many open files)\n  hint: give another --host or --port',
    ]);
    const plain = new Error('no code');
    assert.equal(listenError(plain, '127.0.0.1', 8080), plain);

    assert.deepEqual(said(storeOpenError(coded('ENOTDIR'), '/d/pacta.sqlite', '/d')), [
      'serve-data-unwritable /d: error: cannot create the data folder: a file is in its way (ENOTDIR)\n' +
        '  hint: give a folder with --data (or PACTA_DATA), or move the file away',
    ]);
    assert.deepEqual(said(storeOpenError(coded('SQLITE_CORRUPT_VTAB', 'damaged'), '/d/pacta.sqlite', '/d')), [
      'serve-database-unreadable /d/pacta.sqlite: error: the database file is damaged or is not a Pacta database (SQLITE_CORRUPT_VTAB: damaged)\n' +
        '  hint: move the file aside (a new database is created in its place) or restore it from a backup, or give another folder with --data',
    ]);
    assert.deepEqual(said(storeOpenError(coded('SQLITE_READONLY', 'read only'), '/d/pacta.sqlite', '/d')), [
      'serve-data-unwritable /d/pacta.sqlite: error: cannot open the database file for writing (SQLITE_READONLY: read only)\n' +
        '  hint: give a folder you can write with --data (or PACTA_DATA), or make this one writable',
    ]);
    const input = InputError.of([{ severity: 'error', file: 'x', line: 0, column: 0, code: 'bad-option', message: 'm' }]);
    assert.equal(storeOpenError(input, '/d/pacta.sqlite', '/d'), input);
    const other = coded('SQLITE_BUSY');
    assert.equal(storeOpenError(other, '/d/pacta.sqlite', '/d'), other);
  });

  it('an empty host', async () => {
    assert.deepEqual(await refused(startServer({ ...options(mkdtempSync(join(tmpdir(), 'pacta-host-'))), host: '' })), [
      'host: error: host is empty, which would listen on every network interface\n' +
        '  hint: leave it out for 127.0.0.1 (this machine only), or give 0.0.0.0 to listen on every interface on purpose',
    ]);
  });
});
