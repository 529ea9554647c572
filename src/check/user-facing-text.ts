/**
 * User-facing text names no internal file (issue 19): every string of a corpus file reaches the
 * API, the CLI, the reader and the exports, where "(FACTS.md)", "see sources/README.md" or
 * "recorded in history.yaml" mean nothing to a reader. A citation names the real source (the
 * publisher, the title, the date), and a cross-reference says what it points at in words.
 *
 * Not user-facing, so not checked: `#` comments (not in the parsed document), a source's `file`
 * (its path is its job), `$schema`, and verbatim words (`text`, `triggerText`: quotes of a source,
 * never edited). A file name inside a web address (`https://…/README.md`) is part of the address of
 * a published copy, and is allowed.
 */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, visit } from 'yaml';
import { type Corpus, formatPath, type Loaded, type PathKey } from '../corpus/index.js';
import type { Diagnostic } from '../model/index.js';

/** A project file's name: `history.yaml`, `sources/README.md`, `FACTS.md`, `load.ts`, `schema.json`. */
const INTERNAL_FILE_NAME = /(?:\b[\w-]+\/)*\b[\w.-]+\.(?:ya?ml|md|ts|json)\b/gi;
/** The project's own notes, named however they are written. */
const INTERNAL_NAMES = /\bFACTS\b|\bsources\/README\b/g;
const WEB_ADDRESS = /\bhttps?:\/\/\S+/gi;

/** Keys whose string values are not prose shown to a reader. */
const NOT_PROSE = new Set(['file', '$schema', 'text', 'triggerText']);

/** The internal file names in `text`, each with its offset; names inside a web address are not counted. */
export function internalFileNames(text: string): { name: string; offset: number }[] {
  const addresses = [...text.matchAll(WEB_ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
  const inAddress = (at: number) => addresses.some(([from, to]) => at >= from && at < to);
  const found = new Map<number, string>();
  for (const pattern of [INTERNAL_FILE_NAME, INTERNAL_NAMES]) {
    for (const m of text.matchAll(pattern)) {
      if (inAddress(m.index)) continue;
      // "sources/README" is also inside "sources/README.md": keep the longer, earlier match.
      if ([...found.entries()].some(([at, name]) => m.index >= at && m.index < at + name.length)) continue;
      found.set(m.index, m[0]);
    }
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([offset, name]) => ({ offset, name }));
}

/** One finding per internal file name in a user-facing string of the corpus's files. */
export function checkUserFacingText(corpus: Corpus): Diagnostic[] {
  const files: Loaded<unknown>[] = [];
  if (corpus.states) files.push(corpus.states);
  if (corpus.vocabulary) files.push(corpus.vocabulary);
  if (corpus.gazetteer) files.push(corpus.gazetteer);
  for (const t of corpus.treaties) files.push(t.treaty, ...(t.history ? [t.history] : []), ...t.scenarios);
  return files.flatMap(checkFile);
}

function checkFile(loaded: Loaded<unknown>): Diagnostic[] {
  const { yaml } = loaded;
  const diagnostics: Diagnostic[] = [];
  visit(yaml.doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const path = pathOf(ancestors, node);
      const field = [...path].reverse().find((k): k is string => typeof k === 'string');
      if (field !== undefined && NOT_PROSE.has(field)) return;
      // The string as written in the file (quotes and escapes included): a file name has no escape in it.
      const written = yaml.text.slice(node.range[0], node.range[1]);
      // The names come in the order of the text: each is looked for after the one before, so a name written twice is found twice where it is.
      let after = 0;
      for (const { name } of internalFileNames(node.value)) {
        const at = written.indexOf(name, after);
        if (at >= 0) after = at + name.length;
        const position = yaml.lines.at(node.range[0] + (at >= 0 ? at : 0));
        diagnostics.push({
          severity: 'error',
          file: yaml.file,
          ...position,
          code: 'internal-file-name',
          message: `${formatPath(path) || 'the text'}: user-facing text names the internal file "${name}"`,
          hint: hintFor(name),
          path: formatPath(path),
        });
      }
    },
  });
  return diagnostics;
}

/** What each corpus file stands for, in a reader's words. */
const IN_WORDS: Record<string, string> = {
  'history.yaml': "the treaty's recorded events (its history)",
  'treaty.yaml': 'the formalization (its provisions)',
  'states.yaml': 'the list of states and their successions',
  'gazetteer.yaml': 'the gazetteer of places',
  'vocabulary.yaml': 'the vocabulary (event types, situations, contested terms)',
};

function hintFor(name: string): string {
  if (/^FACTS/i.test(name))
    return 'cite the source that reported the fact (publisher, title, date), as the list of facts gives it, not the list itself';
  if (/README/i.test(name))
    return "say what the reader needs in words (the source's publisher, title, date, where it was copied from), or drop the reference";
  const words = IN_WORDS[name.split('/').pop()!.toLowerCase()];
  if (words) return `say it in words, e.g. "${words}"; readers see the text, not the project's files`;
  return "name the source or the part of the record in words; readers see the text, not the project's files";
}

/** The YAML path of `node` (keys and sequence indexes) from the ancestors `visit` gives. */
function pathOf(ancestors: readonly unknown[], node: Node): PathKey[] {
  const path: PathKey[] = [];
  let child: unknown = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const parent = ancestors[i];
    if (isPair(parent)) {
      const pair = parent as Pair;
      if (pair.value === child) path.unshift(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
    } else if (isSeq(parent)) {
      path.unshift(parent.items.indexOf(child as never));
    } else if (!isMap(parent)) break;
    child = parent;
  }
  return path;
}
