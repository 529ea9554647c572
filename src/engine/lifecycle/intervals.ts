/**
 * A treaty's lifecycle from its entry into force: one `in-force` interval per term (a single one for
 * an indefinite treaty), then either `terminated` with its cause, or, for a treaty that keeps
 * renewing, one open interval standing for the renewals after the horizon. Before the entry into
 * force the treaty is not in force; the intervals start at the entry into force.
 *
 * Pure and deterministic: the same input and options give the same output, whatever the input order.
 */
import { addDays, addDurationWithin, type IsoDate, laterOf } from '../../model/index.js';
import { assessEnds } from './ends.js';
import { isBeforeEnd, termEnd, termOn, termRuleOf, termStart, type TermRule } from './terms.js';
import type { Lifecycle, LifecycleInput, LifecycleOptions, StatusInterval, TerminationCause } from './types.js';

export function computeLifecycle(input: LifecycleInput, options: LifecycleOptions): Lifecycle {
  const party = input.perParty ? (options.party ?? null) : null;
  const rule = termRuleOf(input.clause, input.entryIntoForce);
  const { end, notices, agreements } = assessEnds(input, rule, party);
  const intervals: StatusInterval[] =
    rule === null ? firstTermSplit(input, indefiniteIntervals(input.entryIntoForce, end)) : termIntervals(input, rule, end, options.until);
  return { entryIntoForce: input.entryIntoForce, party, intervals, end, notices, agreements };
}

type End = { readonly date: IsoDate; readonly cause: TerminationCause } | null;

function terminatedFrom(end: NonNullable<End>): StatusInterval {
  return { status: 'terminated', from: end.date, to: null, cause: end.cause };
}

function indefiniteIntervals(entry: IsoDate, end: End): StatusInterval[] {
  if (end === null) return [{ status: 'in-force', from: entry, to: null, term: null, termEnd: null }];
  const inForce: StatusInterval[] = end.date > entry ? [{ status: 'in-force', from: entry, to: end.date, term: null, termEnd: null }] : [];
  return [...inForce, terminatedFrom(end)];
}

/**
 * "In force for N years and thereafter until notice": the in-force interval split where the first
 * term ends, term 1 before it and no term after (the first-term end past 9999-12-31: all term 1).
 */
function firstTermSplit(input: LifecycleInput, intervals: StatusInterval[]): StatusInterval[] {
  if (input.clause.type !== 'first-term-then-indefinite') return intervals;
  const firstEnd = addDurationWithin(input.entryIntoForce, input.clause.initialTerm);
  return intervals.flatMap((i): StatusInterval[] => {
    if (i.status !== 'in-force') return [i];
    if (firstEnd === null || (i.to !== null && i.to <= firstEnd)) return [{ ...i, term: 1, termEnd: firstEnd }];
    if (i.from >= firstEnd) return [i];
    return [
      { ...i, to: firstEnd, term: 1, termEnd: firstEnd },
      { ...i, from: firstEnd, term: null, termEnd: null },
    ];
  });
}

function termIntervals(input: LifecycleInput, rule: TermRule, end: End, until: IsoDate): StatusInterval[] {
  const entry = input.entryIntoForce;
  // The last term to list: the one in which the treaty ends, or else the one containing the horizon.
  const lastTerm =
    end === null ? (termOn(rule, laterOf(until, entry)) ?? 1) : end.date > entry ? (termOn(rule, addDays(end.date, -1)) ?? 1) : 0;
  const intervals: StatusInterval[] = [];
  for (let term = 1; term <= lastTerm; term++) {
    // Null past 9999-12-31: the term runs to the end of the calendar, an open interval.
    const scheduledEnd = termEnd(rule, term);
    const to = end !== null && isBeforeEnd(end.date, scheduledEnd) ? end.date : scheduledEnd;
    // Every listed term starts by the day that places it (a day of the calendar), so its start is one.
    intervals.push({ status: 'in-force', from: termStart(rule, term)!, to, term, termEnd: scheduledEnd });
  }
  if (end !== null) return [...intervals, terminatedFrom(end)];
  const lastEnd = lastTerm === 0 ? null : termEnd(rule, lastTerm);
  // The last term listed runs past 9999-12-31: no renewal comes within the calendar.
  if (lastEnd === null) return intervals;
  if (input.clause.type !== 'renewing') throw new Error('only a renewing treaty can run on without an end');
  intervals.push({
    status: 'in-force',
    from: lastEnd,
    to: null,
    term: null,
    termEnd: null,
    continuesByRenewal: { fromTerm: lastTerm + 1, renewalTerm: input.clause.renewalTerm },
  });
  return intervals;
}
