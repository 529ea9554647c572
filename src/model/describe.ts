/** Plain-words renderings of rules, shared by the literate rendering, the comparison and the UI. */
import type { Condition, Provision, Trigger } from './provision.js';
import { type DelayRule, spanOf, type IsoDuration } from './calendar.js';
import type { DurationClause, WithdrawalProvision } from './lifecycle-clause.js';
import type { EntryIntoForce, ProvisionalApplication } from './lifecycle-entry.js';

/** "P10Y" → "10 years", "P1Y6M" → "1 year 6 months". */
export function durationInWords(duration: IsoDuration): string {
  const span = spanOf(duration);
  const part = (n: number, unit: string) => (n ? [`${n} ${unit}${n === 1 ? '' : 's'}`] : []);
  return [...part(span.years, 'year'), ...part(span.months, 'month'), ...part(span.weeks, 'week'), ...part(span.days, 'day')].join(' ');
}

export function describeCondition(c: Condition): string {
  if ('inForceFor' in c) return `the treaty has been in force for ${durationInWords(c.inForceFor)}`;
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

function ordinal(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** "the month following", "the third month following": month-start rounding in words. */
function monthFollowing(n: number): string {
  const words = ['', '', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
  return n === 1 ? 'the month following' : `the ${words[n] ?? ordinal(n)} month following`;
}

/**
 * When an act takes effect under a delay rule, in words: "on the exchange", "30 days after the
 * exchange", "on the first day of the third month following the exchange", "on the first day of the
 * month following the end of 3 months after the exchange".
 */
export function delayInWords(rule: DelayRule, act: string): string {
  const after = rule.offset === undefined ? act : `${durationInWords(rule.offset)} after ${act}`;
  if (rule.monthStart === undefined) return rule.offset === undefined ? `on ${act}` : after;
  return `on the first day of ${monthFollowing(rule.monthStart)} ${rule.offset === undefined ? act : `the end of ${after}`}`;
}

/** "by notice, effective 1 year after it, not before 5 years in force; a notice only once in force 20 years". */
export function withdrawalInWords(w: WithdrawalProvision): string {
  const effect = delayInWords({ offset: w.noticePeriod, monthStart: w.monthStart }, 'it');
  const minimum = w.minimumInForce ? `, not before ${durationInWords(w.minimumInForce)} in force` : '';
  const allowed = w.noticeAllowedAfter
    ? `; a notice may be given only once the treaty has been in force ${durationInWords(w.noticeAllowedAfter)} (an earlier one has no effect)`
    : '';
  return `by notice, effective ${effect}${minimum}${allowed}`;
}

const actWords = (event: string) => `the ${event.replace(/-/g, ' ')}`;

/**
 * When the treaty enters into force, in words: "on the ratifications exchanged", "30 days after the
 * ratifications exchanged, or on 2000-01-01 if that is later", "on the first day of the month
 * following the 7th state's ratification deposited (USA among the first 7)", "on 1995-01-01 (a
 * fixed date)", "unknown: …". The rule's source is the caller's to add.
 */
export function describeEntryIntoForce(e: EntryIntoForce): string {
  if (e.unknown !== undefined) return `unknown: ${e.unknown}`;
  if (e.event === undefined) return `on ${e.date ?? 'a date not given'} (a fixed date)`;
  const threshold = e.threshold;
  const act = threshold
    ? `${threshold.instruments === 1 ? 'the first' : `the ${ordinal(threshold.instruments)}`} state's ${e.event.replace(/-/g, ' ')}${threshold.including.length ? ` (${threshold.including.join(', ')} among the first ${threshold.instruments})` : ''}`
    : actWords(e.event);
  const notBefore = e.notBefore ? `, or on ${e.notBefore} if that is later` : '';
  const later = e.laterParties ? `; for a state whose instrument comes later, ${delayInWords(e.laterParties, 'its instrument')}` : '';
  return `${delayInWords(e, act)}${notBefore}${later}`;
}

/** Provisional application in words: "from the treaty signed, by AAA and BBB, until it enters into force for each (or a notice …)". */
export function describeProvisionalApplication(p: ProvisionalApplication): string {
  const from = p.event !== undefined ? `from ${actWords(p.event)}` : `from ${p.date ?? 'a date not given'}`;
  const who = p.parties ? ` by ${p.parties.join(', ')}` : ' by every original party';
  const until = p.endEvent ? ` or its notice that it will not become a party ("${p.endEvent}")` : '';
  return `applied provisionally ${from}${who}, until it enters into force for that state${until}`;
}

export function describeDuration(d: DurationClause): string {
  switch (d.type) {
    case 'indefinite':
      return `indefinite${d.withdrawal ? `; a party may withdraw ${withdrawalInWords(d.withdrawal)}` : '; no withdrawal clause'}`;
    case 'fixed':
      return `fixed term of ${durationInWords(d.term)}${d.withdrawal ? `; withdrawal ${withdrawalInWords(d.withdrawal)}` : ''}`;
    case 'renewing':
      return `first term ${durationInWords(d.initialTerm)}, then renewed automatically for ${durationInWords(d.renewalTerm)} at a time unless a party gives notice at least ${durationInWords(d.noticeBefore)} before the current term ends`;
    case 'first-term-then-indefinite':
      return `first term ${durationInWords(d.initialTerm)}, then indefinite; no withdrawal takes effect before the first term ends; a party may withdraw ${withdrawalInWords(d.withdrawal)}`;
    case 'tied':
      return `in force as long as treaty "${d.treaty}" is${d.withdrawal ? `; a party may withdraw ${withdrawalInWords(d.withdrawal)}` : ''}`;
    case 'unknown':
      return `unknown: ${d.reason}`;
    case 'by-reading':
      return [
        `depends on the reading of "${d.term}"`,
        ...Object.entries(d.readings).map(([reading, clause]) => `Under "${reading}": ${describeDuration(clause)}`),
      ].join('. ');
  }
}
