/**
 * How CLI commands find and load the corpus, a treaty and a scenario file. Bad input becomes an
 * InputError (exit 2) naming the file, line and column.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCorpus, type CheckResult } from '../../check/compile.js';
import { validateScenarioText } from '../../check/scenario.js';
import { displayPath } from '../../corpus/load.js';
import { readCorpusText } from '../../corpus/read-text.js';
import { isIsoDate, isoDateProblem } from '../../model/calendar.js';
import type { CompiledCorpus } from '../../model/compiled.js';
import { InputError } from '../../model/diagnostic.js';
import type { ScenarioFile } from '../../model/timeline.js';

/** The corpus shipped with Pacta. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url));

/** `--corpus DIR`, else $PACTA_CORPUS, else ./corpus if it is one, else the bundled corpus. */
export function resolveCorpusRoot(option?: string): string {
  const chosen = option ?? process.env.PACTA_CORPUS;
  if (chosen) {
    const root = resolve(chosen);
    if (!existsSync(join(root, 'states.yaml'))) {
      throw new InputError({ file: displayPath(root), line: 0, column: 0, code: 'not-a-corpus', message: 'not a corpus folder (no states.yaml)', hint: 'give the folder that holds states.yaml, vocabulary.yaml and the treaty folders' });
    }
    return root;
  }
  const local = resolve('corpus');
  return existsSync(join(local, 'states.yaml')) ? local : BUNDLED_CORPUS;
}

/** Loads and checks the corpus; refuses to evaluate one with errors. */
export function compiledCorpus(root: string): { compiled: CompiledCorpus; check: CheckResult } {
  const check = checkCorpus(root);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !check.compiled) {
    if (errors.length) throw InputError.of(errors);
    throw new InputError({ file: displayPath(root), line: 0, column: 0, code: 'corpus-incomplete', message: 'the corpus lacks states.yaml or vocabulary.yaml', hint: 'run `pacta check` for details' });
  }
  return { compiled: check.compiled, check };
}

/** A treaty named by id (`ussr-prk-1961`) or by its folder (`corpus/ussr-prk-1961`). */
export function resolveTreatyId(arg: string, compiled: CompiledCorpus): string {
  const asDir = resolve(arg);
  const id = existsSync(asDir) && statSync(asDir).isDirectory() ? basename(asDir) : arg;
  if (compiled.treaties.some((t) => t.treaty.id === id)) return id;
  throw new InputError({
    file: arg,
    line: 0,
    column: 0,
    code: 'unknown-treaty',
    message: `unknown treaty "${arg}"`,
    hint: `use one of: ${compiled.treaties.map((t) => t.treaty.id).join(', ')}`,
  });
}

export function parseDateOption(value: string, option: string): string {
  if (isIsoDate(value)) return value;
  throw new InputError({ file: option, line: 0, column: 0, code: 'bad-date', message: `${option} ${JSON.stringify(value)}: ${isoDateProblem(value) ?? 'not a date'}`, hint: 'write the date as YYYY-MM-DD, e.g. 1996-09-10' });
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
