// Covers src/model/schema-order.ts: objects rebuilt in the schema's key order, unknown keys dropped,
// objects already in order kept as they are, and the result equal to a full parse's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { z } from 'zod';
import { inSchemaOrder } from '../../src/model/index.js';

const Span = z.object({ start: z.number(), end: z.number() }).refine((s) => s.start <= s.end);
const Piece = z.object({ text: z.string(), spans: z.array(Span) });
const Doc = z.object({
  title: Piece.nullable(),
  items: z.array(Piece.extend({ number: z.string().nullable(), note: z.string().optional() })),
  extra: z.object({ a: z.number(), b: z.number() }).optional(),
});
type Doc = z.infer<typeof Doc>;

describe('inSchemaOrder', () => {
  it('puts keys in the order the schema lists them, at every depth', () => {
    const value = { items: [{ number: '1', spans: [{ end: 3, start: 1 }], text: 'x' }], title: null } as unknown as Doc;
    assert.equal(
      JSON.stringify(inSchemaOrder(Doc, value)),
      '{"title":null,"items":[{"text":"x","spans":[{"start":1,"end":3}],"number":"1"}]}',
    );
  });

  it('drops keys the schema does not list and leaves out undefined ones', () => {
    const value = { title: { text: 't', spans: [], stray: 1 }, items: [], extra: undefined, other: 2 } as unknown as Doc;
    assert.equal(JSON.stringify(inSchemaOrder(Doc, value)), '{"title":{"text":"t","spans":[]},"items":[]}');
  });

  it('keeps an object already in order (and its arrays) as the same object', () => {
    const value: Doc = { title: { text: 't', spans: [{ start: 0, end: 1 }] }, items: [{ text: 'i', spans: [], number: null }] };
    const ordered = inSchemaOrder(Doc, value);
    assert.equal(ordered, value);
    assert.equal(ordered.items, value.items);
  });

  it('orders a schema that contains itself (a tree), without looping', () => {
    const Node = z.object({
      name: z.string(),
      get children() {
        return z.array(Node);
      },
    });
    type Node = { name: string; children: Node[] };
    const tree = { children: [{ children: [], name: 'leaf' }], name: 'root' } as unknown as Node;
    assert.equal(JSON.stringify(inSchemaOrder(Node, tree)), '{"name":"root","children":[{"name":"leaf","children":[]}]}');
  });

  it('gives what a full parse gives, for any shuffled valid value', () => {
    const span = fc
      .record({ start: fc.nat(100), end: fc.nat(100) })
      .map((s) => ({ start: Math.min(s.start, s.end), end: Math.max(s.start, s.end) }));
    const piece = fc.record({ text: fc.string(), spans: fc.array(span, { maxLength: 3 }) });
    const item = fc.record({ text: fc.string(), spans: fc.array(span, { maxLength: 3 }), number: fc.option(fc.string(), { nil: null }) });
    const doc = fc.record({ title: fc.option(piece, { nil: null }), items: fc.array(item, { maxLength: 4 }) });
    fc.assert(
      fc.property(doc, fc.boolean(), (value, reverse) => {
        // Shuffle by rebuilding each object with its keys reversed.
        const shuffled = JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
          reverse && v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        ) as Doc;
        assert.equal(JSON.stringify(inSchemaOrder(Doc, shuffled)), JSON.stringify(Doc.parse(shuffled)));
      }),
    );
  });
});
