/**
 * How CLI commands find and load the corpus, a treaty and a scenario file. Bad input becomes an
 * InputError (exit 2) naming the file, line and column.
 *
 * The checked corpus is kept for the life of the process, so that several commands run in one
 * process (the tests run the CLI in theirs) check it once. It is kept by root (and treaty folders,
 * and the current folder, which file names in its messages are relative to), and it is used again
 * only while a fingerprint of the content of every file under the root is unchanged: edit a file
 * and the next command checks the corpus afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCorpus, type CheckResult, validateScenarioText } from '../../check/index.js';
import { displayPath, readCorpusText, stateNamesOf } from '../../corpus/index.js';
import { type CompiledCorpus, InputError, isIsoDate, isoDateProblem, type ScenarioFile } from '../../model/index.js';
import { inputError, usageError } from './errors.js';

/** The corpus shipped with Pacta. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url));

/** `--corpus DIR`, else $PACTA_CORPUS, else ./corpus if it is one, else the bundled corpus. */
export function resolveCorpusRoot(option: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const chosen = option ?? env.PACTA_CORPUS;
  if (chosen) {
    const root = resolve(chosen);
    if (!existsSync(join(root, 'states.yaml'))) {
      throw inputError(
        displayPath(root),
        'not a corpus folder (no states.yaml)',
        'give the folder that holds states.yaml, vocabulary.yaml and the treaty folders',
        { code: 'not-a-corpus' },
      );
    }
    return root;
  }
  const local = resolve('corpus');
  return existsSync(join(local, 'states.yaml')) ? local : BUNDLED_CORPUS;
}

/** How many checked corpora a process keeps (a test process may use a few fixtures and temporary copies). */
const KEPT = 8;
const checked = new Map<string, { fingerprint: string; result: CheckResult }>();

/**
 * checkCorpus(root, treatyDirs), reused while no file under the root (or the treaty folders) has
 * changed. The result is shared between commands: treat it as read-only.
 */
export function checkedCorpus(root: string, treatyDirs?: readonly string[]): CheckResult {
  const key = JSON.stringify([process.cwd(), root, treatyDirs ?? null]);
  // Taken before the check: a file changed while it runs gives a fingerprint the next command will not match.
  const fingerprint = fingerprintOf([root, ...(treatyDirs ?? [])]);
  const kept = checked.get(key);
  if (kept?.fingerprint === fingerprint) return kept.result;
  const result = checkCorpus(root, treatyDirs ? [...treatyDirs] : undefined);
  checked.delete(key);
  checked.set(key, { fingerprint, result });
  if (checked.size > KEPT) checked.delete(checked.keys().next().value!);
  return result;
}

/** A hash of the path and content of every file under the given folders (a corpus is a few hundred KB). */
function fingerprintOf(folders: readonly string[]): string {
  const hash = createHash('sha256');
  const visit = (path: string): void => {
    let info;
    try {
      info = statSync(path);
    } catch {
      hash.update(`missing ${path}\0`);
      return;
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (info.isFile()) {
      hash.update(`${path}\0${info.size}\0`).update(readFileSync(path));
    }
  };
  for (const folder of [...new Set(folders)].sort()) visit(folder);
  return hash.digest('hex');
}

/** Loads and checks the corpus; refuses to evaluate one with errors. */
export function compiledCorpus(root: string): { compiled: CompiledCorpus; check: CheckResult } {
  const check = checkedCorpus(root);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !check.compiled) {
    if (errors.length) throw InputError.of(errors);
    throw inputError(displayPath(root), 'the corpus lacks states.yaml or vocabulary.yaml', 'run `pacta check` for details', {
      code: 'corpus-incomplete',
    });
  }
  return { compiled: check.compiled, check };
}

/** A treaty named by id (`ussr-prk-1961`) or by its folder (`corpus/ussr-prk-1961`). */
export function resolveTreatyId(arg: string, compiled: CompiledCorpus): string {
  const asDir = resolve(arg);
  const id = existsSync(asDir) && statSync(asDir).isDirectory() ? basename(asDir) : arg;
  if (compiled.treaties.some((t) => t.treaty.id === id)) return id;
  throw inputError(arg, `unknown treaty "${arg}"`, `use one of: ${compiled.treaties.map((t) => t.treaty.id).join(', ')}`, {
    code: 'unknown-treaty',
  });
}

export function parseDateOption(value: string, option: string): string {
  if (isIsoDate(value)) return value;
  throw usageError(
    option,
    `${option} ${JSON.stringify(value)}: ${isoDateProblem(value) ?? 'not a date'}`,
    'write the date as YYYY-MM-DD, e.g. 1996-09-10',
    'bad-date',
  );
}

/**
 * An option naming a state (`--party Finland`): its code, from a code, name or alias of the corpus's
 * states.yaml; anything else is refused (exit 2) with the nearest states ("did you mean FIN (Finland)?").
 */
export function parseStateOption(value: string, option: string, check: CheckResult): string {
  const states = stateNamesOf(check.corpus);
  const code = states?.resolve(value);
  if (code !== undefined) return code;
  if (!states)
    throw usageError(option, `${option} ${JSON.stringify(value)}: the corpus has no states.yaml`, 'add states.yaml to the corpus');
  const unknown = states.unknown(value);
  throw usageError(option, unknown.message, unknown.hint, 'unknown-state');
}

/** Reads, validates and reference-checks a scenario file against the corpus. */
export function readScenario(file: string, check: CheckResult): ScenarioFile {
  const path = resolve(file);
  const read = readCorpusText(path, displayPath(path));
  if (read.text === undefined) throw InputError.of(read.diagnostics);
  const { scenario, diagnostics } = validateScenarioText(check.corpus, displayPath(path), read.text);
  if (!scenario) throw InputError.of(diagnostics);
  return scenario;
}
