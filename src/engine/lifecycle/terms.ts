/**
 * Term arithmetic for fixed and renewing duration clauses: where each term starts and ends, its
 * notice deadline, which term a day falls in, and for which term a notice is in time.
 *
 * Rules (the calendar rules are in `src/model/calendar.ts`):
 * - Term n ends at entry + initialTerm + (n − 1) × renewalTerm, added in one step from the entry
 *   into force, so a treaty that entered into force on 29 February ends its terms on 29 February
 *   whenever the year has one, instead of drifting to the 28th after the first clamp.
 * - Term n + 1 starts the day term n ends: terms are half-open, `[start, end)`, and meet exactly.
 * - The notice deadline of term n is its end − noticeBefore (clamped the same way). "At least one
 *   year before the end" is met by a notice given on the deadline day itself: for a term ending
 *   1996-09-10, a notice of 1995-09-10 is in time and one of 1995-09-11 is not.
 * - A notice too late for the term in which it is given takes effect at the end of the first later
 *   term whose deadline it meets (usually the next; more than one later if noticeBefore exceeds the
 *   renewal term).
 *
 * - The calendar ends on 9999-12-31: an end or a deadline past it is null ("beyond 9999-12-31"), an
 *   open end that comes after every day; the arithmetic behind it stays exact.
 *
 * Ends strictly increase with n (each renewal is a positive duration), and so deadlines never
 * decrease; the searches below rely on it.
 */
import {
  addSpans,
  addSpanWithin,
  type CalendarSpan,
  type DateParts,
  dateWithin,
  daysBetween,
  type IsoDate,
  movePartsBySpan,
  partsOf,
  scaleSpan,
  spanOf,
  ZERO_SPAN,
} from '../../model/index.js';
import type { ComputableClause } from './types.js';

/** The term structure of a fixed or renewing clause, anchored at its entry into force. */
export interface TermRule {
  readonly entryIntoForce: IsoDate;
  readonly initialTerm: CalendarSpan;
  /** null for a fixed term: there is no term 2. */
  readonly renewalTerm: CalendarSpan | null;
  /** null where there is no notice of non-renewal (a fixed term). */
  readonly noticeBefore: CalendarSpan | null;
}

/**
 * The term rule of a clause, or null for a treaty without renewals to count: indefinite, tied to
 * another, or a first term then indefinitely (whose one term `intervals.ts` marks itself).
 */
export function termRuleOf(clause: ComputableClause, entryIntoForce: IsoDate): TermRule | null {
  switch (clause.type) {
    case 'indefinite':
    case 'tied':
    case 'first-term-then-indefinite':
      return null;
    case 'fixed':
      return { entryIntoForce, initialTerm: spanOf(clause.term), renewalTerm: null, noticeBefore: null };
    case 'renewing':
      return {
        entryIntoForce,
        initialTerm: spanOf(clause.initialTerm),
        renewalTerm: spanOf(clause.renewalTerm),
        noticeBefore: spanOf(clause.noticeBefore),
      };
  }
}

/** The number of the last term there can be: 1 for a fixed term, null while renewals go on. */
export function lastPossibleTerm(rule: TermRule): number | null {
  return rule.renewalTerm === null ? 1 : null;
}

function checkTermNumber(rule: TermRule, term: number): void {
  const last = lastPossibleTerm(rule);
  if (!Number.isSafeInteger(term) || term < 1 || (last !== null && term > last)) {
    throw new RangeError(`there is no term ${term}: terms are numbered from 1${last === null ? '' : ` to ${last}`}`);
  }
}

/** Term `term`'s end taken apart, exact even past 9999-12-31. */
function termEndParts(rule: TermRule, term: number): DateParts {
  checkTermNumber(rule, term);
  const renewals = rule.renewalTerm === null ? ZERO_SPAN : scaleSpan(rule.renewalTerm, term - 1);
  return movePartsBySpan(partsOf(rule.entryIntoForce), addSpans(rule.initialTerm, renewals), 1);
}

/**
 * The day term `term` ends: the first day after it, which is also the first day of the next term;
 * null if that is after 9999-12-31 (the term runs to the end of the calendar: an open end).
 */
export function termEnd(rule: TermRule, term: number): IsoDate | null {
  return dateWithin(termEndParts(rule, term));
}

/** The first day of term `term`; null if it begins after 9999-12-31. */
export function termStart(rule: TermRule, term: number): IsoDate | null {
  checkTermNumber(rule, term);
  return term === 1 ? rule.entryIntoForce : termEnd(rule, term - 1);
}

/**
 * The last day a notice of non-renewal ends the treaty with term `term`: its end − noticeBefore,
 * counted back from the exact end even when that end is past 9999-12-31; null if the deadline itself
 * is after 9999-12-31.
 */
export function noticeDeadline(rule: TermRule, term: number): IsoDate | null {
  if (rule.noticeBefore === null) throw new RangeError('this clause has no notice of non-renewal, so no notice deadline');
  return dateWithin(movePartsBySpan(termEndParts(rule, term), rule.noticeBefore, -1));
}

/** `date` is before `end`, an end past 9999-12-31 (null) coming after every day. */
export function isBeforeEnd(date: IsoDate, end: IsoDate | null): boolean {
  return end === null || date < end;
}

/** Average length in days, only to guess a term number before checking it exactly. */
function averageDays(span: CalendarSpan): number {
  return span.years * 365.2425 + span.months * 30.436875 + span.weeks * 7 + span.days;
}

/** The term `date` falls in, or null before entry into force or after the last possible term. */
export function termOn(rule: TermRule, date: IsoDate): number | null {
  if (date < rule.entryIntoForce) return null;
  const firstEnd = termEnd(rule, 1);
  if (isBeforeEnd(date, firstEnd)) return 1;
  if (rule.renewalTerm === null) return null;
  // Guess from the average renewal length, then step to the exact term: a few steps at most.
  let term = 2 + Math.floor(daysBetween(firstEnd!, date) / averageDays(rule.renewalTerm));
  while (term > 2 && isBeforeEnd(date, termStart(rule, term))) term--;
  while (!isBeforeEnd(date, termEnd(rule, term))) term++;
  return term;
}

/**
 * The first term whose notice deadline a notice given on `date` meets: the term the treaty ends
 * with because of it. `date` must be on or after the entry into force.
 */
export function firstTermInTimeFor(rule: TermRule, date: IsoDate): number {
  const noticeBefore = rule.noticeBefore;
  const givenIn = termOn(rule, date);
  if (noticeBefore === null || givenIn === null) {
    throw new RangeError(`no notice of non-renewal can be given on ${date} under this clause`);
  }
  // The wanted term is the first n ≥ givenIn with date ≤ deadline(n); deadlines never decrease, so
  // start from a guess (the term in which date + noticeBefore falls) and step to the boundary.
  const reach = addSpanWithin(date, noticeBefore);
  let term = Math.max(givenIn, (reach === null ? null : termOn(rule, reach)) ?? givenIn);
  while (term > givenIn && !isAfterDeadline(date, noticeDeadline(rule, term - 1))) term--;
  while (isAfterDeadline(date, noticeDeadline(rule, term))) term++;
  return term;
}

/** `date` is after `deadline`, a deadline past 9999-12-31 (null) coming after every day. */
function isAfterDeadline(date: IsoDate, deadline: IsoDate | null): boolean {
  return deadline !== null && date > deadline;
}
