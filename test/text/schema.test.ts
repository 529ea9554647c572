/** The structured document's schema: the published JSON Schema, and validation of what ingest makes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StructuredDocument, structuredDocumentJsonSchema } from '../../src/model/document.js';
import { ingest } from '../../src/text/index.js';
import { SOURCES, readFixture } from './support.js';

describe('structured document schema', () => {
  const schema = structuredDocumentJsonSchema() as { $schema: string; required: string[]; properties: Record<string, unknown> };
  it('is a draft 2020-12 JSON Schema with the contract’s top-level fields', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.required, [
      'kind',
      'source',
      'language',
      'title',
      'metadata',
      'metadataLines',
      'preamble',
      'divisions',
      'articles',
      'paragraphs',
      'footnotes',
      'closing',
      'signatures',
      'otherExpressions',
      'removed',
      'warnings',
    ]);
    assert.deepEqual(Object.keys(schema.properties), schema.required);
  });
  it('is deterministic', () => assert.equal(JSON.stringify(structuredDocumentJsonSchema()), JSON.stringify(schema)));
  it('validates what ingest makes, and rejects a span that ends before it starts', () => {
    const doc = ingest(readFixture(SOURCES.unts).bytes, SOURCES.unts);
    assert.equal(StructuredDocument.safeParse(doc).success, true);
    const broken = structuredClone(doc);
    broken.articles[0]!.paragraphs[0]!.spans[0] = { start: 10, end: 5 };
    assert.equal(StructuredDocument.safeParse(broken).success, false);
  });
  it('gives the same output for the same input, byte for byte', () => {
    const { bytes } = readFixture(SOURCES.news);
    assert.equal(JSON.stringify(ingest(bytes, 'a')), JSON.stringify(ingest(bytes, 'a')));
  });
});
