/** The literate document as Markdown: source text quoted, the provisions that encode it beneath. */
import { describeProvisionRule } from '../../model/index.js';
import { describeLiterateCoverage, type LiterateDocument } from './build.js';

export function literateMarkdown(doc: LiterateDocument): string {
  const t = doc.treaty;
  const out: string[] = [`# ${t.shortTitle}`, ''];
  for (const [lang, title] of Object.entries(t.titles)) out.push(`- **Title (${lang})**: ${title}`);
  out.push(`- **Parties**: ${t.parties.join(', ')}`);
  out.push(`- **Signed**: ${t.signature.place}, ${t.signature.date}`);
  if (t.registration)
    out.push(`- **Registered**: ${t.registration.series} No. ${t.registration.number}, by ${t.registration.by}, ${t.registration.date}`);
  out.push(`- **Authentic languages**: ${t.officialLanguages.join(', ')}`);
  out.push(`- **Entry into force**: ${doc.lifecycle.entryIntoForce}`);
  if (doc.lifecycle.provisionalApplication) out.push(`- **Provisional application**: ${doc.lifecycle.provisionalApplication}`);
  out.push(`- **Duration**: ${doc.lifecycle.duration}`, '');
  for (const source of doc.sources) {
    out.push(`## Source \`${source.id}\` — ${source.publisher}${source.translation ? ' (translation)' : ''}`, '');
    out.push(`File \`${source.file}\`; ${describeLiterateCoverage(source.coverage)}`, '');
    for (const unit of source.units) {
      out.push(`### ${unit.label}`, '', `> ${unit.text}`, '');
      for (const p of unit.provisions) {
        out.push(
          `**\`${p.id}\`** — ${p.kind}, Article ${p.article}${p.article === 'unknown' && p.articleNote ? ` (${p.articleNote})` : ''}. ${p.summary}`,
          '',
        );
        out.push('| | |', '|---|---|');
        for (const row of describeProvisionRule(p)) out.push(`| ${row.label} | ${row.value.replace(/\|/g, '\\|')} |`);
        out.push('');
      }
      for (const n of unit.nonOperative) out.push(`*Non-operative (${n.part}): ${n.reason}*`, '');
      for (const g of unit.gaps) out.push(`*Text missing: ${g}.*`, '');
      if (!unit.provisions.length && !unit.nonOperative.length && !unit.gaps.length) out.push('*Not covered.*', '');
    }
  }
  return out.join('\n');
}
