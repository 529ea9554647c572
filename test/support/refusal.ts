/**
 * A refusal as one line, for exact assertions: `action` must throw an InputError, and its first
 * finding reads `file:line:column: code[ path]: message | hint`.
 */
import assert from 'node:assert/strict';
import { InputError } from '../../src/model/index.js';

export function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof InputError, String(error instanceof Error ? error.stack : error));
    const d = error.diagnostic;
    return `${d.file}:${d.line}:${d.column}: ${d.code}${d.path === undefined ? '' : ` ${d.path}`}: ${d.message} | ${d.hint}`;
  }
  assert.fail('expected an InputError');
}
