/** Shared checks for the ingest tests: every piece's text comes from its spans; leaves never overlap. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Span, StructuredDocument } from '../../src/model/document.js';
import { leafPieces, textOfSpans } from '../../src/text/index.js';

export const SOURCES = {
  unts: 'corpus/ussr-prk-1961/sources/000_df94f2d4f29a19fa.txt',
  news: 'corpus/prk-rus-2024/sources/003_696defb046d6bd54.txt',
} as const;

export const PLAIN = {
  multilateral: 'test/fixtures/text/plain/multilateral-roman-inline.txt',
  bilateral: 'test/fixtures/text/plain/bilateral-art-subparagraphs.txt',
  ownLine: 'test/fixtures/text/plain/own-line-headings.txt',
} as const;

/** Where the golden `--json` output of a fixture is kept. */
export function goldenPath(file: string): string {
  return `test/fixtures/text/golden/${basename(file, '.txt')}.json`;
}

export function readFixture(file: string): { bytes: Uint8Array; raw: string } {
  const bytes = new Uint8Array(readFileSync(file));
  return { bytes, raw: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** The JSON of a document exactly as `pacta ingest --json` prints it. */
export function asJson(doc: StructuredDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

export interface Located {
  path: string;
  text: string;
  spans: Span[];
}

/** Every object in the document with both `text` and `spans` (pieces and values alike). */
export function textsWithSpans(value: unknown, path = ''): Located[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => textsWithSpans(item, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own: Located[] =
    typeof record.text === 'string' && Array.isArray(record.spans) ? [{ path, text: record.text, spans: record.spans as Span[] }] : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'source')
      .flatMap(([key, child]) => textsWithSpans(child, `${path}/${key}`)),
  ];
}

/** raw.slice over the spans, normalised by the documented rule, gives back each text. */
export function assertTextsFromSpans(raw: string, doc: StructuredDocument): void {
  for (const { path, text, spans } of textsWithSpans(doc)) {
    for (const span of spans) {
      assert.ok(
        0 <= span.start && span.start <= span.end && span.end <= raw.length,
        `${path}: span ${span.start}-${span.end} outside 0-${raw.length}`,
      );
    }
    assert.equal(textOfSpans(raw, spans), text, `${path}: text differs from its spans`);
  }
}

/** No two leaf pieces share a character. */
export function assertLeavesDisjoint(doc: StructuredDocument): void {
  const spans = leafPieces(doc).flatMap((leaf) => leaf.spans.map((span) => ({ ...span, pointer: leaf.pointer })));
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    const current = spans[i]!;
    assert.ok(
      previous.end <= current.start,
      `${previous.pointer} [${previous.start},${previous.end}) overlaps ${current.pointer} [${current.start},${current.end})`,
    );
  }
}

/** Every span lies inside the text. */
export function assertSpansInBounds(raw: string, doc: StructuredDocument): void {
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}/${i}`));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      assert.ok(
        0 <= record.start && record.start <= record.end && record.end <= raw.length,
        `${path}: [${record.start},${record.end}) outside [0,${raw.length}]`,
      );
    }
    for (const [key, child] of Object.entries(record)) walk(child, `${path}/${key}`);
  };
  walk(doc, '');
}

/** The exact raw characters of a piece's spans, joined with a bar, for pinning spans in tests. */
export function slices(raw: string, spans: readonly Span[]): string[] {
  return spans.map((span) => raw.slice(span.start, span.end));
}
