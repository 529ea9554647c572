/**
 * The bundled corpus and the multilateral fixture check clean, with every operative sentence of
 * each source covered; the published JSON Schemas are current and accept the corpus files.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { checkCorpus } from '../../src/check/compile.js';
import { PUBLISHED_SCHEMAS, publishedSchemaText, type PublishedSchemaName } from '../../src/model/published.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const MULTILATERAL = join(ROOT, 'test', 'fixtures', 'corpus-multilateral');

describe('the bundled corpus', () => {
  const result = checkCorpus(CORPUS);
  it('checks without a diagnostic', () => {
    assert.deepEqual(result.diagnostics, []);
  });
  it('covers every operative sentence of every source (100%)', () => {
    const rows = result.treaties.flatMap((t) =>
      t.coverage.map((c) => [t.id, c.totals.sentences, c.totals.uncovered + c.totals.partial, c.totals.percent]),
    );
    assert.deepEqual(rows, [
      ['anzus-1951', 27, 0, 100],
      ['north-atlantic-1949', 33, 0, 100],
      ['prk-rus-2024', 21, 0, 100],
      ['ussr-prk-1961', 21, 0, 100],
    ]);
  });
  it('encodes the 2024 report paragraph by paragraph: 20 provision paragraphs and the lead', () => {
    const cov = result.treaties.find((t) => t.id === 'prk-rus-2024')!.coverage[0]!;
    assert.equal(cov.sentences.filter((s) => s.unit === 'lead paragraph').length, 1);
    assert.equal(cov.sentences.find((s) => s.unit === 'lead paragraph')!.status, 'non-operative');
    assert.equal(new Set(cov.sentences.filter((s) => s.unit !== 'lead paragraph').map((s) => s.unit)).size, 20);
  });
  it('locates the Article 1 quote of 1961 in two spans around the page-break footnote', () => {
    const t = result.treaties.find((x) => x.id === 'ussr-prk-1961')!;
    const raw = t.sourceTexts.get('unts-6045-en')!;
    const spans = t.quoteSpans['art1-peace-action']!.spans;
    assert.equal(spans.length, 2);
    assert.ok(raw.slice(spans[0]!.start, spans[0]!.end).endsWith('peace and security in the Far'));
    assert.ok(raw.slice(spans[1]!.start, spans[1]!.end).startsWith('East and throughout the world'));
    assert.ok(raw.slice(spans[0]!.end, spans[1]!.start).includes('Came into force on 10 September 1961'));
  });
  it('cites the exact words of every provision: each span slices back to the quote', () => {
    for (const t of result.treaties) {
      const treaty = result.compiled!.treaties.find((c) => c.treaty.id === t.id)!.treaty;
      for (const p of treaty.provisions) {
        const located = t.quoteSpans[p.id]!;
        const raw = t.sourceTexts.get(located.source)!;
        const sliced = located.spans
          .map((s) => raw.slice(s.start, s.end))
          .join(' ')
          .replace(/\s+/g, ' ');
        assert.equal(sliced, p.quote.text.replace(/\s+/g, ' '), p.id);
      }
    }
  });
});

describe('the multilateral fixture (North Atlantic Treaty, abridged)', () => {
  it('checks clean with full coverage', () => {
    const result = checkCorpus(MULTILATERAL);
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.treaties[0]!.coverage[0]!.totals.percent, 100);
  });
});

describe('published JSON Schemas', () => {
  for (const name of Object.keys(PUBLISHED_SCHEMAS) as PublishedSchemaName[]) {
    it(`schemas/${name}.schema.json is current (run \`npm run schemas\` if not)`, () => {
      assert.equal(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'), publishedSchemaText(name));
    });
  }

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validators = Object.fromEntries(
    (Object.keys(PUBLISHED_SCHEMAS) as PublishedSchemaName[]).map((name) => [
      name,
      ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'))),
    ]),
  );
  const files: [PublishedSchemaName, string][] = [];
  for (const root of [CORPUS, MULTILATERAL]) {
    files.push(['states', join(root, 'states.yaml')], ['vocabulary', join(root, 'vocabulary.yaml')]);
    for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const base = join(root, dir.name);
      files.push(['treaty', join(base, 'treaty.yaml')], ['history', join(base, 'history.yaml')]);
      for (const s of readdirSync(join(base, 'scenarios'))) files.push(['scenario', join(base, 'scenarios', s)]);
    }
  }
  it('accept every corpus file (an editor using them sees no error)', () => {
    for (const [name, file] of files) {
      const valid = validators[name]!(parse(readFileSync(file, 'utf8')));
      assert.ok(valid, `${file}: ${JSON.stringify(validators[name]!.errors)}`);
    }
    assert.ok(files.length >= 25);
  });
  it('reject a treaty with a misspelt field', () => {
    const treaty = parse(readFileSync(join(CORPUS, 'ussr-prk-1961', 'treaty.yaml'), 'utf8'));
    treaty.provisions[0].kindd = 'obligation';
    assert.equal(validators.treaty!(treaty), false);
  });
});
