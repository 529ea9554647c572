/**
 * `pacta status TREATY --at DATE [--party X] [--scenario FILE] [--provision ID]`: is it in force on
 * that day, for whom, and why; with `--provision`, that duty's rows on the day — the duties active
 * or decided that day, or why none arose.
 */
import { dutyIds, EngineInputError, HISTORY_ONLY, provisionAt, rowInWords, statusAt } from '../../../engine/index.js';
import type { CompiledCorpus, ObligationResult, ScenarioFile, StatusResult } from '../../../model/index.js';
import { partiesHint } from '../../http/index.js';
import { compiledCorpus, parseDateOption, parseStateOption, readScenario, resolveCorpusRoot, resolveTreatyId } from '../corpus-access.js';
import { usageError } from '../errors.js';
import { suspensionWords } from '../parties.js';
import { boundAs, fromTo, lastDayBefore, spanInWords } from '../../../model/index.js';
import { lastDayCell } from '../dates.js';
import { table } from '../table.js';
import { isWhyNot } from '../why-not.js';
import type { RegisterCommand } from './index.js';

/** What `pacta status --json` prints: the status, and with `--provision` that provision's rows on the day. */
export type StatusOutput = StatusResult & { obligations?: ObligationResult[] };

export const registerStatus: RegisterCommand = (program, { io }) => {
  program
    .command('status')
    .description("a treaty's status on a day, and each party's: in force or not, since and until when, which term, and why")
    .argument('<treaty>', 'treaty id or folder')
    .requiredOption('--at <date>', 'the day, YYYY-MM-DD')
    .option(
      '--party <state>',
      "that party's status (a party's code, name or alias, or the state acting for it on that day, e.g. RUS for SUN)",
    )
    .option('--scenario <file>', 'evaluate under a scenario (its events, dropped history, readings)')
    .option(
      '--provision <id>',
      "that duty's rows on the day (an obligation or a prohibition): active or decided that day, or why none arose",
    )
    .option('--corpus <dir>', 'corpus folder')
    .option('--json', 'machine-readable output')
    .action(
      (treatyArg: string, opts: { at: string; party?: string; scenario?: string; provision?: string; corpus?: string; json?: boolean }) => {
        const date = parseDateOption(opts.at, '--at');
        const { compiled, check } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
        const treaty = resolveTreatyId(treatyArg, compiled);
        const scenario = opts.scenario ? readScenario(opts.scenario, check) : HISTORY_ONLY;
        const obligations = opts.provision === undefined ? undefined : provisionRows(compiled, treaty, opts.provision, date, scenario);
        const party = opts.party === undefined ? undefined : parseStateOption(opts.party, '--party', check);
        const status = partyStatus(compiled, treaty, date, scenario, party);
        const result: StatusOutput = obligations ? { ...status, obligations } : status;
        io.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : humanStatus(result, opts.provision));
      },
    );
};

/** provisionAt, with an unknown provision or one that is not a duty refused (exit 2) in the engine's words, listing the duties. */
function provisionRows(compiled: CompiledCorpus, treaty: string, provision: string, date: string, scenario: ScenarioFile) {
  try {
    return provisionAt(compiled, treaty, provision, date, scenario);
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    throw usageError(
      '--provision',
      `--provision ${JSON.stringify(provision)}: ${error.message}`,
      `give one of its duties (obligations and prohibitions): ${dutyIds(compiled, [treaty]).join(', ') || 'it has none'}`,
    );
  }
}

/** statusAt, with `--party` refused (exit 2) when it names no party on that day, listing those it may name. */
function partyStatus(
  compiled: CompiledCorpus,
  treaty: string,
  date: string,
  scenario: ScenarioFile,
  party: string | undefined,
): StatusResult {
  if (party === undefined) return statusAt(compiled, treaty, date, scenario);
  try {
    return statusAt(compiled, treaty, date, scenario, party);
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    throw usageError(
      '--party',
      `--party ${JSON.stringify(party)}: not a party to ${treaty} on ${date}`,
      partiesHint(statusAt(compiled, treaty, date, scenario).parties),
    );
  }
}

