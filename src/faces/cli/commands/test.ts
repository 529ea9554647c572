/** `pacta test [PATH…]`: run the `expect` blocks of scenarios. Exit 1 on any mismatch. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkExpectations, evaluateScenario, type ExpectationOutcome } from '../../../engine/index.js';
import { displayPath, locate, parseYaml, readCorpusText } from '../../../corpus/index.js';
import { compiledCorpus, readScenario, resolveCorpusRoot } from '../corpus-access.js';
import { inputError } from '../errors.js';
import { EXIT_FINDING } from '../exit-codes.js';
import type { RegisterCommand } from './index.js';

function scenarioFiles(path: string): string[] {
  if (!existsSync(path))
    throw inputError(displayPath(path), 'no such file or folder', 'give scenario files, treaty folders or the corpus folder', {
      code: 'file-missing',
    });
  if (statSync(path).isFile()) return [path];
  const entries = readdirSync(path).sort();
  return entries.flatMap((name) => {
    const full = join(path, name);
    if (statSync(full).isDirectory()) return scenarioFiles(full);
    return /\.ya?ml$/.test(name) && path.endsWith('scenarios') ? [full] : [];
  });
}

const NO_EXPECTATIONS = 'warning: no expectations, so nothing is checked: add an expect block (see the scenario format in the README)';

/** The line and column of each `expect` entry of a scenario file (1-based), read again from its text. */
function expectationPositions(file: string): (index: number) => { line: number; column: number } {
  const read = readCorpusText(file, displayPath(file));
  if (read.text === undefined) return () => ({ line: 1, column: 1 });
  const { yaml } = parseYaml(displayPath(file), read.text);
  return (index) => locate(yaml, ['expect', index]);
}

export const registerTest: RegisterCommand = (program, { io, report }) => {
  program
    .command('test')
    .description("check the scenarios' expectations (default: every scenario of the corpus)")
    .argument('[paths...]', 'scenario files, treaty folders or a corpus folder')
    .option('--corpus <dir>', 'corpus folder')
    .option('--json', 'machine-readable output')
    .action((paths: string[], opts: { corpus?: string; json?: boolean }) => {
      const root = resolveCorpusRoot(opts.corpus, io.env);
      const { compiled, check } = compiledCorpus(root);
      const files = (paths.length ? paths.map((p) => resolve(p)) : [root]).flatMap(scenarioFiles);
      const results = files.map((file) => {
        const scenario = readScenario(file, check);
        const checked = checkExpectations(evaluateScenario(compiled, scenario), scenario.expect);
        // Where each failed expectation stands in its file, so that an editor can jump to it.
        const at = checked.some((o) => !o.passed) ? expectationPositions(file) : undefined;
        const outcomes: (ExpectationOutcome & { line?: number; column?: number })[] = checked.map((o) =>
          o.passed || !at ? o : { ...o, ...at(o.index) },
        );
        return {
          file: displayPath(file),
          title: scenario.title,
          outcomes,
          ...(outcomes.length === 0 ? { warning: NO_EXPECTATIONS } : {}),
        };
      });
      const passed = results.flatMap((r) => r.outcomes).filter((o) => o.passed).length;
      const failed = results.flatMap((r) => r.outcomes).length - passed;
      if (failed) report(EXIT_FINDING);
      if (opts.json) {
        io.stdout.write(JSON.stringify({ passed, failed, scenarios: results }, null, 2) + '\n');
        return;
      }
      const out: string[] = [];
      for (const r of results) {
        const bad = r.outcomes.filter((o) => !o.passed);
        const mark = bad.length ? 'FAIL' : r.warning ? 'warn' : 'ok  ';
        out.push(`${mark} ${r.file} — ${r.title} (${r.outcomes.length} expectation${r.outcomes.length === 1 ? '' : 's'})`);
        if (r.warning) out.push(`     ${r.warning}`);
        for (const o of bad) {
          out.push(`     ${o.line !== undefined ? `${r.file}:${o.line}:${o.column}: ` : ''}expected: ${o.expected}`);
          for (const a of o.actual) out.push(`     actual:   ${a}`);
        }
      }
      const unchecked = results.filter((r) => r.warning).length;
      out.push(
        '',
        `${files.length} scenarios: ${passed} expectations passed, ${failed} failed` +
          (unchecked ? `; ${unchecked} scenario${unchecked === 1 ? '' : 's'} without expectations` : ''),
      );
      io.stdout.write(out.join('\n') + '\n');
    });
};
