/**
 * `pacta obligations --if "armed-attack by RUS against FIN at fin-territory on 2024-06-01" [--json]`:
 * who would owe which duties to whom if that happened — under which treaty, article and reading,
 * and on what ground each state is bound that day — and which duties would bind no one, and why.
 * The engine answers (src/engine/hypothetical); this prints it.
 */
import {
  describeChoice,
  HYPOTHESIS_SYNTAX,
  HypothesisError,
  parseHypothesisText,
  resolveHypothesis,
  whoMustHelp,
} from '../../../engine/index.js';
import {
  endInWords,
  type CompiledCorpus,
  type Hypothesis,
  type HypotheticalAnswer,
  type HypotheticalDuty,
  type IsoDate,
  type NothingOwed,
} from '../../../model/index.js';
import { lastDayCell } from '../dates.js';
import { compiledCorpus, resolveCorpusRoot } from '../corpus-access.js';
import { usageError } from '../errors.js';
import { table } from '../table.js';
import { shortReason } from '../why-not.js';
import type { RegisterCommand } from './index.js';

export const registerObligations: RegisterCommand = (program, { io }) => {
  program
    .command('obligations')
    .description(
      'who would owe which duties to whom if an event happened (an armed attack on a state, on a day), and who would owe nothing and why',
    )
    .requiredOption('--if <event>', `the event: ${HYPOTHESIS_SYNTAX}`)
    .option('--corpus <dir>', 'corpus folder')
    .option('--json', 'machine-readable output')
    .action((opts: { if: string; corpus?: string; json?: boolean }) => {
      const { compiled } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
      const answer = whoMustHelp(compiled, hypothesisOf(compiled, opts.if));
      io.stdout.write(opts.json ? JSON.stringify(answer, null, 2) + '\n' : humanObligations(answer));
    });
};

/** The question, parsed and checked; a part that cannot be used is refused (exit 2), naming it. */
function hypothesisOf(compiled: CompiledCorpus, text: string): Hypothesis {
  try {
    return resolveHypothesis(compiled, parseHypothesisText(text));
  } catch (error) {
    if (!(error instanceof HypothesisError)) throw error;
    const part = error.field === 'if' ? '' : `${error.field}: `;
    throw usageError('--if', `--if ${JSON.stringify(text)}: ${part}${error.message}`, error.hint);
  }
}

const readingsWords = (row: Pick<HypotheticalDuty, 'readings' | 'everyReading'>): string =>
  row.everyReading ? 'every reading' : row.readings.map((c) => describeChoice(c) || 'default').join(' | ');

const pair = (bearer: string, beneficiary: string | null) => `${bearer}${beneficiary ? ` → ${beneficiary}` : ''}`;

export function humanObligations(a: HypotheticalAnswer): string {
  const out: string[] = [`If: ${describe(a)}`, ''];
  if (a.treaties.length === 0) out.push('No treaty of the corpus has a party the event names.');
  else {
    out.push('Treaties looked at:');
    for (const t of a.treaties)
      out.push(
        `  ${t.treaty} (${t.status} on ${a.hypothesis.on}): ${t.because}; ${t.runs} ${t.runs === 1 ? 'run' : 'runs'}${t.terms.length ? ` (every reading of ${t.terms.join(', ')})` : ''}`,
      );
  }
  for (const n of a.notParty) out.push(`  ${n.text}`);
  out.push('', a.owed.length ? `Owed (${a.owed.length}):` : 'Owed: nothing.');
  if (a.owed.length) {
    out.push(indent(dutyTable(a.owed)));
    out.push('', 'Why they are bound:');
    out.push(...groundLines(a.owed));
  }
  if (a.undecided.length) {
    out.push('', `Undecided (${a.undecided.length}): may or may not be owed`);
    out.push(
      indent(
        table(
          ['treaty', 'article', 'bearer → beneficiary', 'reading', 'why'],
          a.undecided.map((d) => [d.treaty, d.article, pair(d.bearer, d.beneficiary), readingsWords(d), shortReason(d.why)]),
        ),
      ),
    );
  }
  out.push('', a.owesNothing.length ? 'Owes nothing:' : 'Owes nothing: no one the event concerns.');
  out.push(...nothingSection(a.owesNothing));
  if (a.setAside.length) out.push('', 'Set aside:', ...a.setAside.map((s) => `  ${s.text}`));
  if (a.warnings.length) out.push('', 'Warnings:', ...a.warnings.map((w) => `  ${w}`));
  return out.join('\n') + '\n';
}

