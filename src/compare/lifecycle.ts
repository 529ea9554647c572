/**
 * The two treaties' lifecycles side by side: entry into force, duration, renewal, notice,
 * withdrawal and termination by agreement, one graded row each, then the membership rows
 * (lifecycle-membership.ts). Rules: entry-into-force, duration-length, renewal-term,
 * exit-by-notice, withdrawal, termination-agreement (../rules.ts). A duration clause that depends
 * on a reading is graded reading by reading (gradeAcross).
 */
import {
  type DurationClause,
  durationInWords,
  type PlainDurationClause,
  type TreatyFile,
  type UnknownDuration,
  type WithdrawalProvision,
  withdrawalInWords,
} from '../model/index.js';
import { byAmount, combine } from './grade.js';
import { entryRow } from './lifecycle-entry.js';
import { type Counterparts, membershipRows, sameIds } from './lifecycle-membership.js';
import { compareDelays, days, delayDays, gradeAcross, type Graded, NEVER, row, sourceOf, textAcross } from './lifecycle-parts.js';
import type { Grade, LifecycleRow } from './schema.js';

const graded = (grade: Grade, reason: string): Graded => ({ grade, reason });

type Known = Exclude<PlainDurationClause, UnknownDuration>;

/** Where either clause is unknown (every grader asks first): the two cannot be compared, unless both are unknown alike. */
function gradeUnknown(a: PlainDurationClause, b: PlainDurationClause): Graded {
  if (a.type === 'unknown' && b.type === 'unknown' && a.reason === b.reason) return graded('same', 'both unknown, for the same reason');
  return graded('unclear', `${a.type === 'unknown' ? "A's" : "B's"} duration clause is unknown: the two cannot be compared`);
}

/** How long the treaty runs if no party acts, in days (NEVER: no end), or the treaty it lasts as long as. */
function runsFor(d: Known): number | { tied: string } {
  if (d.type === 'fixed') return days(d.term);
  if (d.type === 'tied') return { tied: d.treaty };
  return NEVER;
}

function gradeDuration(a: PlainDurationClause, b: PlainDurationClause): Graded {
  if (a.type === 'unknown' || b.type === 'unknown') return gradeUnknown(a, b);
  const runsA = runsFor(a);
  const runsB = runsFor(b);
  if (typeof runsA !== 'number' || typeof runsB !== 'number') {
    if (typeof runsA !== 'number' && typeof runsB !== 'number' && runsA.tied === runsB.tied)
      return graded('same', `both last as long as treaty "${runsA.tied}"`);
    const tied = typeof runsA !== 'number' ? 'A' : 'B';
    return graded('unclear', `${tied} lasts as long as another treaty, which its own terms do not say how long is`);
  }
  const grade = byAmount(runsA, runsB);
  if (grade === 'same') {
    if (runsA !== NEVER) return graded(grade, 'the same fixed term');
    const renewing =
      (a.type === 'renewing') !== (b.type === 'renewing') ? ` (${a.type === 'renewing' ? 'A' : 'B'} by automatic renewal)` : '';
    return graded(grade, `if no party acts, both run with no end date${renewing}`);
  }
  const term = (runs: number, d: Known) => (runs === NEVER || d.type !== 'fixed' ? 'no end date' : durationInWords(d.term));
  return graded(
    grade,
    `if no party acts, B runs ${grade === 'widens' ? 'longer' : 'for less time'} (${term(runsB, b)} against ${term(runsA, a)})`,
  );
}

function durationText(d: PlainDurationClause): string {
  switch (d.type) {
    case 'indefinite':
      return 'no end date (indefinite)';
    case 'fixed':
      return `a fixed term of ${durationInWords(d.term)}, then it expires`;
    case 'renewing':
      return `a first term of ${durationInWords(d.initialTerm)}, then renewed automatically: no end date unless a party gives notice`;
    case 'first-term-then-indefinite':
      return `a first term of ${durationInWords(d.initialTerm)}, then no end date: in force until a party withdraws`;
    case 'tied':
      return `as long as treaty "${d.treaty}" is in force`;
    case 'unknown':
      return `unknown: ${d.reason}`;
  }
}

/** Whether a clause renews itself, expires at the end of its term, or has no terms to renew. */
function renewalKind(d: Known): 'renews' | 'expires' | 'no-terms' {
  return d.type === 'renewing' ? 'renews' : d.type === 'fixed' ? 'expires' : 'no-terms';
}

