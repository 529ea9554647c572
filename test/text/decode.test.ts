/** Bad input: each refusal is an InputError with a located, exact message and a hint. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { InputError, formatDiagnostic } from '../../src/model/diagnostic.js';
import { decodeInput } from '../../src/text/decode.js';
import { ingest, MAX_INPUT_BYTES } from '../../src/text/index.js';
import { findInvalidUtf8 } from '../../src/text/utf8.js';

function refusal(input: Uint8Array | string): string {
  try {
    ingest(input, 'in.txt');
  } catch (error) {
    assert.ok(error instanceof InputError, `expected InputError, got ${String(error)}`);
    return formatDiagnostic(error.diagnostic);
  }
  assert.fail('expected the input to be refused');
}

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decode: refusals', () => {
  it('an empty file', () => {
    assert.equal(
      refusal(bytes()),
      'in.txt:1:1: error: the file is empty: there is nothing to ingest\n  hint: check that you passed the right file',
    );
  });
  it('a file of whitespace only (a BOM included)', () => {
    assert.equal(
      refusal(utf8('\uFEFF  \n\t\r\n')),
      'in.txt:1:1: error: the file contains only whitespace: there is nothing to ingest\n  hint: check that you passed the right file',
    );
  });
  it('binary data with a NUL byte, located', () => {
    assert.equal(
      refusal(utf8('Article 1\nabc\u0000def')),
      'in.txt:2:4: error: binary data, not text: NUL byte at byte offset 13\n  hint: pacta ingest reads plain UTF-8 text; extract the text first (e.g. `pdftotext` for a PDF, "Save as plain text" in a word processor)',
    );
  });
  it('binary data given as a string', () => {
    assert.match(refusal('ab\u0000'), /^in\.txt:1:3: error: binary data, not text: NUL character at offset 2\n/);
  });
  it('text full of control characters', () => {
    const junk = 'a\u0001b\u0002c\u0003d\u0004e\u0005'.repeat(10);
    assert.equal(
      refusal(utf8(junk)),
      'in.txt:1:2: error: binary data, not text: 50 control characters in 100 characters (first: U+0001)\n  hint: pacta ingest reads plain UTF-8 text; extract the text first (e.g. `pdftotext` for a PDF, "Save as plain text" in a word processor)',
    );
  });
  it('accepts a stray control character in real text', () => {
    const doc = ingest(utf8('Article 1\n\nThe Parties\u0007 agree.\n' + 'More words in the article. '.repeat(5)), 'in.txt');
    assert.equal(doc.articles.length, 1);
  });
  it('invalid UTF-8, with byte offset, line and column of the first bad sequence', () => {
    const input = new Uint8Array([...utf8('Article 1\nTraité '), 0xe9, 0x74, 0xe9]);
    assert.equal(
      refusal(input),
      'in.txt:2:8: error: not valid UTF-8 at byte offset 18: byte 0x74 cannot follow 0xE9 in a UTF-8 sequence\n  hint: save the file as UTF-8, or convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.txt > converted.txt` if it is a Western European legacy encoding',
    );
  });
  it('invalid UTF-8: a truncated sequence at the end', () => {
    assert.match(
      refusal(bytes(0x61, 0x0a, 0xe2, 0x82)),
      /^in\.txt:2:1: error: not valid UTF-8 at byte offset 2: the file ends inside a 3-byte sequence that starts with 0xE2\n/,
    );
  });
  it('UTF-16 text', () => {
    assert.match(
      refusal(bytes(0xff, 0xfe, 0x41, 0x00)),
      /^in\.txt:1:1: error: the file is UTF-16 text \(it starts with a UTF-16 byte-order mark\); pacta ingest reads UTF-8\n/,
    );
  });
  it('input above the size limit, before looking at it', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1);
    assert.equal(
      refusal(big),
      'in.txt: error: file is too large to ingest: 10.0 MB (10485761 bytes); the limit is 10.0 MB (10485760 bytes)\n  hint: a treaty text is far smaller than this; check that this is the right file, or split it into one document per treaty',
    );
  });
});

describe('decode: what is kept', () => {
  it('keeps a BOM as character 0, so offsets are those of the decoded file', () => {
    const { text, source } = decodeInput(utf8('\uFEFFArticle 1\n\nText.'), 'bom.txt');
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.equal(source.bom, true);
    assert.equal(source.length, 17);
    assert.equal(source.bytes, 19);
  });
  it('reports line endings', () => {
    assert.equal(decodeInput('a\nb', 'f').source.lineEndings, 'lf');
    assert.equal(decodeInput('a\r\nb', 'f').source.lineEndings, 'crlf');
    assert.equal(decodeInput('a\rb', 'f').source.lineEndings, 'cr');
    assert.equal(decodeInput('a\r\nb\nc', 'f').source.lineEndings, 'mixed');
    assert.equal(decodeInput('abc', 'f').source.lineEndings, 'none');
  });
  it('hashes the bytes (SHA-256), the same for a string and its UTF-8 bytes', () => {
    const text = 'Traité\n';
    assert.equal(decodeInput(text, 'f').source.sha256, decodeInput(utf8(text), 'f').source.sha256);
    assert.equal(decodeInput('abc', 'f').source.sha256, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('findInvalidUtf8 agrees with the standard decoder', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          valid = false;
        }
        assert.equal(findInvalidUtf8(input) === null, valid);
      }),
      { numRuns: 2000 },
    );
  });
  it('on valid text with one byte corrupted, at or before the corruption', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 0x80, max: 0xff }),
        (text, at, byte) => {
          const input = new TextEncoder().encode(text);
          const index = at % input.length;
          input[index] = byte;
          const found = findInvalidUtf8(input);
          if (found) assert.ok(found.offset <= index + 3, `found at ${found.offset}, corrupted ${index}`);
        },
      ),
    );
  });
});
