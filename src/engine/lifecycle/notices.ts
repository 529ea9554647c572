/**
 * What a notice given on a day does under a duration clause, on its own: which term it is in time
 * for (renewing treaties), or when the withdrawal takes effect (treaties that allow withdrawal).
 * Weighing it against other notices, agreements and expiry is `ends.ts`'s job.
 *
 * Withdrawal takes effect `noticePeriod` after the notice, but not before the treaty has been in
 * force for `minimumInForce`: the later of the two days. (A notice may be given at any time in
 * force; only its effect waits for the minimum.)
 */
import { addDurationWithin, delayWithin, type IsoDate, laterOf } from '../../model/index.js';
import { firstTermInTimeFor, noticeDeadline, termEnd, termOn, type TermRule } from './terms.js';
import type { ComputableClause, NoticeEffect } from './types.js';

/**
 * The first day a notice may be given under the clause (`withdrawal.noticeAllowedAfter`), or
 * undefined where any day in force will do; null past 9999-12-31.
 */
export function noticeAllowedFrom(clause: ComputableClause, entryIntoForce: IsoDate): IsoDate | null | undefined {
  const after = clause.type === 'renewing' ? undefined : clause.withdrawal?.noticeAllowedAfter;
  return after === undefined ? undefined : addDurationWithin(entryIntoForce, after);
}

/**
 * The effect of a notice given on `date` (on or after entry into force), or null where the clause
 * provides for no notice: an indefinite or fixed-term treaty without a withdrawal provision (under
 * VCLT Art. 56 such a treaty is not open to denunciation unless the parties meant it to be, which
 * the formalization would then say with a withdrawal provision). Whether the notice came too early
 * (`noticeAllowedAfter`) is the caller's question (`noticeAllowedFrom`).
 */
export function noticeEffectOn(
  clause: ComputableClause,
  rule: TermRule | null,
  entryIntoForce: IsoDate,
  date: IsoDate,
): NoticeEffect | null {
  if (date < entryIntoForce) throw new RangeError(`a notice of ${date} comes before the entry into force (${entryIntoForce})`);
  if (clause.type === 'renewing') {
    if (rule === null) throw new Error('a renewing clause always has a term rule');
    return nonRenewalEffect(rule, date);
  }
  const withdrawal = clause.withdrawal;
  if (withdrawal === undefined) return null;
  const noticePeriodEnds = delayWithin(date, { offset: withdrawal.noticePeriod, monthStart: withdrawal.monthStart });
  const minimum = withdrawal.minimumInForce;
  const minimumInForceEnds = minimum === undefined ? null : addDurationWithin(entryIntoForce, minimum);
  const firstTerm = clause.type === 'first-term-then-indefinite' ? clause.initialTerm : undefined;
  const firstTermEnds = firstTerm === undefined ? undefined : addDurationWithin(entryIntoForce, firstTerm);
  // Any of the ends past 9999-12-31 (null) puts the effect past it too.
  const beyond = noticePeriodEnds === null || (minimum !== undefined && minimumInForceEnds === null) || firstTermEnds === null;
  let takesEffect: IsoDate | null = null;
  if (!beyond) {
    takesEffect = noticePeriodEnds;
    if (minimumInForceEnds !== null) takesEffect = laterOf(takesEffect, minimumInForceEnds);
    if (firstTermEnds !== undefined) takesEffect = laterOf(takesEffect, firstTermEnds);
  }
  return {
    kind: 'withdrawal',
    noticePeriodEnds,
    minimumInForceEnds,
    ...(firstTermEnds !== undefined ? { firstTermEnds } : {}),
    takesEffect,
  };
}

function nonRenewalEffect(rule: TermRule, date: IsoDate): NoticeEffect {
  const givenInTerm = termOn(rule, date);
  if (givenInTerm === null) throw new RangeError(`${date} falls in no term of this treaty`);
  const deadlineForTermGivenIn = noticeDeadline(rule, givenInTerm);
  const inTimeForTerm = firstTermInTimeFor(rule, date);
  return {
    kind: 'non-renewal',
    givenInTerm,
    givenInTermEnd: termEnd(rule, givenInTerm),
    deadlineForTermGivenIn,
    onTime: deadlineForTermGivenIn === null || date <= deadlineForTermGivenIn,
    inTimeForTerm,
    deadline: noticeDeadline(rule, inTimeForTerm),
    takesEffect: termEnd(rule, inTimeForTerm),
  };
}
