/**
 * Reading a text file of the corpus: bounded in size, UTF-8 or a clear error naming the place of the
 * first bad byte. Corpus files are small; anything large is a mistake to report, not to load.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic, DiagnosticCode } from '../model/index.js';
import { findInvalidUtf8 } from '../text/index.js';

export const MAX_CORPUS_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { text: string; diagnostics: [] } | { text?: undefined; diagnostics: Diagnostic[] };

export function readCorpusText(file: string, displayName = file): ReadResult {
  const fail = (code: DiagnosticCode, message: string, hint: string, line = 0, column = 0): ReadResult => ({
    diagnostics: [{ severity: 'error', file: displayName, line, column, code, message, hint }],
  });
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return fail('not-a-file', 'not a file', 'give the path of a file');
    size = stat.size;
  } catch {
    return fail('file-missing', 'file not found', 'check the path, or create the file');
  }
  if (size > MAX_CORPUS_FILE_BYTES) {
    return fail(
      'file-too-large',
      `file is ${size} bytes, over the limit of ${MAX_CORPUS_FILE_BYTES} bytes for a corpus file`,
      'corpus files are small text files: check that this is the right file',
    );
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return fail('binary-file', 'file contains NUL bytes: it is binary, not text', 'give a UTF-8 text file');
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, diagnostics: [] };
  } catch {
    const at = findInvalidUtf8(bytes)?.offset ?? 0;
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = before.split('\n');
    return fail(
      'not-utf8',
      `not valid UTF-8 (first bad byte at offset ${at})`,
      're-save the file as UTF-8',
      lines.length,
      lines[lines.length - 1]!.length + 1,
    );
  }
}
