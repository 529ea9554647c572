/**
 * What the lifecycle rows share: a row, where a rule comes from, durations and delays made
 * comparable, and grading a clause that depends on a reading, reading by reading.
 */
import {
  addDuration,
  dateOfDayNumber,
  dayNumberOf,
  daysBetween,
  type DelayRule,
  delayWithin,
  type DurationClause,
  type IsoDuration,
  type PlainDurationClause,
  type TreatyFile,
} from '../model/index.js';
import { combine } from './grade.js';
import { articleLabel } from './refs.js';
import type { RuleId } from './rules.js';
import type { Grade, LifecycleAspect, LifecycleRow } from './schema.js';

export const NEVER = Number.POSITIVE_INFINITY;

export interface Graded {
  grade: Grade;
  reason: string;
}

/** A duration in days from a fixed day: for ordering durations only. */
export function days(d: IsoDuration | undefined): number {
  return d === undefined ? 0 : daysBetween('2001-01-01', addDuration('2001-01-01', d));
}

/**
 * A delay rule in days at its longest, from an act on the first day of a month (month-start
 * rounding then waits whole months): for ordering only.
 */
export function delayDays(rule: DelayRule): number {
  const moved = delayWithin('2001-01-01', rule);
  return moved === null ? NEVER : daysBetween('2001-01-01', moved);
}

let sampleDays: string[] | undefined;

/** Every day of 2023 and 2024 (a leap year): every month length and day of the month an act can fall on. */
function samples(): string[] {
  if (!sampleDays) {
    const first = dayNumberOf('2023-01-01');
    sampleDays = Array.from({ length: dayNumberOf('2025-01-01') - first }, (_, i) => dateOfDayNumber(first + i));
  }
  return sampleDays;
}

/**
 * Whether B's delay rule makes an act take effect later than A's (widens: B binds for longer, or
 * makes one wait longer), sooner (narrows), on the same day (same), or later on some days and sooner
 * on others (unclear: "30 days after" against "the first day of the following month"). Compared on
 * every day of two years, so the month-start rounding and month ends are all met.
 */
export function compareDelays(a: DelayRule, b: DelayRule): Grade {
  if (a.offset === b.offset && a.monthStart === b.monthStart) return 'same';
  let later = false;
  let sooner = false;
  for (const day of samples()) {
    const ea = delayWithin(day, a) ?? '9999-99-99';
    const eb = delayWithin(day, b) ?? '9999-99-99';
    if (eb > ea) later = true;
    else if (eb < ea) sooner = true;
  }
  return later && sooner ? 'unclear' : later ? 'widens' : sooner ? 'narrows' : 'same';
}

export function row(
  aspect: LifecycleAspect,
  a: string,
  b: string,
  graded: Graded,
  rule: RuleId,
  provisions: { a: string[]; b: string[] },
  words: { a: string | null; b: string | null },
): LifecycleRow {
  return { aspect, a, b, grade: graded.grade, rule, reason: graded.reason, provisions, words };
}

/** Where a lifecycle rule comes from: its article, or who attests it. */
export function sourceOf(
  t: TreatyFile,
  provisionId: string | undefined,
  attested: string | undefined,
): { label: string; ids: string[]; words: string | null } {
  const p = provisionId ? t.provisions.find((x) => x.id === provisionId) : undefined;
  if (p) return { label: p.article === 'unknown' ? 'unnumbered clause' : articleLabel(p), ids: [p.id], words: p.quote.text };
  return { label: attested ? `not in the source text; attested by ${attested}` : 'no source given', ids: [], words: null };
}

/** A duration clause as the plain clauses it can be: one, or one per reading of its term (labelled). */
function readingsOf(d: DurationClause): { label: string | null; reading: string | null; clause: PlainDurationClause }[] {
  if (d.type !== 'by-reading') return [{ label: null, reading: null, clause: d }];
  return Object.entries(d.readings).map(([reading, clause]) => ({ label: `"${reading}" (${d.term})`, reading, clause }));
}

/** The clause in words, reading by reading where it depends on one. */
export function textAcross(d: DurationClause, text: (c: PlainDurationClause) => string): string {
  if (d.type !== 'by-reading') return text(d);
  const under = readingsOf(d).map((r) => `under "${r.reading}", ${text(r.clause)}`);
  return `depends on the reading of "${d.term}": ${under.join('; ')}`;
}

/**
 * A row's grade where either clause depends on a reading: reading by reading where both depend on
 * the same term, otherwise every reading of one against every reading of the other; the grades
 * combined (the same everywhere is same, one way everywhere is that way, both ways is unclear).
 */
export function gradeAcross(
  a: DurationClause,
  b: DurationClause,
  grade: (a: PlainDurationClause, b: PlainDurationClause) => Graded,
): Graded {
  if (a.type !== 'by-reading' && b.type !== 'by-reading') return grade(a, b);
  const left = readingsOf(a);
  const right = readingsOf(b);
  const sameTerm = a.type === 'by-reading' && b.type === 'by-reading' && a.term === b.term;
  const pairs = left.flatMap((l) => right.filter((r) => !sameTerm || r.reading === l.reading).map((r) => [l, r] as const));
  if (!pairs.length) return { grade: 'unclear', reason: `the two clauses name no reading of "${(a as { term: string }).term}" in common` };
  const results = pairs.map(([l, r]) => ({
    under: sameTerm ? l.label : [l.label && `A's ${l.label}`, r.label && `B's ${r.label}`].filter(Boolean).join(' and '),
    ...grade(l.clause, r.clause),
  }));
  const reasons = new Set(results.map((r) => r.reason));
  const reason =
    reasons.size === 1 ? `under every reading: ${results[0]!.reason}` : results.map((r) => `under ${r.under}: ${r.reason}`).join('; ');
  return { grade: combine(results.map((r) => r.grade)), reason };
}
