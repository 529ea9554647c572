/**
 * Loading a corpus from disk: `states.yaml`, `vocabulary.yaml`, `gazetteer.yaml` (optional) and one
 * folder per treaty, each file parsed with its positions and validated against its schema. Loading never throws on bad content:
 * it returns what it could read and the diagnostics for the rest.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  appendAll,
  type Diagnostic,
  GazetteerFile,
  HistoryFile,
  ScenarioFile,
  StateNameIndex,
  StatesFile,
  TreatyFile,
  VocabularyFile,
} from '../model/index.js';
import { readCorpusText } from './read-text.js';
import { locate as locateIn, parseYaml, validateYaml, type YamlFile } from './yaml-file.js';
import type { z } from 'zod';

export interface Loaded<T> {
  value: T;
  yaml: YamlFile;
}

export interface LoadedSource {
  id: string;
  /** Path as shown in messages (relative to the working directory). */
  file: string;
  text: string;
}

export interface LoadedTreaty {
  dir: string;
  treaty: Loaded<TreatyFile>;
  history?: Loaded<HistoryFile>;
  scenarios: Loaded<ScenarioFile>[];
  sources: Map<string, LoadedSource>;
}

export interface Corpus {
  root: string;
  states?: Loaded<StatesFile>;
  vocabulary?: Loaded<VocabularyFile>;
  /** The places events and provisions name; optional (a corpus without one names no places). */
  gazetteer?: Loaded<GazetteerFile>;
  treaties: LoadedTreaty[];
}

export interface LoadResult {
  corpus: Corpus;
  diagnostics: Diagnostic[];
}

/** Paths in messages are relative to the working directory, as a user typed them. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Reads and validates one file; with `states`, a state named by its name or alias is read as its code. */
export function loadYamlFile<S extends z.ZodType>(
  path: string,
  schema: S,
  states?: StateNameIndex,
): { loaded?: Loaded<z.infer<S>>; diagnostics: Diagnostic[] } {
  const file = displayPath(path);
  const read = readCorpusText(path, file);
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  const { yaml, diagnostics } = parseYaml(file, read.text);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const validated = validateYaml(yaml, schema, undefined, states);
  if (validated.value === undefined) return { diagnostics: appendAll(diagnostics, validated.diagnostics) };
  return { loaded: { value: validated.value, yaml }, diagnostics };
}

/** A corpus's states.yaml, read and validated: its states, successions and actors. */
export function loadStatesFile(root: string): { loaded?: Loaded<StatesFile>; diagnostics: Diagnostic[] } {
  return loadYamlFile(join(root, 'states.yaml'), StatesFile);
}

const indexes = new WeakMap<Loaded<StatesFile>, StateNameIndex>();

/** The names and aliases of a corpus's states.yaml, to read states by (made once per loaded file). */
export function stateNamesOf(corpus: Pick<Corpus, 'states'>): StateNameIndex | undefined {
  const states = corpus.states;
  if (!states) return undefined;
  let index = indexes.get(states);
  // Messages name the file as the user sees it from here ("corpus/states.yaml"), or just "states.yaml".
  if (!index)
    indexes.set(states, (index = new StateNameIndex(states.value, isAbsolute(states.yaml.file) ? 'states.yaml' : states.yaml.file)));
  return index;
}

/** Is this folder a treaty folder (it holds a treaty.yaml)? */
export function isTreatyDir(dir: string): boolean {
  return existsSync(join(dir, 'treaty.yaml'));
}

/** The corpus root of a treaty folder: its parent, where states.yaml and vocabulary.yaml live. */
export function corpusRootOf(treatyDir: string): string {
  return resolve(treatyDir, '..');
}