function describe(a: HypotheticalAnswer): string {
  const h = a.hypothesis;
  const parts = [
    h.event,
    h.by && `by ${h.by}`,
    h.against && `against ${h.against}`,
    h.to && `to ${h.to}`,
    h.at && `at ${h.at.join(', ')}`,
    `on ${h.on}`,
  ];
  return parts.filter(Boolean).join(' ');
}

function dutyTable(rows: readonly HypotheticalDuty[]): string {
  return table(
    ['treaty', 'article', 'bearer → beneficiary', 'duty', 'outcome', 'from', 'due by (last day)', 'reading'],
    rows.map((d) => [
      d.treaty,
      d.article,
      pair(d.bearer, d.beneficiary),
      d.duty,
      d.outcome,
      d.from ?? '',
      lastDayCell(d.deadline, ''),
      readingsWords(d),
    ]),
  );
}

/** Per provision: its quote, the grounds its rows share (the treaty, the beneficiary, the area) once, then each bearer's. */
function groundLines(rows: readonly HypotheticalDuty[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const d of rows) {
    const key = `${d.treaty}/${d.provision}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mine = rows.filter((r) => r.treaty === d.treaty && r.provision === d.provision);
    out.push(`  ${d.treaty} Art. ${d.article} (${d.provision}): "${d.quote.text}"`);
    const shared = new Set<string>();
    for (const g of d.grounds)
      if (g.ground !== 'bearer-party' && mine.every((r) => r.grounds.some((x) => x.text === g.text))) shared.add(g.text);
    for (const text of shared) out.push(`    - ${text}`);
    const own = new Set<string>();
    for (const r of mine) {
      for (const g of r.grounds) if (!shared.has(g.text)) own.add(g.text);
      if (r.note) own.add(r.note);
    }
    for (const text of own) out.push(`    - ${text}`);
  }
  return out;
}

/**
 * Per provision, its reasons: a group with many pairs on one line with its pairs; groups of one pair
 * each for the same reason (each acceding state with its own day) on one line together.
 */
function nothingSection(groups: readonly NothingOwed[]): string[] {
  const out: string[] = [];
  const byProvision = new Map<string, NothingOwed[]>();
  for (const n of groups) {
    const key = `${n.treaty}/${n.provision}`;
    byProvision.set(key, [...(byProvision.get(key) ?? []), n]);
  }
  for (const list of byProvision.values()) {
    const first = list[0]!;
    out.push(`  ${first.treaty} Art. ${first.article} (${first.provision}):`);
    const byReason = new Map<string, NothingOwed[]>();
    for (const n of list) byReason.set(`${n.reason}|${readingsWords(n)}`, [...(byReason.get(`${n.reason}|${readingsWords(n)}`) ?? []), n]);
    for (const same of byReason.values()) {
      const compact = same.length > 1 && same.every((n) => n.pairs.length === 1 && n.state !== undefined && n.on !== undefined);
      if (compact) {
        const head = same[0]!;
        const items = same.map((n) => `${pair(n.pairs[0]!.bearer, n.pairs[0]!.beneficiary)} (${n.state} ${dayWords(n.reason, n.on!)})`);
        out.push(`    ${head.reason}, under ${readingsWords(head)}: ${items.join(', ')}`);
        continue;
      }
      for (const n of same) {
        const pairs = n.pairs.map((p) => pair(p.bearer, p.beneficiary));
        out.push(`    ${n.reason}, under ${readingsWords(n)}: ${n.text}`);
        out.push(`      ${pairs.length} ${pairs.length === 1 ? 'pair' : 'pairs'}: ${pairs.join(', ')}`);
      }
    }
  }
  return out;
}

/** The day that decides a reason, in words: "bound from D", "bound to D (last day D−1)", "suspended since D". */
function dayWords(reason: string, on: IsoDate): string {
  if (reason === 'not-yet-a-party') return `bound from ${on}`;
  if (reason === 'no-longer-a-party') return `bound ${endInWords(on)}`;
  if (reason === 'suspended') return `suspended since ${on}`;
  return `on ${on}`;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
