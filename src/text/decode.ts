/**
 * Bytes to text, with the checks that keep junk out: size, emptiness, binary data, encoding.
 * Each refusal is an InputError naming the file and, where there is one, the line and column.
 *
 * The text keeps a leading byte-order mark as character 0 (TextDecoder's ignoreBOM), so that every
 * span indexes the same characters the bytes encode; the BOM is reported in `source.bom` and is never
 * part of a piece.
 */
import { createHash } from 'node:crypto';
import { InputError, lineColumnAt, LONE_SURROGATE_HINT, loneSurrogateAt, type SourceInfo } from '../model/index.js';
import { MAX_CONTROL_CHARACTER_RATIO, MAX_INPUT_BYTES, MAX_INPUT_LINES } from './limits.js';
import { findInvalidUtf8 } from './utf8.js';

export interface DecodedText {
  text: string;
  source: SourceInfo;
}

const HINT_TEXT_ONLY =
  'pacta ingest reads plain UTF-8 text; extract the text first (e.g. `pdftotext` for a PDF, "Save as plain text" in a word processor)';

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
}

/**
 * The error for an input above the size limit; faces raise it before reading a large file at all.
 * `atLeast`: a reader that stopped one byte past the limit knows only that there is more (a pipe, stdin).
 */
export function tooLargeError(fileName: string, bytes: number, options: { atLeast?: boolean } = {}): InputError {
  const size = options.atLeast ? `more than ${megabytes(MAX_INPUT_BYTES)}` : `${megabytes(bytes)} (${bytes} bytes)`;
  return new InputError({
    file: fileName,
    line: 0,
    column: 0,
    code: 'input-too-large',
    message: `file is too large to ingest: ${size}; the limit is ${megabytes(MAX_INPUT_BYTES)} (${MAX_INPUT_BYTES} bytes)`,
    hint: 'a treaty text is far smaller than this; check that this is the right file, or split it into one document per treaty',
  });
}

/** Line and column of a byte offset: decode the (valid or replaced) bytes before it and count. */
function lineColumnOfByte(bytes: Uint8Array, byteOffset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, byteOffset));
  return lineColumnAt(before, before.length);
}

function isControlCode(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function detectLineEndings(text: string): SourceInfo['lineEndings'] {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else cr++;
    } else if (code === 0x0a) lf++;
  }
  const kinds = [lf > 0, crlf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

function checkBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError({
      file: fileName,
      line: 1,
      column: 1,
      code: 'input-utf16',
      message: 'the file is UTF-16 text (it starts with a UTF-16 byte-order mark); pacta ingest reads UTF-8',
      hint: `convert it first, e.g. \`iconv -f UTF-16 -t UTF-8 ${fileName} > converted.txt\``,
    });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = lineColumnOfByte(bytes, nul);
    throw new InputError({
      file: fileName,
      ...at,
      code: 'input-binary',
      message: `binary data, not text: NUL byte at byte offset ${nul}`,
      hint: HINT_TEXT_ONLY,
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const invalid = findInvalidUtf8(bytes) ?? { offset: 0, problem: 'the decoder rejected it' };
    const at = lineColumnOfByte(bytes, invalid.offset);
    throw new InputError({
      file: fileName,
      ...at,
      code: 'input-not-utf8',
      message: `not valid UTF-8 at byte offset ${invalid.offset}: ${invalid.problem}`,
      hint: `save the file as UTF-8, or convert it, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 ${fileName} > converted.txt\` if it is a Western European legacy encoding`,
    });
  }
}

function checkText(text: string, fileName: string): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw new InputError({
      file: fileName,
      ...lineColumnAt(text, nul),
      code: 'input-binary',
      message: `binary data, not text: NUL character at offset ${nul}`,
      hint: HINT_TEXT_ONLY,
    });
  }
  // One pass counts control characters and lines (each is refused below, controls first).
  let controls = 0;
  let firstControl = -1;
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code !== 0x7f) continue;
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lines++;
    else if (isControlCode(code)) {
      controls++;
      if (firstControl < 0) firstControl = i;
    }
  }
  if (controls > 0 && controls > text.length * MAX_CONTROL_CHARACTER_RATIO) {
    throw new InputError({
      file: fileName,
      ...lineColumnAt(text, firstControl),
      code: 'input-binary',
      message: `binary data, not text: ${controls} control characters in ${text.length} characters (first: U+${text
        .charCodeAt(firstControl)
        .toString(16)
        .toUpperCase()
        .padStart(4, '0')})`,
      hint: HINT_TEXT_ONLY,
    });
  }
  if (lines > MAX_INPUT_LINES) {
    throw new InputError({
      file: fileName,
      line: 0,
      column: 0,
      code: 'input-too-many-lines',
      message: `too many lines to be one document: ${lines} lines; the limit is ${MAX_INPUT_LINES}`,
      hint: 'a treaty text has far fewer lines; check that this is the right file, or split it into one document per treaty',
    });
  }
  if (/^\s*$/.test(text)) {
    throw new InputError({
      file: fileName,
      line: 1,
      column: 1,
      code: 'input-empty',
      message:
        text.length === 0
          ? 'the file is empty: there is nothing to ingest'
          : 'the file contains only whitespace: there is nothing to ingest',
      hint: 'check that you passed the right file',
    });
  }
}

/** The error for a lone surrogate at `offset` of a string input. */
function loneSurrogateError(fileName: string, text: string, offset: number): InputError {
  const unit = 'U+' + text.charCodeAt(offset).toString(16).toUpperCase();
  return new InputError({
    file: fileName,
    ...lineColumnAt(text, offset),
    code: 'input-lone-surrogate',
    message: `not valid Unicode text: lone surrogate ${unit} at offset ${offset} (half of a UTF-16 pair without its other half)`,
    hint: LONE_SURROGATE_HINT,
  });
}

/**
 * Decodes and checks an input (bytes, or text already decoded by the caller). Throws InputError.
 * A string with a lone surrogate is refused (input-lone-surrogate), as bytes that are not UTF-8 are:
 * replacing it would make the stored text differ from the text ingested.
 */
export function decodeInput(input: Uint8Array | string, fileName: string): DecodedText {
  const byteLength = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
  if (byteLength > MAX_INPUT_BYTES) throw tooLargeError(fileName, byteLength);
  if (typeof input === 'string') {
    const lone = loneSurrogateAt(input);
    if (lone >= 0) throw loneSurrogateError(fileName, input, lone);
  }
  const text = typeof input === 'string' ? input : checkBytes(input, fileName);
  checkText(text, fileName);
  const hash = createHash('sha256');
  hash.update(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  return {
    text,
    source: {
      file: fileName,
      length: text.length,
      bytes: byteLength,
      sha256: hash.digest('hex'),
      bom: text.charCodeAt(0) === 0xfeff,
      lineEndings: detectLineEndings(text),
    },
  };
}