export function humanStatus(result: StatusOutput, provision?: string): string {
  const asked = result.party === null ? undefined : result.parties.find((p) => p.party === result.party);
  const whose = asked ? `, for ${boundAs(asked.party, asked.state)}` : '';
  const lines = [`${result.treaty} on ${result.date}${whose}: ${result.status.toUpperCase()}`];
  lines.push(...statusLines(result));
  // Each party's status where one differs from the treaty's or another party's, or a continuator stands in its place.
  const reference = asked ? result.parties[0]?.status : result.status;
  if (result.parties.some((p) => p.state !== p.party || p.status !== reference)) {
    lines.push('', 'Parties:');
    const rows = result.parties.map((p) => [p.party, boundAs(p.party, p.state), p.status, p.since ?? '…', lastDayCell(p.until)]);
    lines.push(...indent(table(['party', 'state', 'status', 'from', 'last day'], rows)));
  } else if (result.parties.length) {
    lines.push(`  parties ${result.parties.map((p) => p.party).join(', ')}: each ${result.parties[0]!.status}`);
  }
  if (result.suspensions.length) {
    lines.push('', 'Suspended between parties:');
    for (const s of result.suspensions) lines.push(`  ${suspensionWords(s)} ${fromTo(s.from, s.to)}`);
  }
  lines.push('', 'Why:');
  result.explanation.forEach((step, i) => lines.push(`  ${i + 1}. ${step.text}`));
  if (result.obligations) lines.push(...provisionLines(result, result.obligations, provision));
  return lines.join('\n') + '\n';
}

/** A provision's rows on the day, each with its explanation (less the steps the status above gives already). */
function provisionLines(
  status: StatusResult,
  rows: readonly ObligationResult[],
  provision = rows[0]?.provision ?? 'the provision',
): string[] {
  const { date } = status;
  const told = new Set(status.explanation.map((s) => s.text));
  const whyNot = rows.length > 0 && rows.every(isWhyNot);
  const lines = [
    '',
    rows.length === 0
      ? `${provision} on ${date}: no duty active or decided that day (those that arose ended before it; pacta run lists them).`
      : whyNot
        ? `${provision} on ${date}: no duty active or decided that day — why none arose:`
        : `${provision} on ${date}: ${rows.length} ${rows.length === 1 ? 'duty' : 'duties'} active or decided that day:`,
  ];
  for (const o of rows) {
    const binding = `${o.bearer}${o.beneficiary ? ` → ${o.beneficiary}` : ''}`;
    // rowInWords begins with the outcome (alone for a row without a day): the rest is its days.
    const days = rowInWords(o).slice(o.outcome.length);
    lines.push('', `${o.provision} (${binding}): ${o.outcome.toUpperCase()}${days}`);
    o.explanation
      .filter((s) => s.step !== 'lifecycle' && s.step !== 'rule' && !told.has(s.text))
      .forEach((step, i) => lines.push(`  ${i + 1}. ${step.text}`));
  }
  return lines;
}

/**
 * The status block in plain words, by the one wording of time: "in force from D1 to D2 (last day D3)",
 * "term 6, from … to … (last day …)", "notice by D (last day to give notice …)", "terminated on D
 * (last day in force D−1)". The JSON keeps the half-open `since`/`until`.
 */
function statusLines(result: StatusResult): string[] {
  const lines: string[] = [];
  const { status, since, until } = result;
  const words = status.replace(/-/g, ' ');
  if (status === 'terminated' && since) lines.push(`  terminated on ${since} (last day in force ${lastDayBefore(since)})`);
  else if (since || until) {
    const span = since ? fromTo(since, until) : spanInWords(null, until);
    const set = until && status === 'in-force' ? ', an end set by the recorded acts or the term' : '';
    lines.push(`  ${words} ${span}${set}`);
  }
  if (result.term) {
    const start = result.termStart ?? null;
    const span = result.termEnd ? spanInWords(start, result.termEnd) : `${start ? `from ${start}, ` : ''}ending after 9999-12-31`;
    lines.push(`  term ${result.term}, ${span}`);
  }
  if (result.noticeDeadline) lines.push(`  notice by ${result.noticeDeadline} (last day to give notice of non-renewal for this term)`);
  return lines;
}

const indent = (text: string) => text.split('\n').map((line) => `  ${line}`);
