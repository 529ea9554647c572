/** `pacta check [TREATY_DIR…]`: validation and coverage report. Exit 1 when there is an error. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusRootOf } from '../../../corpus/index.js';
import { coverageFigure, describeCoverage, formatDiagnostic } from '../../../model/index.js';
import { checkedCorpus, resolveCorpusRoot } from '../corpus-access.js';
import { table } from '../table.js';
import { inputError } from '../errors.js';
import { EXIT_FINDING } from '../exit-codes.js';
import type { RegisterCommand } from './index.js';

export const registerCheck: RegisterCommand = (program, { io, report }) => {
  program
    .command('check')
    .description('prove treaty folders sound: schemas, references, quotes verbatim in their sources, coverage of every operative sentence')
    .argument('[treaty-dirs...]', 'treaty folders (default: every treaty of the corpus)')
    .option('--corpus <dir>', 'corpus folder (default: ./corpus, else the bundled corpus)')
    .option('--json', 'machine-readable output')
    .action((given: string[], opts: { corpus?: string; json?: boolean }) => {
      // A corpus folder given alone (`pacta check corpus`) means every treaty in it, as no argument does.
      const corpusGiven = given.length === 1 && !opts.corpus && isCorpusFolder(given[0]!);
      if (corpusGiven) opts = { ...opts, corpus: given[0]! };
      const dirs = corpusGiven ? [] : given;
      for (const dir of dirs) if (!existsSync(dir)) throw noSuchFolder(dir);
      const root = dirs.length && !opts.corpus ? corpusAround(dirs[0]!) : resolveCorpusRoot(opts.corpus, io.env);
      const result = checkedCorpus(root, dirs.length ? dirs.map((d) => resolve(d)) : undefined);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) report(EXIT_FINDING);
      if (opts.json) {
        const out = {
          ok: errors.length === 0,
          diagnostics: result.diagnostics,
          treaties: result.treaties.map((t) => ({ id: t.id, coverage: t.coverage })),
        };
        io.stdout.write(JSON.stringify(out, null, 2) + '\n');
        return;
      }
      for (const d of result.diagnostics) io.stdout.write(formatDiagnostic(d) + '\n');
      if (result.diagnostics.length) io.stdout.write('\n');
      const rows = result.treaties.flatMap((t) =>
        t.coverage.map((c) => [
          t.id,
          c.file,
          String(c.totals.sentences),
          String(c.totals.covered),
          String(c.totals['non-operative']),
          String(c.totals.partial + c.totals.uncovered),
          coverageFigure(c),
        ]),
      );
      io.stdout.write(table(['treaty', 'source', 'sentences', 'covered', 'non-operative', 'uncovered', 'coverage'], rows) + '\n\n');
      // Text a source lacks (issue 15): its gaps, apart from covered and non-operative text.
      const gapped = result.treaties.flatMap((t) =>
        t.coverage.filter((c) => c.gaps.length).map((c) => `${t.id}, ${c.file}: ${describeCoverage(c)}\n`),
      );
      if (gapped.length) io.stdout.write(gapped.join('') + '\n');
      io.stdout.write(
        errors.length
          ? `${errors.length} error${errors.length > 1 ? 's' : ''}.\n`
          : `OK: ${result.treaties.length} treat${result.treaties.length === 1 ? 'y' : 'ies'} checked, no errors.\n`,
      );
    });
};

/** A folder holding states.yaml and no treaty.yaml: a corpus, not a treaty. */
function isCorpusFolder(dir: string): boolean {
  return existsSync(join(dir, 'states.yaml')) && !existsSync(join(dir, 'treaty.yaml'));
}

/** A treaty folder given without --corpus: the corpus is the folder around it, which must hold states.yaml (bad input, exit 2). */
function corpusAround(dir: string): string {
  const root = corpusRootOf(resolve(dir));
  if (existsSync(join(root, 'states.yaml'))) return root;
  throw inputError(
    dir,
    `not in a corpus folder: ${join(dir, '..')} holds no states.yaml`,
    'a treaty folder lies in a corpus folder beside states.yaml and vocabulary.yaml: move it there, or name the corpus with --corpus DIR',
    { code: 'not-a-corpus' },
  );
}

function noSuchFolder(dir: string) {
  return inputError(dir, 'no such folder', 'give a treaty folder such as corpus/ussr-prk-1961, or no folder to check the whole corpus', {
    code: 'no-such-folder',
  });
}