function gradeRenewal(a: PlainDurationClause, b: PlainDurationClause): Graded {
  if (a.type === 'unknown' || b.type === 'unknown') return gradeUnknown(a, b);
  if (a.type === 'renewing' && b.type === 'renewing') {
    const grade = byAmount(days(a.renewalTerm), days(b.renewalTerm));
    return graded(
      grade,
      grade === 'same'
        ? 'renewed for the same term'
        : `each renewal binds the parties for ${grade === 'widens' ? 'longer' : 'less time'} in B`,
    );
  }
  const ka = renewalKind(a);
  const kb = renewalKind(b);
  if (ka === kb) return graded('same', 'neither renews');
  if (ka === 'no-terms' || kb === 'no-terms')
    return graded(
      'unclear',
      `not comparable term by term: ${ka === 'no-terms' ? 'A' : 'B'} has no terms to renew (see duration and notice)`,
    );
  // One renews, the other (fixed) expires.
  return ka === 'expires' ? graded('widens', 'B renews itself where A expired') : graded('narrows', 'B expires where A renewed itself');
}

function renewalText(d: PlainDurationClause): string {
  switch (d.type) {
    case 'indefinite':
      return 'none needed: no end date';
    case 'fixed':
      return 'none: it expires at the end of its term';
    case 'renewing':
      return `automatic, for ${durationInWords(d.renewalTerm)} at a time`;
    case 'first-term-then-indefinite':
      return 'none needed: no end date after the first term';
    case 'tied':
      return `none: it lasts as long as treaty "${d.treaty}"`;
    case 'unknown':
      return 'unknown';
  }
}

function withdrawalOf(d: Known): WithdrawalProvision | undefined {
  return d.type === 'renewing' ? undefined : d.withdrawal;
}

const noticeDelay = (w: WithdrawalProvision) => ({ offset: w.noticePeriod, monthStart: w.monthStart });

/** The earliest day a party acting alone can end the treaty, from entry into force, and the notice it needs. */
function exitOf(d: Known): { earliest: number; notice: number; text: string } {
  if (d.type === 'renewing') {
    return {
      earliest: days(d.initialTerm),
      notice: days(d.noticeBefore),
      text: `notice at least ${durationInWords(d.noticeBefore)} before the current term ends; the earliest end is ${durationInWords(d.initialTerm)} after entry into force`,
    };
  }
  if (d.withdrawal) {
    const w = d.withdrawal;
    const delay = delayDays(noticeDelay(w));
    const firstTerm = d.type === 'first-term-then-indefinite' ? days(d.initialTerm) : 0;
    return {
      earliest: Math.max(days(w.noticeAllowedAfter) + delay, days(w.minimumInForce), firstTerm),
      notice: delay,
      text: `withdrawal ${withdrawalInWords(w)}${d.type === 'first-term-then-indefinite' ? `, and not before the first term of ${durationInWords(d.initialTerm)} ends` : ''}`,
    };
  }
  if (d.type === 'fixed')
    return { earliest: days(d.term), notice: 0, text: `none: no notice; it ends when its ${durationInWords(d.term)} term expires` };
  if (d.type === 'tied') return { earliest: NEVER, notice: 0, text: `none by notice: it ends when treaty "${d.treaty}" does` };
  return { earliest: NEVER, notice: 0, text: 'none: the treaty provides no notice of denunciation or withdrawal' };
}

function gradeExit(a: PlainDurationClause, b: PlainDurationClause): Graded {
  if (a.type === 'unknown' || b.type === 'unknown') return gradeUnknown(a, b);
  const xa = exitOf(a);
  const xb = exitOf(b);
  const grade = xa.earliest === xb.earliest ? byAmount(xa.notice, xb.notice) : byAmount(xa.earliest, xb.earliest);
  if (xb.earliest === NEVER && xa.earliest !== NEVER)
    return graded(
      grade,
      "B provides no notice of denunciation or withdrawal: under VCLT Art. 56 a party may then leave only if the parties meant to allow it or the nature of the treaty implies it, with twelve months' notice; under A a party acting alone could end it by notice",
    );
  if (xa.earliest === NEVER && xb.earliest !== NEVER)
    return graded(grade, 'B lets a party acting alone end it by notice; A provided none (VCLT Art. 56)');
  if (grade === 'same') return graded(grade, 'the same way out by notice');
  if (xa.earliest !== xb.earliest) return graded(grade, `a party acting alone can end B ${grade === 'widens' ? 'later' : 'sooner'} than A`);
  return graded(grade, `the same earliest end, with ${grade === 'widens' ? 'longer' : 'shorter'} notice in B`);
}

