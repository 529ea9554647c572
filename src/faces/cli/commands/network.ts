/**
 * `pacta network --at DATE [--code CODE] [--format text|json|edges]`: who owes what to whom on a
 * day, under which treaty and words (edges bearer → beneficiary; `edges` is a CSV edge list).
 * `pacta network --dyad-years [--from YEAR] [--to YEAR] [--code CODE] [--format csv|json]`: the
 * ATOP-comparable directed dyad-year rows (README, "Dyad-year data").
 */
import { ATOP_CODE_NAMES, type AtopCodeName, type NetworkResult } from '../../../model/index.js';
import { codedDyads, dyadYears, dyadYearsCsv, networkAt, networkEdgesCsv } from '../../../export/index.js';
import { compiledCorpus, parseDateOption, resolveCorpusRoot } from '../corpus-access.js';
import { lastDayCell } from '../dates.js';
import { usageError } from '../errors.js';
import { table } from '../table.js';
import type { RegisterCommand } from './index.js';

interface NetworkOptions {
  at?: string;
  dyadYears?: boolean;
  code?: string;
  format?: string;
  json?: boolean;
  from?: string;
  to?: string;
  corpus?: string;
}

const NETWORK_FORMATS = ['text', 'json', 'edges'];
const YEAR_FORMATS = ['csv', 'json'];

export const registerNetwork: RegisterCommand = (program, { io }) => {
  program
    .command('network')
    .description(
      'the defence network: who owes what to whom on a day (--at), or directed dyad-year data comparable with ATOP (--dyad-years)',
    )
    .option('--at <date>', 'the day, YYYY-MM-DD: the edges (A owes B) that hold on it')
    .option('--dyad-years', 'one row per directed dyad, treaty and year, with the five ATOP codes and day-level dates')
    .option('--code <code>', `only where this code is 1 or unknown: ${ATOP_CODE_NAMES.join(', ')}`)
    .option('--format <format>', 'with --at: text (default), json or edges (CSV); with --dyad-years: csv (default) or json')
    .option('--from <year>', 'with --dyad-years: the first year (default: the first year a dyad holds)')
    .option('--to <year>', 'with --dyad-years: the last year (default: the year of the last recorded event)')
    .option('--json', 'the same as --format json')
    .option('--corpus <dir>', 'corpus folder')
    .action((opts: NetworkOptions) => {
      const code = parseCode(opts.code);
      if (opts.json) {
        if (opts.format !== undefined && opts.format !== 'json')
          throw usageError('--json', `--json and --format ${opts.format} ask for different formats`, 'give one of them');
        opts.format = 'json';
      }
      if (opts.dyadYears) {
        if (opts.at !== undefined)
          throw usageError(
            '--at',
            '--at and --dyad-years ask for different things',
            'give --at DATE for the network on a day, or --dyad-years for the rows',
          );
        const format = parseFormat(opts.format, YEAR_FORMATS, 'csv', '--dyad-years');
        const from = parseYear(opts.from, '--from');
        const to = parseYear(opts.to, '--to');
        if (from !== undefined && to !== undefined && from > to)
          throw usageError('--from', `--from ${from} is after --to ${to}`, 'give the first year first, e.g. --from 1990 --to 1995');
        const { compiled, check } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
        const result = dyadYears(compiled, check, {
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
          ...(code ? { code } : {}),
        });
        io.stdout.write(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : dyadYearsCsv(result));
        return;
      }
      for (const [option, given] of [
        ['--from', opts.from],
        ['--to', opts.to],
      ] as const)
        if (given !== undefined) throw usageError(option, `${option} applies to --dyad-years only`, 'add --dyad-years, or leave it out');
      if (opts.at === undefined)
        throw usageError('pacta network', 'which day? give --at DATE, or --dyad-years', 'e.g. pacta network --at 1990-06-01', 'bad-usage');
      const date = parseDateOption(opts.at, '--at');
      const format = parseFormat(opts.format, NETWORK_FORMATS, 'text', '--at');
      const { compiled, check } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
      const result = networkAt(compiled, check, date, code ?? null, codedDyads(compiled, check));
      io.stdout.write(
        format === 'json' ? JSON.stringify(result, null, 2) + '\n' : format === 'edges' ? networkEdgesCsv(result) : humanNetwork(result),
      );
    });
};

function parseCode(value: string | undefined): AtopCodeName | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if ((ATOP_CODE_NAMES as readonly string[]).includes(upper)) return upper as AtopCodeName;
  throw usageError('--code', `--code ${JSON.stringify(value)}: not an ATOP code`, `use one of ${ATOP_CODE_NAMES.join(', ')}`);
}

function parseFormat(value: string | undefined, formats: readonly string[], fallback: string, mode: string): string {
  if (value === undefined) return fallback;
  if (formats.includes(value)) return value;
  throw usageError(
    '--format',
    `--format ${JSON.stringify(value)}: not a format of ${mode}`,
    `with ${mode}, use --format ${formats.join(', --format ')}`,
  );
}

function parseYear(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,4}$/.test(value) && Number(value) >= 1) return Number(value);
  throw usageError(option, `${option} ${JSON.stringify(value)}: not a year`, 'give a year from 1 to 9999, e.g. 1991');
}

function humanNetwork(result: NetworkResult): string {
  const head = `Defence network on ${result.date}${result.code ? ` (${result.code} 1 or unknown)` : ''}: ${result.edges.length} edge${result.edges.length === 1 ? '' : 's'} between ${result.nodes.length} state${result.nodes.length === 1 ? '' : 's'}`;
  if (!result.edges.length) return `${head}.\n`;
  const rows = result.edges.map((e) => [
    `${e.from} → ${e.to}`,
    e.treaty,
    e.codes.flatMap((c) => (c.value === 1 ? [c.code] : c.value === null ? [`${c.code}?`] : [])).join(' '),
    e.provisions
      .map((p) => `Art. ${p.article}`)
      .filter((a, i, all) => all.indexOf(a) === i)
      .join(', '),
    e.since ?? 'unknown',
    lastDayCell(e.until, 'open'),
  ]);
  return `${head}:\n${table(['owes', 'treaty', 'codes', 'articles', 'from', 'last day'], rows)}\n(CODE? unknown: see --format json for the reason)\n`;
}
