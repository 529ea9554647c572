/** `pacta run SCENARIO`: evaluate a scenario under each combination of its readings. */
import { describeChoice, evaluateScenario } from '../../../engine/index.js';
import type { RunResult } from '../../../model/index.js';
import { compiledCorpus, readScenario, resolveCorpusRoot } from '../corpus-access.js';
import { boundAs, differsFromTreaty, statusRuns, suspensionWords } from '../parties.js';
import { table } from '../table.js';
import type { RegisterCommand } from './index.js';

export const registerRun: RegisterCommand = (program, { io }) => {
  program
    .command('run')
    .description('evaluate a scenario: treaty status over time, obligations and their outcomes, with explanations')
    .argument('<scenario>', 'scenario file (YAML)')
    .option('--corpus <dir>', 'corpus folder')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: { corpus?: string; json?: boolean }) => {
      const { compiled, check } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
      const scenario = readScenario(file, check);
      const result = evaluateScenario(compiled, scenario);
      io.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : humanRun(result));
    });
};

export function humanRun(result: RunResult): string {
  const out: string[] = [`Scenario: ${result.scenario}`];
  for (const w of result.warnings) out.push(`warning: ${w}`);
  for (const run of result.runs) {
    out.push('', `── Readings: ${describeChoice(run.readings)}`, '');
    const statusRows = run.treaties.flatMap((t) =>
      t.intervals.map((i) => [t.id, i.status, i.from ?? '…', i.to ?? '…', i.term ? String(i.term) : '', i.cause ?? '']),
    );
    out.push(table(['treaty', 'status', 'from', 'to', 'term', 'cause'], statusRows), '');
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
            r.to ?? '…',
            r.cause ?? '',
          ]),
        ),
    );
    if (partyRows.length) out.push(table(['treaty', 'party', 'state', 'status', 'from', 'to', 'cause'], partyRows), '');
    const suspensions = run.treaties.flatMap((t) => (t.suspensions ?? []).map((s) => [t.id, suspensionWords(s), s.from, s.to ?? '…']));
    if (suspensions.length) out.push(table(['treaty', 'between parties', 'from', 'to'], suspensions), '');
    const triggered = run.obligations.filter((o) => !(o.outcome === 'active' && o.events.length === 0) && o.outcome !== 'kept');
    const standing = run.obligations.length - triggered.length;
    out.push(
      table(
        ['treaty', 'provision', 'art.', 'bearer → beneficiary', 'from', 'to', 'outcome'],
        triggered.map((o) => [
          o.treaty,
          o.provision,
          o.article,
          `${o.bearer}${o.beneficiary ? ` → ${o.beneficiary}` : ''}`,
          o.from ?? '',
          o.to ?? '',
          o.outcome,
        ]),
      ),
    );
    if (standing) out.push(`(${standing} standing duties active or prohibitions kept while in force; --json lists them)`);
    for (const o of triggered) {
      out.push('', `${o.provision} (${o.bearer}${o.beneficiary ? ` → ${o.beneficiary}` : ''}): ${o.outcome.toUpperCase()}`);
      for (const step of o.explanation.filter((s) => s.step !== 'lifecycle' && s.step !== 'rule')) out.push(`  - ${step.text}`);
    }
  }
  if (result.differences.length) {
    out.push('', 'Where the readings differ:');
    for (const d of result.differences) out.push(`  - ${d.summary}`);
  }
  return out.join('\n') + '\n';
}