function gradeWithdrawal(a: PlainDurationClause, b: PlainDurationClause): Graded {
  if (a.type === 'unknown' || b.type === 'unknown') return gradeUnknown(a, b);
  const wa = withdrawalOf(a);
  const wb = withdrawalOf(b);
  if (!wa && !wb) return graded('same', 'neither has a withdrawal clause');
  if (!wa || !wb)
    return wa
      ? graded('widens', "B drops A's withdrawal clause: no early exit")
      : graded('narrows', 'B adds a withdrawal clause: a party may leave early');
  const delay = compareDelays(noticeDelay(wa), noticeDelay(wb));
  const grade = combine([
    delay,
    byAmount(days(wa.minimumInForce), days(wb.minimumInForce)),
    byAmount(days(wa.noticeAllowedAfter), days(wb.noticeAllowedAfter)),
  ]);
  if (grade === 'same') return graded(grade, 'the same withdrawal clause');
  const when = grade === 'widens' ? 'longer' : grade === 'narrows' ? 'less time' : 'a different time';
  const mixed = delay === 'unclear' ? ' (its notice period takes effect later on some days, sooner on others)' : '';
  return graded(grade, `B's withdrawal takes ${when} to take effect${mixed}`);
}

function withdrawalText(d: PlainDurationClause): string {
  if (d.type === 'unknown') return 'unknown';
  const w = withdrawalOf(d);
  return w ? withdrawalInWords(w) : 'none';
}

/** Whether the treaty itself provides for termination by agreement, under each reading. */
function agreementText(d: DurationClause): string {
  const provides = (c: PlainDurationClause) => c.type !== 'unknown' && c.terminationByAgreement === true;
  const clauses = d.type === 'by-reading' ? Object.values(d.readings) : [d];
  if (clauses.length && clauses.every(provides)) return 'provided for by the treaty';
  if (clauses.some(provides)) return `provided for by the treaty under some readings of "${(d as { term: string }).term}"`;
  return 'not mentioned; always possible by consent (VCLT Art. 54(b))';
}

/**
 * Every lifecycle row. `counterparts` pairs A's provisions with B's (the alignment), for the
 * provisions that survive the end; by default, provisions with the same id.
 */
export function compareLifecycles(a: TreatyFile, b: TreatyFile, counterparts: Counterparts = sameIds(a, b)): LifecycleRow[] {
  const da = a.lifecycle.duration;
  const db = b.lifecycle.duration;
  const src = (t: TreatyFile) => sourceOf(t, t.lifecycle.durationProvision, t.lifecycle.durationAttestedBy?.cite);
  const sa = src(a);
  const sb = src(b);
  const provisions = { a: sa.ids, b: sb.ids };
  const words = { a: sa.words, b: sb.words };
  const exitText = (c: PlainDurationClause) => (c.type === 'unknown' ? 'unknown' : exitOf(c).text);
  return [
    entryRow(a, b),
    row(
      'duration',
      textAcross(da, durationText),
      textAcross(db, durationText),
      gradeAcross(da, db, gradeDuration),
      'duration-length',
      provisions,
      words,
    ),
    row(
      'renewal',
      textAcross(da, renewalText),
      textAcross(db, renewalText),
      gradeAcross(da, db, gradeRenewal),
      'renewal-term',
      provisions,
      words,
    ),
    row('notice', textAcross(da, exitText), textAcross(db, exitText), gradeAcross(da, db, gradeExit), 'exit-by-notice', provisions, words),
    row(
      'withdrawal',
      textAcross(da, withdrawalText),
      textAcross(db, withdrawalText),
      gradeAcross(da, db, gradeWithdrawal),
      'withdrawal',
      provisions,
      words,
    ),
    row(
      'termination-by-agreement',
      agreementText(da),
      agreementText(db),
      graded('same', 'the parties may always end a treaty by consent (VCLT Art. 54(b))'),
      'termination-agreement',
      { a: [], b: [] },
      { a: null, b: null },
    ),
    ...membershipRows(a, b, counterparts),
  ];
}
