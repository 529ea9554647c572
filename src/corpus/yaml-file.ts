/**
 * Reading one YAML file with its source positions kept, and validating it against a schema, so
 * every finding names file, line and column — the parser's own for syntax errors, the offending
 * node's for schema errors.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod';
import { pathKey, readStateNames, refusesStateCode } from './state-aliases.js';
import {
  capDiagnostics,
  type Diagnostic,
  type DiagnosticCode,
  LineIndex,
  type StateNameIndex,
  MAX_DIAGNOSTICS,
  moreDiagnostics,
  yamlDiagnosticCode,
} from '../model/index.js';

export type PathKey = string | number;

export interface YamlFile {
  file: string;
  /** The text parsed: the file's, with lone carriage returns read as line feeds (same length, same offsets). */
  text: string;
  doc: Document.Parsed;
  /**
   * Where each line starts, counted from `text` itself (lines end at LF): every position reported
   * lies within the file, even one the parser gives past its end (an unclosed bracket).
   */
  lines: LineIndex;
}

export type Located = { line: number; column: number };

/**
 * Bounds on a YAML (or JSON) document, so that reading one takes time and memory in proportion to
 * its size and never overflows the stack: each is refused with a located error that says the limit.
 */
export const YAML_LIMITS = {
  /** Nesting of mappings and sequences: Pacta's deepest file (a provision's trigger) nests 7 levels. */
  maxDepth: 64,
  /**
   * Aliases resolved, weighted by what each expands to (the `yaml` library's `maxAliasCount`): a
   * few aliases are convenient, an alias of an alias of … (the "billion laughs") is refused.
   */
  maxAliasCount: 100,
} as const;

export function parseYaml(file: string, source: string): { yaml: YamlFile; diagnostics: Diagnostic[] } {
  // A lone CR ends a line in old Mac files; YAML reads it as a space, so the whole file became one
  // line. Read it as a line feed (CRLF is already a line end for YAML).
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  // uniqueKeys: false — the library compares each key with every earlier key of its mapping
  // (quadratic: 76,000 keys took two minutes); duplicate keys are found below with a Set per mapping.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, strict: true });
  const yaml: YamlFile = { file, text, doc, lines: new LineIndex(text) };
  const diagnostics: Diagnostic[] = [];
  // The parser may point at the LF of a CRLF: place it on the CR, the end of the line as an editor shows it.
  const at = (offset: number) => yaml.lines.at(text[offset] === '\n' && text[offset - 1] === '\r' ? offset - 1 : offset);
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) {
    // The parser ran out of stack composing nested collections (hundreds of levels): one finding, not one per level.
    return { yaml, diagnostics: [tooDeep(file, at(exhausted.pos[0]))] };
  }
  for (const e of doc.errors)
    diagnostics.push(syntaxDiagnostic(file, 'error', at(e.pos[0]), yamlDiagnosticCode(e.code), e.message, e.code));
  for (const e of doc.warnings)
    diagnostics.push(syntaxDiagnostic(file, 'warning', at(e.pos[0]), yamlDiagnosticCode(e.code), e.message, e.code));
  if (!doc.errors.length) for (const d of structureDiagnostics(yaml)) diagnostics.push(d);
  return { yaml, diagnostics: capDiagnostics(diagnostics) };
}

function tooDeep(file: string, at: Located): Diagnostic {
  return {
    severity: 'error',
    file,
    ...at,
    code: 'yaml-too-deep',
    message: `YAML: mappings and lists nested more than ${YAML_LIMITS.maxDepth} levels deep`,
    hint: `nest at most ${YAML_LIMITS.maxDepth} levels: no Pacta file needs more`,
  };
}

function syntaxDiagnostic(
  file: string,
  severity: 'error' | 'warning',
  at: Located,
  code: DiagnosticCode,
  message: string,
  parserCode: string,
): Diagnostic {
  return { severity, file, ...at, code, message: `YAML syntax: ${firstLine(message)}`, hint: yamlHint(parserCode) };
}

/**
 * What the parser leaves to us, in one iterative walk of the document (no recursion, so no depth
 * overflows the stack): duplicate keys (a Set per mapping), nesting deeper than the limit, aliases
 * to an anchor not defined before them.
 */
