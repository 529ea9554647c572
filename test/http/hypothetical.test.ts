/**
 * `GET /api/obligations` (issue 17) on the fixture corpus test/fixtures/corpus-triggers: the same
 * answer as `pacta obligations --if … --json`, a 400 naming the query field at fault with what to
 * give, and the route in the OpenAPI document.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { parseHypothesisText, resolveHypothesis, whoMustHelp } from '../../src/engine/index.js';
import { createApp } from '../../src/faces/http/app.js';
import type { HypotheticalAnswer } from '../../src/model/index.js';
import { Store } from '../../src/store/index.js';
import { fixtureCorpusAt } from '../engine/support.js';

const fixture = fixtureCorpusAt('corpus-triggers');
const store = new Store(':memory:');
const app = createApp({ compiled: fixture.corpus, check: fixture.checked, store, today: () => '2007-06-01' });

async function get(path: string) {
  const response = await app.request(path);
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text,
    json: JSON.parse(text) as Record<string, unknown> & { errors?: { field: string; message: string; hint?: string }[] },
  };
}

describe('GET /api/obligations', () => {
  after(() => store.close());

  it('answers what the CLI --json gives', async () => {
    const r = await get('/api/obligations?event=armed-attack&by=XAA&against=NZL&place=nzl-territory&on=2007-06-01');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.type, 'application/json');
    const question = resolveHypothesis(
      fixture.corpus,
      parseHypothesisText('armed-attack by XAA against NZL at nzl-territory on 2007-06-01'),
    );
    assert.equal(r.text, JSON.stringify(whoMustHelp(fixture.corpus, question)));
    const answer = r.json as unknown as HypotheticalAnswer;
    assert.deepEqual(
      answer.owed.map((d) => [d.provision, d.bearer, d.beneficiary, d.outcome, d.deadline]),
      [
        ['art1-mutual-assistance', 'AUS', 'NZL', 'active', null],
        ['art1-mutual-assistance', 'AUS', 'NZL', 'active', '2007-06-08'],
        ['art2-common-danger', 'AUS', 'NZL', 'active', null],
      ],
    );
  });

  it('takes names for states, several places, and today where no day is given', async () => {
    const r = await get('/api/obligations?event=armed-attack&by=XAA&against=United%20States&place=usa-forces,pacific-area');
    assert.equal(r.status, 200, r.text);
    const answer = r.json as unknown as HypotheticalAnswer;
    assert.deepEqual(answer.hypothesis, {
      event: 'armed-attack',
      on: '2007-06-01',
      by: 'XAA',
      against: 'USA',
      at: ['usa-forces', 'pacific-area'],
    });
    assert.deepEqual(
      answer.owesNothing.map((n) => [n.provision, n.reason, n.pairs.length]),
      [['art5-collective-defence', 'outside-area', 2]],
    );
  });

  it('refuses a field it cannot use with 400, naming the field and what to give', async () => {
    const cases: [string, string, string][] = [
      ['event=armed-atack&by=XAA&against=GBR&on=2007-06-01', 'event', 'event: "armed-atack" is not an event type of the vocabulary'],
      ['event=armed-attack&by=XAA&against=Narnia&on=2007-06-01', 'against', 'against: unknown state "Narnia": not a code, name or alias'],
      ['event=armed-attack&by=XAA&against=GBR&place=atlantis&on=2007-06-01', 'place', 'place: "atlantis" is not a place of the gazetteer'],
      ['event=armed-attack&by=XAA&against=GBR&on=2007-13-01', 'on', 'on: "2007-13-01" is not a day: '],
      ['event=armed-attack&by=XAA&on=2007-06-01', 'against', 'against: an event of type armed-attack must name "against"'],
      ['by=XAA&against=GBR', 'event', 'event: '],
    ];
    for (const [query, field, detail] of cases) {
      const r = await get(`/api/obligations?${query}`);
      assert.equal(r.status, 400, query);
      assert.equal(r.type, 'application/problem+json', query);
      assert.ok(String(r.json.detail).startsWith(detail), `${query}: ${String(r.json.detail)}`);
      assert.equal(r.json.errors?.[0]?.field, field, query);
    }
    const near = await get('/api/obligations?event=armed-attack&by=XAA&against=GBR&place=gbr-teritory&on=2007-06-01');
    assert.match(near.json.errors?.[0]?.hint ?? '', /did you mean: gbr-territory/);
  });

  it('is in the OpenAPI document, with its query and answer', async () => {
    const doc = (await get('/api/openapi.json')).json as {
      paths: Record<string, { get?: { parameters?: { name: string }[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown> };
    };
    const route = doc.paths['/api/obligations']?.get;
    assert.ok(route);
    assert.deepEqual(
      route.parameters?.map((p) => p.name),
      ['event', 'by', 'against', 'to', 'place', 'on'],
    );
    assert.deepEqual(Object.keys(route.responses).sort(), ['200', '400', '421', '500']);
    assert.ok(doc.components.schemas.HypotheticalAnswer);
  });
});
