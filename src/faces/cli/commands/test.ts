/** `pacta test [PATH…]`: run the `expect` blocks of scenarios. Exit 1 on any mismatch. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkExpectations, evaluateScenario } from '../../../engine/index.js';
import { displayPath } from '../../../corpus/index.js';
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
        const outcomes = checkExpectations(evaluateScenario(compiled, scenario), scenario.expect);
        return { file: displayPath(file), title: scenario.title, outcomes };
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
        out.push(
          `${bad.length ? 'FAIL' : 'ok  '} ${r.file} — ${r.title} (${r.outcomes.length} expectation${r.outcomes.length === 1 ? '' : 's'})`,
        );
        for (const o of bad) {
          out.push(`     expected: ${o.expected}`);
          for (const a of o.actual) out.push(`     actual:   ${a}`);
        }
      }
      out.push('', `${files.length} scenarios: ${passed} expectations passed, ${failed} failed`);
      io.stdout.write(out.join('\n') + '\n');
    });
};
