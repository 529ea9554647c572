/** `pacta status TREATY --at DATE [--scenario FILE]`: is it in force on that day, and why. */
import { HISTORY_ONLY, statusAt } from '../../../engine/index.js';
import { compiledCorpus, parseDateOption, readScenario, resolveCorpusRoot, resolveTreatyId } from '../corpus-access.js';
import type { RegisterCommand } from './index.js';

export const registerStatus: RegisterCommand = (program, { io }) => {
  program
    .command('status')
    .description("a treaty's status on a day: in force or not, since and until when, which term, and why")
    .argument('<treaty>', 'treaty id or folder')
    .requiredOption('--at <date>', 'the day, YYYY-MM-DD')
    .option('--scenario <file>', 'evaluate under a scenario (its events, dropped history, readings)')
    .option('--corpus <dir>', 'corpus folder')
    .option('--json', 'machine-readable output')
    .action((treatyArg: string, opts: { at: string; scenario?: string; corpus?: string; json?: boolean }) => {
      const date = parseDateOption(opts.at, '--at');
      const { compiled, check } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
      const treaty = resolveTreatyId(treatyArg, compiled);
      const scenario = opts.scenario ? readScenario(opts.scenario, check) : HISTORY_ONLY;
      const result = statusAt(compiled, treaty, date, scenario);
      if (opts.json) {
        io.stdout.write(JSON.stringify(result, null, 2) + '\n');
        return;
      }
      const lines = [`${result.treaty} on ${result.date}: ${result.status.toUpperCase()}`];
      if (result.since) lines.push(`  since      ${result.since}`);
      if (result.until)
        lines.push(`  until      ${result.until}${result.status === 'in-force' ? ' (end set by the recorded acts or the term)' : ''}`);
      if (result.term) lines.push(`  term       ${result.term}, ending ${result.termEnd ?? 'beyond 9999-12-31'}`);
      if (result.noticeDeadline) lines.push(`  notice by  ${result.noticeDeadline} (last day to give notice for this term)`);
      lines.push('', 'Why:');
      result.explanation.forEach((step, i) => lines.push(`  ${i + 1}. ${step.text}`));
      io.stdout.write(lines.join('\n') + '\n');
    });
};
