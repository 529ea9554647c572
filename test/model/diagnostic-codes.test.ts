/** Diagnostic codes are a closed list: every YAML parser error has its own code, and none is listed twice. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ErrorCode } from 'yaml';
import { DIAGNOSTIC_CODES, DiagnosticCode, yamlDiagnosticCode } from '../../src/model/diagnostic-codes.js';

// A Record over the parser's ErrorCode union: when a new `yaml` release adds a code, this stops
// compiling, and the new code must be added to YAML_CODES.
const YAML_PARSER_CODES: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'yaml-alias-props',
  BAD_ALIAS: 'yaml-bad-alias',
  BAD_DIRECTIVE: 'yaml-bad-directive',
  BAD_DQ_ESCAPE: 'yaml-bad-dq-escape',
  BAD_INDENT: 'yaml-bad-indent',
  BAD_PROP_ORDER: 'yaml-bad-prop-order',
  BAD_SCALAR_START: 'yaml-bad-scalar-start',
  BLOCK_AS_IMPLICIT_KEY: 'yaml-block-as-implicit-key',
  BLOCK_IN_FLOW: 'yaml-block-in-flow',
  DUPLICATE_KEY: 'yaml-duplicate-key',
  IMPOSSIBLE: 'yaml-impossible',
  KEY_OVER_1024_CHARS: 'yaml-key-over-1024-chars',
  MISSING_CHAR: 'yaml-missing-char',
  MULTILINE_IMPLICIT_KEY: 'yaml-multiline-implicit-key',
  MULTIPLE_ANCHORS: 'yaml-multiple-anchors',
  MULTIPLE_DOCS: 'yaml-multiple-docs',
  MULTIPLE_TAGS: 'yaml-multiple-tags',
  NON_STRING_KEY: 'yaml-non-string-key',
  RESOURCE_EXHAUSTION: 'yaml-resource-exhaustion',
  TAB_AS_INDENT: 'yaml-tab-as-indent',
  TAG_RESOLVE_FAILED: 'yaml-tag-resolve-failed',
  UNEXPECTED_TOKEN: 'yaml-unexpected-token',
  BAD_COLLECTION_TYPE: 'yaml-bad-collection-type',
};

describe('diagnostic codes', () => {
  it('give every YAML parser error its own code', () => {
    for (const [parserCode, expected] of Object.entries(YAML_PARSER_CODES))
      assert.equal(yamlDiagnosticCode(parserCode), expected, parserCode);
  });

  it('map a parser code they do not know to yaml-impossible, never to a free string', () => {
    assert.equal(yamlDiagnosticCode('SOMETHING_NEW'), 'yaml-impossible');
  });

  it('list each code once, in kebab case', () => {
    assert.equal(new Set(DIAGNOSTIC_CODES).size, DIAGNOSTIC_CODES.length);
    for (const code of DIAGNOSTIC_CODES) assert.match(code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('refuse a code that is not listed', () => {
    assert.equal(DiagnosticCode.safeParse('quote-not-found').success, true);
    assert.equal(DiagnosticCode.safeParse('quote-missing').success, false);
  });
});
