/** Plain-words renderings of rules, shared by the literate rendering, the comparison and the UI. */
import type { Condition, Provision, Trigger } from './provision.js';
import { spanOf, type IsoDuration } from './calendar.js';
import type { DurationClause } from './lifecycle-clause.js';

/** "P10Y" → "10 years", "P1Y6M" → "1 year 6 months". */
export function durationInWords(duration: IsoDuration): string {
  const span = spanOf(duration);
  const part = (n: number, unit: string) => (n ? [`${n} ${unit}${n === 1 ? '' : 's'}`] : []);
  return [...part(span.years, 'year'), ...part(span.months, 'month'), ...part(span.weeks, 'week'), ...part(span.days, 'day')].join(' ');
}

export function describeCondition(c: Condition): string {
  if ('fluent' in c) return `${c.subject} is in "${c.fluent}"`;
  const where = Object.entries(c.where)
    .map(([field, match]) => `${field} ${match}`)
    .join(', ');
  return `event "${c.event}"${where ? ` (${where})` : ''}`;
}

export function describeTrigger(t: Trigger | undefined): string {
  if (!t) return 'always, while the treaty is in force';
  if ('all' in t) return t.all.map(describeCondition).join(' and ');
  if ('any' in t) return t.any.map(describeCondition).join(' or ');
  return describeCondition(t);
}

export function describeProvisionRule(p: Provision): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [
    { label: 'kind', value: p.kind },
    { label: 'bearer', value: p.bearer },
  ];
  if (p.beneficiary) rows.push({ label: 'beneficiary', value: p.beneficiary });
  rows.push({ label: 'when', value: describeTrigger(p.trigger) });
  if (p.act)
    rows.push({
      label: p.kind === 'prohibition' ? 'forbidden act' : 'act',
      value: `${p.act.description} (event "${p.act.type}"${p.act.kind ? `, kind ${p.act.kind.join(' or ')}` : ''})`,
    });
  if (p.continuing) rows.push({ label: 'standing duty', value: 'yes: no single act discharges it' });
  for (const q of p.qualifiers) {
    const extra = [
      q.term ? `reading of "${q.term}"` : '',
      q.extent ? `extent: ${q.extent}` : '',
      q.instruments?.join('; ') ?? '',
      q.regions?.join(', ') ?? '',
    ]
      .filter(Boolean)
      .join(' · ');
    rows.push({ label: q.type, value: `"${q.text}"${extra ? ` — ${extra}` : ''}` });
  }
  if (p.tags.length) rows.push({ label: 'tags', value: p.tags.join(', ') });
  return rows;
}

export function describeDuration(d: DurationClause): string {
  switch (d.type) {
    case 'indefinite':
      return `indefinite${d.withdrawal ? `; a party may withdraw by notice, effective ${durationInWords(d.withdrawal.noticePeriod)} after it${d.withdrawal.minimumInForce ? ` and not before ${durationInWords(d.withdrawal.minimumInForce)} in force` : ''}` : '; no withdrawal clause'}`;
    case 'fixed':
      return `fixed term of ${durationInWords(d.term)}${d.withdrawal ? `; withdrawal by notice effective ${durationInWords(d.withdrawal.noticePeriod)} after it` : ''}`;
    case 'renewing':
      return `first term ${durationInWords(d.initialTerm)}, then renewed automatically for ${durationInWords(d.renewalTerm)} at a time unless a party gives notice at least ${durationInWords(d.noticeBefore)} before the current term ends`;
  }
}
