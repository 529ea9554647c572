/**
 * `npm start`: the main job. Until the web workbench exists it checks the bundled corpus, prints a
 * summary (each treaty, its parties, its status today) and points to the CLI.
 */
import { Temporal } from 'temporal-polyfill';
import { statusAt } from '../engine/evaluate.js';
import { formatDiagnostic, InputError } from '../model/diagnostic.js';
import { compiledCorpus, resolveCorpusRoot } from './cli/corpus-access.js';
import { table } from './cli/table.js';

// Today as a calendar date where the user is: the one place Pacta reads the clock.
const today = Temporal.Now.plainDateISO().toString();
try {
  const root = resolveCorpusRoot();
  const { compiled, check } = compiledCorpus(root);
  const rows = compiled.treaties.map((t) => {
    const s = statusAt(compiled, t.treaty.id, today);
    const coverage = check.treaties.find((c) => c.id === t.treaty.id)?.coverage.map((c) => `${c.totals.percent}%`).join(', ') ?? '';
    return [t.treaty.id, t.treaty.parties.join(', '), `${t.treaty.signature.date}, ${t.treaty.signature.place}`, `${s.status}${s.since ? ` since ${s.since}` : ''}`, String(t.treaty.provisions.length), coverage];
  });
  console.log(`Pacta — treaties as executable, verifiable code\nCorpus: ${root}\n`);
  console.log(table(['treaty', 'parties', 'signed', `status on ${today}`, 'provisions', 'coverage'], rows));
  console.log(`
Try:
  npm run pacta -- status ussr-prk-1961 --at 1996-09-10
  npm run pacta -- run corpus/ussr-prk-1961/scenarios/attack-1985.yaml
  npm run pacta -- render prk-rus-2024 --format html > prk-rus-2024.html
  npm run pacta -- test
  npm run pacta -- --help`);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  for (const d of error.diagnostics) console.error(formatDiagnostic(d));
  process.exitCode = 2;
}