/** A scenario's file name (what loadTreaty reads from scenarios/), and any YAML file's. */
const SCENARIO_FILE = /\.ya?ml$/;
const YAML_FILE = /\.ya?ml$/i;
const compareNames = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Loads a treaty folder; `states` (the corpus's, from stateNamesOf) lets its files name states by name or alias. */
export function loadTreaty(dir: string, states?: StateNameIndex): { treaty?: LoadedTreaty; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const treatyFile = loadYamlFile(join(dir, 'treaty.yaml'), TreatyFile, states);
  appendAll(diagnostics, treatyFile.diagnostics);
  if (!treatyFile.loaded) return { diagnostics };

  let history: Loaded<HistoryFile> | undefined;
  if (existsSync(join(dir, 'history.yaml'))) {
    const h = loadYamlFile(join(dir, 'history.yaml'), HistoryFile, states);
    appendAll(diagnostics, h.diagnostics);
    history = h.loaded;
  }

  const scenarios: Loaded<ScenarioFile>[] = [];
  const scenarioDir = join(dir, 'scenarios');
  if (existsSync(scenarioDir) && statSync(scenarioDir).isDirectory()) {
    for (const name of readdirSync(scenarioDir)
      .filter((n) => SCENARIO_FILE.test(n))
      .sort()) {
      const s = loadYamlFile(join(scenarioDir, name), ScenarioFile, states);
      appendAll(diagnostics, s.diagnostics);
      if (s.loaded) scenarios.push(s.loaded);
    }
  }

  const sources = new Map<string, LoadedSource>();
  treatyFile.loaded.value.sources.forEach((source, index) => {
    const path = join(dir, source.file);
    const outside = outsideCorpus(dir, source.file, path);
    if (outside) {
      const at = locateIn(treatyFile.loaded!.yaml, ['sources', index, 'file']);
      diagnostics.push({
        severity: 'error',
        file: treatyFile.loaded!.yaml.file,
        ...at,
        code: 'source-outside-corpus',
        path: `sources[${index}].file`,
        message: `source "${source.id}": file "${source.file}" ${outside}`,
        hint: "keep a treaty's sources in its folder (sources/…) and name them by a path relative to it",
      });
      return;
    }
    const read = readCorpusText(path, displayPath(path));
    if (read.text === undefined) {
      // Point at the `file:` line of treaty.yaml: that is what the user must fix.
      const d = read.diagnostics[0]!;
      const at = locateIn(treatyFile.loaded!.yaml, ['sources', index, 'file']);
      diagnostics.push({
        ...d,
        file: treatyFile.loaded!.yaml.file,
        ...at,
        message: `source "${source.id}": ${displayPath(path)}: ${d.message}`,
      });
      return;
    }
    sources.set(source.id, { id: source.id, file: displayPath(path), text: read.text });
  });

  const sourceFiles = treatyFile.loaded.value.sources.map((s) => resolve(dir, s.file));
  appendAll(diagnostics, ignoredFiles(dir, sourceFiles));
  return { treaty: { dir, treaty: treatyFile.loaded, history, scenarios, sources }, diagnostics };
}

/**
 * Files of a treaty folder that nothing reads, one warning each: a YAML file other than treaty.yaml,
 * history.yaml, a scenario (scenarios/*.yaml, *.yml) or a source that treaty.yaml names, at any
 * depth; and a file in scenarios/ that is not .yaml or .yml. Hidden files (editors', systems') are
 * passed over; links are not followed.
 */
function ignoredFiles(dir: string, sourceFiles: readonly string[]): Diagnostic[] {
  const sources = new Set(sourceFiles);
  const found: Diagnostic[] = [];
  const warn = (path: string, message: string, hint: string) =>
    found.push({ severity: 'warning', file: displayPath(path), line: 0, column: 0, code: 'ignored-file', message, hint });
  const scenarios = join(dir, 'scenarios');
  const visit = (folder: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // unreadable: nothing in it is read either
    }
    for (const entry of entries.sort((x, y) => compareNames(x.name, y.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (depth < 8) visit(path, depth + 1);
        continue;
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      const name = relative(dir, path).split(sep).join('/');
      if (folder === scenarios) {
        if (SCENARIO_FILE.test(entry.name)) continue;
        const renamed = displayPath(join(scenarios, `${entry.name.replace(/\.[^.]*$/, '')}.yaml`));
        warn(
          path,
          `${name} is not read: a scenario is a .yaml or .yml file`,
          `a scenario goes in ${displayPath(scenarios)}/ under a .yaml or .yml name (such as ${renamed}); move anything else out of scenarios/`,
        );
        continue;
      }
      if (!YAML_FILE.test(entry.name) || sources.has(resolve(path))) continue;
      if (depth === 0 && (entry.name === 'treaty.yaml' || entry.name === 'history.yaml')) continue;
      const misnamed = depth === 0 ? /^(treaty|history)\.ya?ml$/i.exec(entry.name)?.[1]?.toLowerCase() : undefined;
      const lowerExt = entry.name.replace(/\.ya?ml$/i, (ext) => ext.toLowerCase());
      const asScenario = displayPath(join(scenarios, lowerExt));
      warn(
        path,
        `${name} is not read: a treaty folder's YAML files are treaty.yaml, history.yaml and the scenarios in scenarios/`,
        misnamed
          ? `the ${misnamed} is read from ${displayPath(join(dir, `${misnamed}.yaml`))} only, by that exact name`
          : `a scenario goes in ${displayPath(scenarios)}/ (${asScenario}); recorded events go in ${displayPath(join(dir, 'history.yaml'))}`,
      );
    }
  };
  visit(dir, 0);
  return found;
}

/**
 * Why a source's `file:` leads outside the corpus (the treaty folder's parent), or undefined if it
 * stays inside: an absolute path, a path through `..` out of it, or a symbolic link out of it.
 */
function outsideCorpus(treatyDir: string, file: string, path: string): string | undefined {
  const root = corpusRootOf(treatyDir);
  if (isAbsolute(file)) return 'is an absolute path';
  if (!isWithin(root, resolve(path))) return 'leads outside the corpus folder';
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return undefined; // missing: reported as such by readCorpusText
  }
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  return isWithin(realRoot, real) ? undefined : 'is a link to a file outside the corpus folder';
}

function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The treaty folders of a corpus root, in name order. */
export function treatyDirsOf(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory() && isTreatyDir(path));
}