function structureDiagnostics(yaml: YamlFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (node: Node) => yaml.lines.at(node.range?.[0] ?? 0);
  const anchors = new Set<string>();
  const stack: { node: unknown; depth: number }[] = [{ node: yaml.doc.contents, depth: 0 }];
  // Pre-order, children pushed in reverse so that they are visited in document order (anchors
  // must come before their aliases).
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isNode(node)) continue;
    if (isAlias(node)) {
      if (!anchors.has(node.source))
        out.push(
          syntaxDiagnostic(
            yaml.file,
            'error',
            at(node),
            'yaml-bad-alias',
            `alias *${node.source} refers to no anchor &${node.source} before it`,
            'BAD_ALIAS',
          ),
        );
      continue;
    }
    if (node.anchor) anchors.add(node.anchor);
    if (!isCollection(node)) continue;
    if (depth >= YAML_LIMITS.maxDepth) {
      out.push(tooDeep(yaml.file, at(node)));
      // One finding per document: every deeper level would repeat it.
      return out;
    }
    const children: unknown[] = [];
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const id = `${typeof key.value}:${String(key.value)}`;
          if (keys.has(id))
            out.push(syntaxDiagnostic(yaml.file, 'error', at(key), 'yaml-duplicate-key', 'Map keys must be unique', 'DUPLICATE_KEY'));
          keys.add(id);
        }
        children.push(pair.key, pair.value);
      }
    } else for (const item of node.items) children.push(isPair(item) ? item.value : item);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
  }
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove or rename one of the two keys';
    case 'BAD_ALIAS':
      return 'define the anchor (&name) before the alias (*name), or check the spelling of both';
    case 'RESOURCE_EXHAUSTION':
      return `the document is too large or nested too deeply: nest at most ${YAML_LIMITS.maxDepth} levels and use few aliases`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and the brackets or quotes around this point';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return 'fix the YAML syntax at this point (quote strings that contain ": " or start with a special character)';
  }
}

/** A mapping's pairs by key (the first of duplicates), built once per mapping: locating many findings in a large mapping stays linear. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
    }
    pairIndex.set(map, index);
  }
  return index;
}

/** The position of the node at `path`, or of its nearest ancestor that exists. */
export function locate(yaml: YamlFile, path: readonly PathKey[]): Located {
  let node: unknown = yaml.doc.contents;
  let best: Located = { line: 1, column: 1 };
  const setBest = (n: unknown) => {
    if (isNode(n) && (n as Node).range) best = yaml.lines.at((n as Node).range![0]);
  };
  setBest(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(key));
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

/** Validates the parsed document; schema issues become diagnostics at the offending node. */
export function validateYaml<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
  hintFor: (path: readonly PathKey[]) => string | undefined = () => undefined,
  /** The corpus's states: a state named by its name or alias is read as its code before validation. */
  states?: StateNameIndex,
): { value?: z.infer<S>; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = yaml.doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    // An alias bomb (or any alias the walk in parseYaml let through): a located input error, at the first alias.
    return { diagnostics: [aliasFailure(yaml, error)] };
  }
  const unresolved = states ? readStateNames(data, states) : new Map<string, string>();
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, diagnostics: [] };
  // Only the findings shown are located (locating is the costly part); the rest are counted.
  const issues = result.error.issues;
  const shown = issues.length > MAX_DIAGNOSTICS ? issues.slice(0, MAX_DIAGNOSTICS) : issues;
  const diagnostics = shown.map((issue): Diagnostic => {
    const path = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
    const at = locate(yaml, path);
    const field = path.length ? formatPath(path) : 'the document';
    const name = unresolved.get(pathKey(path));
    if (states && name !== undefined && refusesStateCode(issue)) {
      const unknown = states.unknown(name);
      return {
        severity: 'error',
        file: yaml.file,
        ...at,
        code: 'unknown-state',
        path: formatPath(path),
        message: unknown.message,
        hint: unknown.hint,
      };
    }
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
  if (issues.length > shown.length) diagnostics.push(moreDiagnostics(yaml.file, issues.length - shown.length));
  return { diagnostics };
}

function aliasFailure(yaml: YamlFile, error: unknown): Diagnostic {
  let first: Node | undefined;
  visitIteratively(yaml.doc.contents, (node) => {
    if (!first && isAlias(node)) first = node;
  });
  const excessive = error instanceof Error && /excessive alias/i.test(error.message);
  return {
    severity: 'error',
    file: yaml.file,
    ...yaml.lines.at(first?.range?.[0] ?? 0),
    code: excessive ? 'yaml-resource-exhaustion' : 'yaml-bad-alias',
    message: excessive
      ? `YAML: the aliases expand to too much (more than ${YAML_LIMITS.maxAliasCount} weighted alias uses)`
      : `YAML: an alias cannot be resolved (${error instanceof Error ? error.message : String(error)})`,
    hint: excessive ? 'write the values out instead of aliasing aliases' : yamlHint('BAD_ALIAS'),
  };
}

function visitIteratively(root: unknown, visit: (node: Node) => void): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    visit(node);
    if (isMap(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!.value, node.items[i]!.key);
    else if (isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
}

export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `missing required field (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${typeName(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.input === undefined ? 'missing required field' : 'does not match any allowed form' + unionDetail(issue);
    default:
      return issue.message;
  }
}

function unionDetail(issue: z.core.$ZodIssueInvalidUnion): string {
  const messages = issue.errors
    .flat()
    .map((e) => e.message)
    .filter((m, i, all) => all.indexOf(m) === i);
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
