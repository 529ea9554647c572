/**
 * `pacta diff TREATY_A TREATY_B [--json | --format text|md|html] [--scenario FILE]`: provisions
 * aligned and every difference graded, lifecycle side by side, a plain-language summary and, with a
 * scenario, the two treaties' outcomes side by side.
 */
import { cellWords, compareTreaties, listCounts, type OutcomeCell } from '../../../compare/index.js';
import { comparisonHtml, comparisonMarkdown, type TreatyComparison } from '../../../compare/index.js';
import { compiledCorpus, readScenario, resolveCorpusRoot, resolveTreatyId } from '../corpus-access.js';
import { usageError } from '../errors.js';
import { table } from '../table.js';
import { shortReason } from '../why-not.js';
import type { RegisterCommand } from './index.js';

const FORMATS = ['text', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];

export const registerDiff: RegisterCommand = (program, { io }) => {
  program
    .command('diff')
    .description('compare two treaties provision by provision: aligned provisions, graded differences, lifecycle, summary')
    .argument('<treaty-a>', 'treaty id or folder (the earlier, or the reference)')
    .argument('<treaty-b>', 'treaty id or folder (grades read from A to B)')
    .option('--format <format>', 'text, md or html', 'text')
    .option('--scenario <file>', 'also run this scenario against both treaties and compare the outcomes')
    .option('--corpus <dir>', 'corpus folder')
    .option('--json', 'machine-readable output')
    .action((aArg: string, bArg: string, opts: { format: string; scenario?: string; corpus?: string; json?: boolean }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        throw usageError('--format', `unknown format "${opts.format}"`, 'use --format text, md or html (or --json)');
      }
      const { compiled, check } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
      const a = resolveTreatyId(aArg, compiled);
      const b = resolveTreatyId(bArg, compiled);
      const scenario = opts.scenario ? readScenario(opts.scenario, check) : undefined;
      const result = compareTreaties(compiled, a, b, { scenario, scenarioName: opts.scenario });
      if (opts.json) io.stdout.write(JSON.stringify(result, null, 2) + '\n');
      else io.stdout.write(render(result, opts.format as Format));
    });
};

function render(c: TreatyComparison, format: Format): string {
  if (format === 'md') return comparisonMarkdown(c);
  if (format === 'html') return comparisonHtml(c);
  return humanDiff(c);
}

/** Terminal tables: the summary, the aligned pairs with their graded fields, one-sided provisions, lifecycle, behaviour. */
export function humanDiff(c: TreatyComparison): string {
  const out: string[] = [`${c.a.id} → ${c.b.id}`, c.reading, '', 'Summary:'];
  for (const claim of c.summary) out.push(`  - ${claim.text}`);
  const counted = listCounts(c.counts);
  out.push('', `Aligned provisions (${counted.aligned}):`);
  const pairs = c.matches.flatMap((m) => m.pairs.map((p) => ({ m, p })));
  out.push(
    table(
      ['A', 'B', 'match', 'alike', 'grade', 'differences'],
      pairs.map(({ m, p }) => [
        `${p.a.id} (${p.a.label})`,
        `${p.b.id} (${p.b.label})`,
        m.shape,
        `${Math.round(p.score * 100)}%`,
        p.grade,
        p.differences.map((d) => `${d.field}: ${d.grade}`).join(', '),
      ]),
    ),
  );
  const only = [...c.onlyInA, ...c.onlyInB];
  out.push(
    '',
    `In one treaty only (${c.a.id}: ${counted.onlyInA}; ${c.b.id}: ${counted.onlyInB}):`,
    table(
      ['treaty', 'provision', 'article', 'change', 'grade'],
      only.map((o) => [o.side === 'a' ? c.a.id : c.b.id, o.provision.id, o.provision.label, o.change, o.grade]),
    ),
  );
  out.push(
    '',
    `Lifecycle (${counted.lifecycle}):`,
    table(
      ['aspect', c.a.id, c.b.id, 'grade'],
      c.lifecycle.map((r) => [r.aspect, r.a, r.b, r.grade]),
    ),
  );
  if (c.behaviour) {
    const b = c.behaviour;
    out.push('', `Behaviour: ${b.scenario}`);
    for (const a of b.assumptions) out.push(`  - ${a}`);
    for (const w of b.warnings) out.push(`  warning: ${w}`);
    for (const run of b.runs) {
      const rows = run.rows.filter((r) => r.differs);
      out.push(
        '',
        `Readings ${Object.entries(run.readings)
          .map(([t, r]) => `${t}=${r}`)
          .join(', ')}: ${rows.length} difference${rows.length === 1 ? '' : 's'}`,
      );
      if (rows.length)
        out.push(
          table(
            ['provisions', 'bearer → beneficiary', c.a.id, c.b.id],
            rows.map((r) => [
              `${r.a?.provision ?? '—'} / ${r.b?.provision ?? '—'}`,
              `${r.bearer}${r.beneficiary ? ` → ${r.beneficiary}` : ''}`,
              side(r.a, r.pairing),
              side(r.b, r.pairing),
            ]),
          ),
        );
    }
  }
  out.push('', '(--format md or html for the full report with quotes and reasons; --json for the data)');
  return out.join('\n') + '\n';
}

/** One treaty's side of a behaviour row: "discharged on 2025-03-01 (owed from 2025-02-20)", "not-triggered: why (shortened)", or what has no row. */
function side(cell: OutcomeCell | null, pairing: Parameters<typeof cellWords>[1]): string {
  if (cell?.from === null) return `${cell.outcome}${cell.reason ? `: ${shortReason(cell.reason, 60)}` : ''}`;
  return cellWords(cell, pairing);
}
