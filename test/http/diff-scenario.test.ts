/**
 * /api/diff?scenario=…: a corpus scenario (by its file) or a saved one (by its id) run against both
 * treaties, the same behaviour as `pacta diff --scenario`; an unknown one, or one without events,
 * refused 400 naming the field; the counts the comparison states.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const INVASION = 'corpus/prk-rus-2024/scenarios/invasion-of-russia.yaml';

interface Behaviour {
  scenario: string;
  firstDay: string;
  assumptions: string[];
  differences: number;
  runs: { readings: Record<string, string>; rows: { differs: boolean; a: { outcome: string } | null; b: { outcome: string } | null }[] }[];
}
interface Problem {
  status: number;
  detail: string;
  errors: { field: string; message: string; hint?: string }[];
}

describe('GET /api/diff with a scenario', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({
      corpusRoot: CORPUS,
      dataDir: mkdtempSync(join(tmpdir(), 'pacta-diff-')),
      port: 0,
      host: '127.0.0.1',
      log: () => {},
    });
  });
  after(async () => server.close());
  const get = async (query: string) => {
    const r = await fetch(`${server.url}/api/diff?${query}`);
    return { status: r.status, json: (await r.json()) as Record<string, unknown> };
  };

  it('without one: no behaviour', async () => {
    const r = await get('a=ussr-prk-1961&b=prk-rus-2024');
    assert.equal(r.status, 200);
    assert.equal(r.json.behaviour, null);
  });

  it('a corpus scenario by its file: both treaties run from its first day, the outcomes paired', async () => {
    const r = await get(`a=ussr-prk-1961&b=prk-rus-2024&scenario=${encodeURIComponent(INVASION)}`);
    assert.equal(r.status, 200);
    const b = r.json.behaviour as Behaviour;
    assert.equal(b.scenario, 'Armed invasion of Russian territory in 2025 (hypothetical)');
    assert.equal(b.firstDay, '2025-03-01');
    assert.equal(b.differences, 1);
    const seven = b.runs.find(
      (run) => run.readings['without-delay'] === 'within-seven-days' && run.readings['state-of-war'] === 'armed-hostilities',
    )!;
    const row = seven.rows.find((x) => x.differs)!;
    assert.deepEqual([row.a?.outcome, row.b?.outcome], ['discharged', 'breached']);
    assert.doesNotMatch(b.assumptions.join(' '), /\.yaml/);
  });

  it('a saved scenario by its id', async () => {
    const saved = await fetch(`${server.url}/api/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Attack on the DPRK, 2025',
        scenario: {
          title: 'Attack on the DPRK, 2025',
          events: [{ id: 'attack', date: '2025-05-01', type: 'armed-attack', by: 'USA', against: 'PRK', source: 'hypothetical' }],
        },
      }),
    });
    assert.equal(saved.status, 201);
    const { id } = (await saved.json()) as { id: string };
    const r = await get(`a=ussr-prk-1961&b=prk-rus-2024&scenario=${id}`);
    assert.equal(r.status, 200);
    assert.equal((r.json.behaviour as Behaviour).scenario, 'Attack on the DPRK, 2025');
    assert.equal((r.json.behaviour as Behaviour).firstDay, '2025-05-01');
  });

  it('an unknown scenario: 400, naming the field and what to give', async () => {
    const r = await get('a=ussr-prk-1961&b=prk-rus-2024&scenario=corpus/nowhere.yaml');
    assert.equal(r.status, 400);
    const p = r.json as unknown as Problem;
    assert.equal(p.detail, 'scenario: no corpus scenario file or saved scenario "corpus/nowhere.yaml"');
    assert.deepEqual(p.errors, [
      {
        field: 'scenario',
        message: 'no corpus scenario file or saved scenario "corpus/nowhere.yaml"',
        hint: 'give a file as /api/corpus-scenarios lists it (corpus/TREATY/scenarios/NAME.yaml) or the id of a saved scenario (/api/scenarios)',
      },
    ]);
  });

  it('a scenario without events: 400, there is nothing to run', async () => {
    const r = await get('a=ussr-prk-1961&b=prk-rus-2024&scenario=corpus/ussr-prk-1961/scenarios/recorded-history.yaml');
    assert.equal(r.status, 400);
    assert.equal(
      (r.json as unknown as Problem).detail,
      `scenario: "The 1961 treaty's recorded history" has no events: there is nothing to run against the two treaties`,
    );
  });

  it('an empty scenario parameter: 400', async () => {
    const r = await get('a=ussr-prk-1961&b=prk-rus-2024&scenario=');
    assert.equal(r.status, 400);
    const problem = r.json as unknown as Problem & { errors?: { field: string }[] };
    assert.equal(problem.detail, 'scenario: give a corpus scenario file or a saved scenario id');
    assert.equal(problem.errors?.[0]?.field, 'scenario');
  });
});
