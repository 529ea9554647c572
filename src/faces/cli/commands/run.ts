/** `pacta run SCENARIO [--provision ID]`: evaluate a scenario under each combination of its readings. */
import { describeChoice, evaluateScenario, rowInWords } from '../../../engine/index.js';
import type { ObligationResult, RunResult } from '../../../model/index.js';
import { onlyProvision, refuseProvision } from '../../../engine/index.js';
import { compiledCorpus, readScenario, resolveCorpusRoot } from '../corpus-access.js';
import { usageError } from '../errors.js';
import { lastDayCell } from '../dates.js';
import { differsFromTreaty, suspensionWords } from '../parties.js';
import { boundAs, statusRuns } from '../../../model/index.js';
import { table } from '../table.js';
import { isWhyNot, shortReason, whyNotText } from '../why-not.js';
import type { RegisterCommand } from './index.js';

export const registerRun: RegisterCommand = (program, { io }) => {
  program
    .command('run')
    .description('evaluate a scenario: treaty status over time, obligations and their outcomes, with explanations')
    .argument('<scenario>', 'scenario file (YAML)')
    .option('--provision <id>', 'only this duty (an obligation or a prohibition): its rows, each binding, with why none arose')
    .option('--corpus <dir>', 'corpus folder')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: { provision?: string; corpus?: string; json?: boolean }) => {
      const { compiled, check } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
      const scenario = readScenario(file, check);
      const { provision } = opts;
      if (provision !== undefined) {
        const refused = refuseProvision(compiled, scenario.treaties, provision);
        if (refused) throw usageError('--provision', `--provision ${JSON.stringify(provision)}: ${refused.message}`, refused.hint);
      }
      const all = evaluateScenario(compiled, scenario);
      const result = provision === undefined ? all : onlyProvision(compiled, all, provision);
      io.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : humanRun(result, provision));
    });
};

const binding = (o: ObligationResult) => `${o.bearer}${o.beneficiary ? ` → ${o.beneficiary}` : ''}`;

/**
 * A run in tables: statuses, parties, suspensions, then every obligation row — the duties that
 * arose, then those that did not, with why not in a shortened reason column — and the explanation of
 * each duty that rests on an event. Given one provision (`--provision`), the explanation of each of
 * its rows, why-not rows whole.
 */
export function humanRun(result: RunResult, provision?: string): string {
  const out: string[] = [`Scenario: ${result.scenario}`];
  if (provision !== undefined) out.push(`Provision: ${provision}`);
  for (const w of result.warnings) out.push(`warning: ${w}`);
  for (const run of result.runs) {
    out.push('', `── Readings: ${describeChoice(run.readings)}`, '');
    const statusRows = run.treaties.flatMap((t) =>
      t.intervals.map((i) => [t.id, i.status, i.from ?? '…', lastDayCell(i.to), i.term ? String(i.term) : '', i.cause ?? '']),
    );
    out.push(table(['treaty', 'status', 'from', 'last day', 'term', 'cause'], statusRows), '');
    // Each party whose course differs from its treaty's (another status on some day, or a continuator in its place).
    const partyRows = run.treaties.flatMap((t) =>
      t.parties
        .filter((p) => differsFromTreaty(p.intervals, t.intervals))
        .flatMap((p) =>
          statusRuns(p.intervals).map((r) => [
            t.id,
            p.party,
            boundAs(p.party, r.state),
            r.status,
            r.from ?? '…',
            lastDayCell(r.to),
            r.cause ?? '',
          ]),
        ),
    );
    if (partyRows.length) out.push(table(['treaty', 'party', 'state', 'status', 'from', 'last day', 'cause'], partyRows), '');
    const suspensions = run.treaties.flatMap((t) =>
      (t.suspensions ?? []).map((s) => [t.id, suspensionWords(s), s.from, lastDayCell(s.to)]),
    );
    if (suspensions.length) out.push(table(['treaty', 'between parties', 'from', 'last day'], suspensions), '');
    const arose = run.obligations.filter((o) => !isWhyNot(o));
    const whyNot = run.obligations.filter(isWhyNot);
    out.push(
      table(
        ['treaty', 'provision', 'art.', 'bearer → beneficiary', 'outcome', 'reason'],
        [...arose, ...whyNot].map((o) => [
          o.treaty,
          o.provision,
          o.article,
          binding(o),
          rowInWords(o),
          isWhyNot(o) ? shortReason(whyNotText(o)) : '',
        ]),
      ),
    );
    if (whyNot.length && provision === undefined)
      out.push(
        `(${whyNot.length} ${whyNot.length === 1 ? 'row' : 'rows'} where no duty arose: --provision ID gives the reason whole, --json every step)`,
      );
    // A standing duty or a prohibition kept day after day rests on no event: its row says it all, unless one provision is asked about.
    const explained =
      provision === undefined
        ? arose.filter((o) => !(o.outcome === 'active' && o.events.length === 0) && o.outcome !== 'kept')
        : [...arose, ...whyNot];
    for (const o of explained) {
      out.push('', `${o.provision} (${binding(o)}): ${o.outcome.toUpperCase()}${isWhyNot(o) ? ' — why not' : ''}`);
      for (const step of o.explanation.filter((s) => s.step !== 'lifecycle' && s.step !== 'rule')) out.push(`  - ${step.text}`);
    }
  }
  if (result.differences.length) {
    out.push('', 'Where the readings differ:');
    for (const d of result.differences) out.push(`  - ${d.summary}`);
  }
  return out.join('\n') + '\n';
}
