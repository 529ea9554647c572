/** The comparison as Markdown: summary with its footing, aligned pairs field by field, lifecycle, behaviour, rules. */
import type { BehaviourComparison, Claim, OnlyIn, PairComparison, TreatyComparison } from '../schema.js';
import { cellWords } from '../behaviour-words.js';
import { listCounts } from '../counts.js';

const cell = (s: string | null | undefined) => (s ?? '—').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const gradeMark = (g: string) => `**${g}**`;

function claimLines(claim: Claim): string[] {
  const out = [`- ${claim.text}`];
  for (const b of claim.basis) out.push(`  - ${b.treaty} \`${b.provision}\`${b.article ? ` (${b.article})` : ''}: “${b.words}”`);
  return out;
}

function pairSection(c: TreatyComparison, p: PairComparison): string[] {
  const out = [`### ${c.a.id} ${p.a.label} \`${p.a.id}\` ↔ ${c.b.id} ${p.b.label} \`${p.b.id}\``, ''];
  out.push(
    `Grade ${gradeMark(p.grade)} (${p.counts.widens} widens, ${p.counts.narrows} narrows, ${p.counts.same} same, ${p.counts.unclear} unclear) · alignment score ${p.score}: ${p.reasons.map((r) => `${r.feature} ${r.similarity} (${r.detail})`).join('; ')}.`,
    '',
  );
  out.push(`> **A** (${p.a.kind}): ${p.a.quote}`, '>', `> **B** (${p.b.kind}): ${p.b.quote}`, '');
  if (p.differences.length) {
    out.push('| field | A | B | grade | why (rule) |', '|---|---|---|---|---|');
    for (const d of p.differences)
      out.push(`| ${d.field} | ${cell(d.a)} | ${cell(d.b)} | ${gradeMark(d.grade)} | ${cell(d.reason)} (${d.rule}) |`);
    out.push('');
  } else out.push('No differences.', '');
  if (p.identical.length) out.push(`Identical: ${p.identical.join(', ')}.`, '');
  return out;
}

function onlyInTable(list: readonly OnlyIn[]): string[] {
  if (!list.length) return ['None.', ''];
  const out = ['| provision | article | kind | grade | why | nearest |', '|---|---|---|---|---|---|'];
  for (const o of list)
    out.push(
      `| \`${o.provision.id}\` | ${o.provision.label} | ${o.provision.kind} | ${gradeMark(o.grade)} | ${cell(o.reason)} | ${o.nearest ? `\`${o.nearest.id}\` (${o.nearest.score})` : '—'} |`,
    );
  out.push('');
  return out;
}

function behaviourSection(c: TreatyComparison, b: BehaviourComparison): string[] {
  const out = [`## Behaviour: ${b.scenario}`, ''];
  for (const a of b.assumptions) out.push(`- ${a}`);
  for (const w of b.warnings) out.push(`- warning: ${w}`);
  out.push(
    '',
    `${b.differences} differing outcome${b.differences === 1 ? '' : 's'} over ${b.runs.length} run${b.runs.length === 1 ? '' : 's'}.`,
    '',
  );
  for (const run of b.runs) {
    out.push(
      `### Readings: ${Object.entries(run.readings)
        .map(([t, r]) => `${t} = ${r}`)
        .join(', ')}`,
      '',
    );
    if (!run.rows.length) out.push('No row to list: every duty is standing, every prohibition kept.', '');
    else {
      out.push(`| pairing | bearer → beneficiary | ${c.a.id} | ${c.b.id} | differs |`, '|---|---|---|---|---|');
      for (const r of run.rows) {
        const provisions = `${r.a ? `\`${r.a.provision}\`` : '—'} / ${r.b ? `\`${r.b.provision}\`` : '—'}`;
        out.push(
          `| ${r.pairing} ${provisions} | ${r.bearer}${r.beneficiary ? ` → ${r.beneficiary}` : ''} | ${cell(cellWords(r.a, r.pairing))} | ${cell(cellWords(r.b, r.pairing))} | ${r.differs ? '**yes**' : 'no'} |`,
        );
      }
      out.push('');
    }
    out.push(`(${run.standing} standing duties and kept prohibitions not listed.)`, '');
  }
  return out;
}

export function comparisonMarkdown(c: TreatyComparison): string {
  const listed = listCounts(c.counts);
  const out: string[] = [`# ${c.a.shortTitle} → ${c.b.shortTitle}`, ''];
  out.push(`- **A**: \`${c.a.id}\`, ${c.a.parties.join('–')}, signed ${c.a.signed}, ${c.a.provisions} provisions`);
  out.push(
    `- **B**: \`${c.b.id}\`, ${c.b.parties.join('–')}, signed ${c.b.signed}, ${c.b.provisions} provisions`,
    '',
    `*${c.reading}*`,
    '',
  );
  out.push('## Summary', '');
  for (const claim of c.summary) out.push(...claimLines(claim));
  out.push('', `## Aligned provisions (${listed.aligned})`, '', '| A | B | match | score | grade |', '|---|---|---|---|---|');
  for (const m of c.matches)
    for (const p of m.pairs)
      out.push(`| ${p.a.label} \`${p.a.id}\` | ${p.b.label} \`${p.b.id}\` | ${m.shape} | ${p.score} | ${gradeMark(p.grade)} |`);
  out.push('');
  for (const m of c.matches) for (const p of m.pairs) out.push(...pairSection(c, p));
  out.push(
    `## Only in A (${c.a.id}; ${listed.onlyInA})`,
    '',
    ...onlyInTable(c.onlyInA),
    `## Only in B (${c.b.id}; ${listed.onlyInB})`,
    '',
    ...onlyInTable(c.onlyInB),
  );
  out.push(`## Lifecycle (${listed.lifecycle})`, '', `| aspect | ${c.a.id} | ${c.b.id} | grade | why (rule) |`, '|---|---|---|---|---|');
  for (const r of c.lifecycle)
    out.push(`| ${r.aspect} | ${cell(r.a)} | ${cell(r.b)} | ${gradeMark(r.grade)} | ${cell(r.reason)} (${r.rule}) |`);
  out.push('');
  if (c.behaviour) out.push(...behaviourSection(c, c.behaviour));
  out.push('## Grading rules applied', '');
  for (const r of c.rules) out.push(`- **${r.id}** (${r.fields.join(', ')}): ${r.text}`);
  return out.join('\n') + '\n';
}
