/**
 * `pacta ingest` on a large input stays linear (issue 18): the summary located every removed piece by
 * scanning the text from its start, so 30 000 page numbers in a 120 000-line file took minutes.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { pacta } from './support.js';

const SCRATCH = 'test-output/cli-ingest-large';
const FILE = `${SCRATCH}/page-numbers.txt`;
const LINES = 120_000;

before(() => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) lines.push(i % 4 === 0 ? String(((i / 4) % 500) + 1) : i % 4 === 2 ? 'The sentence goes on' : '');
  writeFileSync(FILE, lines.join('\n'));
});
after(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe('pacta ingest: a large file', () => {
  it('summarises 30 000 removed page numbers, each with its line, in seconds', async () => {
    const started = Date.now();
    const r = await pacta(['ingest', FILE], { env: { PACTA_DEBUG: '' } });
    const took = Date.now() - started;
    assert.equal(r.status, 0);
    const removed = r.stdout.split('\n').filter((line) => line.includes(': page-number: '));
    assert.equal(removed.length, LINES / 4);
    assert.equal(removed[0], `  ${FILE}:1:1: page-number: "1"`);
    assert.equal(removed.at(-1), `  ${FILE}:${LINES - 3}:1: page-number: "500"`);
    assert.ok(took < 20_000, `took ${took} ms`);
  });
});
