/**
 * The HTTP API against a real server on a random loopback port and a real SQLite file: routes,
 * problem+json errors, size bounds, unknown ids, and a restart that finds saved work intact.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { provisionAt } from '../../src/engine/status-at.js';
import { onlyProvision } from '../../src/engine/one-provision.js';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';
import { parse } from 'yaml';
import { ScenarioFile } from '../../src/model/timeline.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const quiet = () => undefined;

async function call(server: RunningServer, method: string, path: string, body?: string | object) {
  const response = await fetch(server.url + path, {
    method,
    body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text,
    json: json as Record<string, unknown> & { errors?: { field: string; message: string }[] },
  };
}

describe('HTTP API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pacta-api-'));
  let server: RunningServer;
  before(async () => {
    server = await startServer({ corpusRoot: CORPUS, dataDir, port: 0, host: '127.0.0.1', log: quiet });
  });
  after(async () => server.close());

  it('binds the loopback address on a free port', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(server.port, 0);
  });

  it('publishes an OpenAPI 3.1 document describing every route', async () => {
    const r = await call(server, 'GET', '/api/openapi.json');
    assert.equal(r.json.openapi, '3.1.0');
    const paths = Object.keys(r.json.paths as object);
    for (const p of [
      '/api/treaties',
      '/api/treaties/{id}',
      '/api/treaties/{id}/status',
      '/api/run',
      '/api/scenarios',
      '/api/scenarios/{id}',
      '/api/documents',
      '/api/search',
      '/api/places',
      '/api/ingest',
    ])
      assert.ok(paths.includes(p), p);
    const components = (r.json.components as { schemas: Record<string, unknown> }).schemas;
    assert.ok(components.Scenario && components.RunResult && components.Problem);
  });

  it('lists the corpus with status today', async () => {
    const r = await call(server, 'GET', '/api/treaties');
    const treaties = r.json.treaties as { id: string; status: { status: string; since: string } }[];
    assert.deepEqual(
      treaties.map((t) => t.id),
      ['anzus-1951', 'north-atlantic-1949', 'prk-rus-2024', 'ussr-prk-1961'],
    );
    const ussr = treaties.find((t) => t.id === 'ussr-prk-1961')!;
    assert.deepEqual(ussr.status.status, 'terminated');
    assert.deepEqual(ussr.status.since, '1996-09-10');
  });

  it("gives a treaty's contested terms, those the engine reads it by, for the UI to offer only these", async () => {
    const r = await call(server, 'GET', '/api/treaties/prk-rus-2024');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.readingTerms, ['immediately', 'state-of-war', 'without-delay']);
  });

  it('gives a status at a date, as the CLI does', async () => {
    const r = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1996-09-09');
    assert.equal(r.json.status, 'in-force');
    assert.equal(r.json.term, 6);
    const bad = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1996-02-30');
    assert.equal(bad.status, 400);
    assert.equal(bad.type, 'application/problem+json');
    assert.equal(bad.json.errors![0]!.field, 'at');
  });

  it("gives a party's status, the party named by its code or by the state acting for it", async () => {
    const whole = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1995-01-01');
    assert.equal(whole.json.party, null);
    assert.deepEqual(
      (whole.json.parties as { party: string; state: string; status: string }[]).map((p) => [p.party, p.state, p.status]),
      [
        ['SUN', 'RUS', 'in-force'],
        ['PRK', 'PRK', 'in-force'],
      ],
    );
    const rus = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1995-01-01&party=RUS');
    assert.equal(rus.status, 200);
    assert.equal(rus.json.party, 'SUN');
    assert.equal(rus.json.status, 'in-force');
    const sun = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1995-01-01&party=SUN');
    assert.equal(sun.text, rus.text);
  });

  it('refuses a party that is not one, or not a state code, naming the field', async () => {
    const usa = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1995-01-01&party=USA');
    assert.equal(usa.status, 400);
    assert.equal(usa.type, 'application/problem+json');
    assert.equal(usa.json.detail, 'party: USA is not a party to ussr-prk-1961 on 1995-01-01');
    assert.deepEqual(usa.json.errors, [
      { field: 'party', message: 'not a party', hint: 'give one of its parties: SUN (or RUS, continuing it on that day), PRK' },
    ]);
    const early = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1980-01-01&party=RUS');
    assert.equal(early.status, 400);
    assert.equal(early.json.errors![0]!.field, 'party');
    // A state may be named by its code, name or alias, in any case; a near miss gets the nearest states.
    const named = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1995-01-01&party=russian%20federation');
    assert.equal(named.status, 200);
    assert.equal(named.json.party, 'SUN');
    const misspelt = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1995-01-01&party=Rusia');
    assert.equal(misspelt.status, 400);
    assert.equal(misspelt.json.detail, 'party: unknown state "Rusia": did you mean RUS (Russian Federation)?');
    assert.deepEqual(misspelt.json.errors, [
      {
        field: 'party',
        message: 'unknown state "Rusia": did you mean RUS (Russian Federation)?',
        hint: 'write its code, or a name or alias of corpus/states.yaml',
      },
    ]);
  });

  it('runs a scenario and returns exactly what the engine gives the CLI', async () => {
    const scenario = ScenarioFile.parse(parse(readFileSync(join(CORPUS, 'ussr-prk-1961/scenarios/attack-1985.yaml'), 'utf8')));
    const r = await call(server, 'POST', '/api/run', scenario);
    assert.equal(r.status, 200);
    const direct = evaluateScenario(checkCorpus(CORPUS).compiled!, scenario);
    assert.equal(r.text, JSON.stringify(direct));
  });

  it('answers why not for one provision on a day (provision=ID), as the CLI does', async () => {
    const r = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1985-03-02&provision=art1-mutual-assistance');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'in-force');
    const rows = r.json.obligations as {
      bearer: string;
      beneficiary: string;
      from: null;
      outcome: string;
      explanation: { text: string }[];
    }[];
    assert.deepEqual(
      rows.map((o) => [o.bearer, o.beneficiary, o.from, o.outcome]),
      [
        ['PRK', 'SUN', null, 'not-triggered'],
        ['SUN', 'PRK', null, 'not-triggered'],
      ],
    );
    assert.equal(
      rows[1]!.explanation.at(-1)!.text,
      'Not triggered: event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party PRK) — never on a day the treaty applied, under state-of-war: armed-hostilities.',
    );
    assert.deepEqual(rows, provisionAt(checkCorpus(CORPUS).compiled!, 'ussr-prk-1961', 'art1-mutual-assistance', '1985-03-02'));
    // Without provision, no rows: the status alone.
    const plain = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1985-03-02');
    assert.equal('obligations' in plain.json, false);
  });

  it('refuses a provision that is not a duty of the treaty, naming the field', async () => {
    const unknown = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1985-03-02&provision=art9');
    assert.equal(unknown.status, 400);
    assert.equal(unknown.type, 'application/problem+json');
    assert.equal(
      unknown.json.detail,
      'provision: ussr-prk-1961 has no provision "art9": its provisions are art1-peace-action, art1-mutual-assistance, art2-no-hostile-alliance, art3-consultation, art4-economic-cultural, art5-korean-unification, art6-entry-into-force, art6-duration-renewal',
    );
    assert.deepEqual(unknown.json.errors, [
      {
        field: 'provision',
        message: 'not an obligation or a prohibition of the treaty',
        hint: 'give one of its duties: art1-mutual-assistance, art2-no-hostile-alliance, art3-consultation, art4-economic-cultural',
      },
    ]);
    const declaration = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1985-03-02&provision=art1-peace-action');
    assert.equal(declaration.status, 400);
    assert.equal(
      declaration.json.detail,
      'provision: art1-peace-action is a declaration, not a duty: it has no outcome on a day (only obligations and prohibitions do)',
    );
    assert.equal(declaration.json.errors![0]!.field, 'provision');
    const notAnId = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1985-03-02&provision=Art%201');
    assert.equal(notAnId.status, 400);
    assert.match(notAnId.json.detail as string, /^provision: an id is lower-case letters/);
    assert.equal(notAnId.json.errors![0]!.field, 'provision');
  });

  it('runs a scenario for one provision (?provision=ID): its rows, why-not rows included, and the differences about it', async () => {
    const scenario = ScenarioFile.parse(parse(readFileSync(join(CORPUS, 'ussr-prk-1961/scenarios/attack-1985.yaml'), 'utf8')));
    const r = await call(server, 'POST', '/api/run?provision=art1-mutual-assistance', scenario);
    assert.equal(r.status, 200, r.text);
    const compiled = checkCorpus(CORPUS).compiled!;
    assert.equal(r.text, JSON.stringify(onlyProvision(compiled, evaluateScenario(compiled, scenario), 'art1-mutual-assistance')));
    const runs = r.json.runs as { obligations: { provision: string; bearer: string; from: string | null; outcome: string }[] }[];
    assert.deepEqual(
      runs.map((run) => run.obligations.map((o) => `${o.provision} ${o.bearer} ${o.from ?? '—'} ${o.outcome}`)),
      [
        ['art1-mutual-assistance SUN 1985-03-01 discharged', 'art1-mutual-assistance PRK — not-triggered'],
        ['art1-mutual-assistance PRK — not-triggered', 'art1-mutual-assistance SUN — not-triggered'],
      ],
    );
    assert.equal((r.json.differences as unknown[]).length, 1);
    const bad = await call(server, 'POST', '/api/run?provision=art1-peace-action', scenario);
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json.errors, [
      {
        field: 'provision',
        message: 'art1-peace-action is a declaration, not a duty: it has no outcome (only obligations and prohibitions do)',
        hint: 'give one of the duties (obligations and prohibitions) of the treaties run: art1-mutual-assistance, art2-no-hostile-alliance, art3-consultation, art4-economic-cultural',
      },
    ]);
    const none = await call(server, 'POST', '/api/run?provision=art4-mutual-assistance', scenario);
    assert.equal(none.status, 400);
    assert.equal(none.json.detail, 'provision: no provision "art4-mutual-assistance" in ussr-prk-1961');
  });

  it("refuses a run's provision that is not an id, and a status's bad provision before its bad party, naming the field", async () => {
    const scenario = ScenarioFile.parse(parse(readFileSync(join(CORPUS, 'ussr-prk-1961/scenarios/attack-1985.yaml'), 'utf8')));
    const notAnId = await call(server, 'POST', '/api/run?provision=Art%201', scenario);
    assert.equal(notAnId.status, 400);
    assert.equal(notAnId.type, 'application/problem+json');
    assert.match(notAnId.json.detail as string, /^provision: an id is lower-case letters/);
    assert.equal(notAnId.json.errors![0]!.field, 'provision');
    const both = await call(server, 'GET', '/api/treaties/ussr-prk-1961/status?at=1995-01-01&party=USA&provision=art9');
    assert.equal(both.status, 400);
    assert.match(both.json.detail as string, /^provision: ussr-prk-1961 has no provision "art9"/);
    assert.equal(both.json.errors![0]!.field, 'provision');
  });

  it('refuses bad bodies with the field at fault', async () => {
    const notJson = await call(server, 'POST', '/api/scenarios', '{"title": ');
    assert.equal(notJson.status, 400);
    assert.match(String(notJson.json.detail), /^not valid JSON/);
    const badDate = await call(server, 'POST', '/api/run', {
      title: 'x',
      events: [{ id: 'a', date: '1985-02-30', type: 'armed-attack', by: 'USA', against: 'PRK' }],
    });
    assert.equal(badDate.status, 400);
    assert.deepEqual(badDate.json.errors![0]!.field, 'events[0].date');
    assert.match(badDate.json.errors![0]!.message, /February 1985 has 28 days/);
    const badState = await call(server, 'POST', '/api/run', {
      title: 'x',
      events: [{ id: 'a', date: '1985-02-01', type: 'armed-attack', by: 'USA', against: 'XYZ' }],
    });
    assert.deepEqual(
      badState.json.errors!.map((e) => `${e.field}: ${e.message}`),
      ['events[0].against: unknown state "XYZ": not a code, name or alias in corpus/states.yaml; codes are ISO 3166-1 alpha-3 (e.g. FIN)'],
    );
    const missingTitle = await call(server, 'POST', '/api/scenarios', { scenario: { title: 'x' } });
    assert.equal(missingTitle.status, 400);
    assert.equal(missingTitle.json.errors![0]!.field, 'title');
  });

  it('bounds the request size', async () => {
    const huge = JSON.stringify({ title: 'x', description: 'y'.repeat(2 * 1024 * 1024) });
    const r = await call(server, 'POST', '/api/run', huge);
    assert.equal(r.status, 413);
    assert.equal(r.type, 'application/problem+json');
  });

  it('exports a treaty in each format, byte for byte as the CLI does', async () => {
    const golden = (name: string) => readFileSync(join(ROOT, 'test/fixtures/export/golden', name), 'utf8');
    const akn = await call(server, 'GET', '/api/treaties/ussr-prk-1961/export?format=akn');
    assert.equal(akn.type, 'application/akn+xml; charset=utf-8');
    assert.equal(akn.text, golden('ussr-prk-1961.akn.xml'));
    const json = await call(server, 'GET', '/api/treaties/prk-rus-2024/export?format=json');
    assert.equal(json.text, golden('prk-rus-2024.json'));
    const bad = await call(server, 'GET', '/api/treaties/prk-rus-2024/export?format=pdf');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.errors![0]!.field, 'format');
  });

  it('answers unknown ids and routes with 404 problems', async () => {
    for (const [method, path] of [
      ['GET', '/api/treaties/nato'],
      ['GET', '/api/treaties/nato/text'],
      ['GET', '/api/scenarios/nope'],
      ['DELETE', '/api/scenarios/nope'],
      ['GET', '/api/documents/nope'],
      ['GET', '/api/nothing'],
    ] as const) {
      const r = await call(server, method, path);
      assert.equal(r.status, 404, path);
      assert.equal(r.type, 'application/problem+json', path);
    }
  });

  it('imports a document and finds it again', async () => {
    const text = readFileSync(join(CORPUS, 'ussr-prk-1961/sources/000_df94f2d4f29a19fa.txt'), 'utf8');
    const created = await call(server, 'POST', '/api/documents', { name: 'unts-6045.txt', text });
    assert.equal(created.status, 201);
    assert.equal(created.json.kind, 'unts-record');
    const listed = await call(server, 'GET', '/api/documents');
    assert.ok((listed.json as unknown as { id: string }[]).some((d) => d.id === created.json.id));
    const deleted = await call(server, 'DELETE', `/api/documents/${created.json.id}`);
    assert.equal(deleted.status, 204);
  });

  it('lists the gazetteer’s places, each with its kind, state and the places it lies in', async () => {
    const r = await call(server, 'GET', '/api/places');
    assert.equal(r.status, 200);
    const places = (r.json as { places: { id: string; name: string; kind: string; state?: string; within: unknown[] }[] }).places;
    assert.equal(places.length, new Set(places.map((p) => p.id)).size);
    const kursk = places.find((p) => p.id === 'kursk-oblast')!;
    assert.deepEqual([kursk.name, kursk.kind, kursk.state, kursk.within], ['Kursk Oblast', 'region', 'RUS', ['rus-territory', 'europe']]);
    assert.ok(places.some((p) => p.id === 'north-atlantic-area' && p.kind === 'area'));
  });

  it('searches provisions and source texts (FTS5)', async () => {
    const r = await call(server, 'GET', '/api/search?q=unification%20Korea');
    const hits = r.json.hits as { kind: string; ref: string; snippet: string; marks: { start: number; end: number }[] }[];
    assert.equal(hits[0]!.ref, 'art5-korean-unification');
    assert.deepEqual(
      hits[0]!.marks.map((m) => hits[0]!.snippet.slice(m.start, m.end)),
      ['unification', 'Korea', 'Korean'],
    );
    assert.equal((await call(server, 'GET', '/api/search?q=')).status, 400);
    assert.equal((await call(server, 'GET', '/api/search?q=%22)(*')).status, 200);
  });

  it('saves, updates and deletes scenarios; a restart finds them intact', async () => {
    const scenario = {
      title: 'Saved',
      treaties: ['ussr-prk-1961'],
      events: [{ id: 'e1', date: '1985-03-01', type: 'armed-attack', by: 'USA', against: 'PRK', source: 'test' }],
    };
    const created = await call(server, 'POST', '/api/scenarios', { title: 'My scenario', scenario });
    assert.equal(created.status, 201);
    const id = String(created.json.id);
    const updated = await call(server, 'PUT', `/api/scenarios/${id}`, { title: 'My scenario, renamed', scenario });
    assert.equal(updated.json.title, 'My scenario, renamed');
    const doomed = await call(server, 'POST', '/api/scenarios', { title: 'Doomed', scenario: { title: 'x' } });
    assert.equal((await call(server, 'DELETE', `/api/scenarios/${doomed.json.id}`)).status, 204);

    await server.close();
    server = await startServer({ corpusRoot: CORPUS, dataDir, port: 0, host: '127.0.0.1', log: quiet });
    const reopened = await call(server, 'GET', `/api/scenarios/${id}`);
    assert.equal(reopened.status, 200);
    assert.equal(reopened.json.title, 'My scenario, renamed');
    assert.deepEqual((reopened.json.scenario as { events: unknown[] }).events, [{ ...scenario.events[0] }]);
    const list = (await call(server, 'GET', '/api/scenarios')).json as unknown as { title: string }[];
    assert.deepEqual(
      list.map((s) => s.title),
      ['My scenario, renamed'],
    );
    const health = await call(server, 'GET', '/api/health');
    assert.deepEqual(health.json.schema, [1, 2, 3]);
  });
});
