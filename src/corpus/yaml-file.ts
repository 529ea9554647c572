/**
 * Reading one YAML file with its source positions kept, and validating it against a schema, so
 * every finding names file, line and column — the parser's own for syntax errors, the offending
 * node's for schema errors.
 */
import { isNode, isMap, isSeq, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { type Diagnostic, yamlDiagnosticCode } from '../model/index.js';

export type PathKey = string | number;

export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export type Located = { line: number; column: number };

export function parseYaml(file: string, text: string): { yaml: YamlFile; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  // uniqueKeys: a duplicated key is an error, not a silent overwrite.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const diagnostics: Diagnostic[] = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = lines.linePos(e.pos[0]);
    const isError = doc.errors.includes(e);
    return {
      severity: isError ? 'error' : 'warning',
      file,
      line: pos.line,
      column: pos.col,
      code: yamlDiagnosticCode(e.code),
      message: `YAML syntax: ${firstLine(e.message)}`,
      hint: yamlHint(e.code),
    } satisfies Diagnostic;
  });
  return { yaml: { file, text, doc, lines }, diagnostics };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove or rename one of the two keys';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and the brackets or quotes around this point';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return 'fix the YAML syntax at this point (quote strings that contain ": " or start with a special character)';
  }
}

/** The position of the node at `path`, or of its nearest ancestor that exists. */
export function locate(yaml: YamlFile, path: readonly PathKey[]): Located {
  let node: unknown = yaml.doc.contents;
  let best: Located = { line: 1, column: 1 };
  const setBest = (n: unknown) => {
    if (isNode(n) && (n as Node).range) best = toLocated(yaml, (n as Node).range![0]);
  };
  setBest(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      // Point at the value when there is one; at the key when the value is empty.
      setBest(pair.key);
      node = pair.value;
      if (pair.value) setBest(pair.value);
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      setBest(node);
    } else break;
  }
  return best;
}

function toLocated(yaml: YamlFile, offset: number): Located {
  const pos = yaml.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Validates the parsed document; schema issues become diagnostics at the offending node. */
export function validateYaml<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
  hintFor: (path: readonly PathKey[]) => string | undefined = () => undefined,
): { value?: z.infer<S>; diagnostics: Diagnostic[] } {
  const data: unknown = yaml.doc.toJS({ maxAliasCount: 100 });
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics = result.error.issues.map((issue): Diagnostic => {
    const path = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
    const at = locate(yaml, path);
    const field = path.length ? formatPath(path) : 'the document';
    return {
      severity: 'error',
      file: yaml.file,
      ...at,
      code: 'schema',
      ...(path.length ? { path: formatPath(path) } : {}),
      message: `${field}: ${describeIssue(issue)}`,
      hint: hintFor(path) ?? schemaHint(issue),
    };
  });
  return { diagnostics };
}

export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? `missing required field (expected ${issue.expected})` : `expected ${issue.expected}, got ${typeName(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.input === undefined ? 'missing required field' : 'does not match any allowed form' + unionDetail(issue);
    default:
      return issue.message;
  }
}

function unionDetail(issue: z.core.$ZodIssueInvalidUnion): string {
  const messages = issue.errors.flat().map((e) => e.message).filter((m, i, all) => all.indexOf(m) === i);
  return messages.length ? ` (${messages.slice(0, 3).join('; ')})` : '';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function schemaHint(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'remove it or check its spelling against the JSON Schema in schemas/';
    case 'invalid_type':
      return issue.input === undefined ? 'add the field' : `write a value of type ${issue.expected}`;
    case 'invalid_union':
      return issue.input === undefined ? 'add the field' : 'see the JSON Schema in schemas/ for the forms it may take';
    case 'custom':
    case 'invalid_format':
      return 'correct the value as the message says';
    case 'invalid_value':
      return 'use one of the listed values';
    default:
      return 'see the JSON Schema in schemas/ for the expected form';
  }
}