/**
 * Loads the corpus at `root` (every treaty folder in it), or just the given treaty folders with the
 * shared files of their corpus root.
 */
export function loadCorpus(root: string, treatyDirs?: string[]): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const corpus: Corpus = { root, treaties: [] };

  const states = loadStatesFile(root);
  appendAll(diagnostics, states.diagnostics);
  corpus.states = states.loaded;
  const vocabulary = loadYamlFile(join(root, 'vocabulary.yaml'), VocabularyFile);
  appendAll(diagnostics, vocabulary.diagnostics);
  corpus.vocabulary = vocabulary.loaded;
  if (existsSync(join(root, 'gazetteer.yaml'))) {
    const gazetteer = loadYamlFile(join(root, 'gazetteer.yaml'), GazetteerFile, stateNamesOf(corpus));
    appendAll(diagnostics, gazetteer.diagnostics);
    corpus.gazetteer = gazetteer.loaded;
  }

  const dirs = treatyDirs ?? treatyDirsOf(root);
  for (const dir of dirs) {
    if (!isTreatyDir(dir)) {
      diagnostics.push({
        severity: 'error',
        file: displayPath(dir),
        line: 0,
        column: 0,
        code: 'not-a-treaty-folder',
        message: `no treaty.yaml in ${basename(dir)}`,
        hint: 'give a treaty folder such as corpus/ussr-prk-1961',
      });
      continue;
    }
    const t = loadTreaty(dir, stateNamesOf(corpus));
    appendAll(diagnostics, t.diagnostics);
    if (t.treaty) corpus.treaties.push(t.treaty);
  }
  return { corpus, diagnostics };
}
