/**
 * The treaty office's view of one day: in force or not, since and until when, which term, and the
 * notice deadlines that matter on that day.
 *
 * `until` and `cause` rest on every recorded act, including acts after the day asked about (the
 * engine evaluates a recorded history, not what was known on the day). The deadlines and
 * `endIfNoticeGiven` describe what a notice given on that day would do.
 */
import { contains, type IsoDate } from '../../model/index.js';
import { noticeEffectOn } from './notices.js';
import { firstTermInTimeFor, noticeDeadline, termEnd, termRuleOf, type TermRule } from './terms.js';
import { computeLifecycle } from './intervals.js';
import type { LifecycleInput, LifecycleStatus } from './types.js';

const NOTHING_SCHEDULED = {
  term: null,
  termStart: null,
  termEnd: null,
  noticeDeadline: null,
  nextNoticeDeadline: null,
  endIfNoticeGiven: null,
  cause: null,
} as const;

/** The next notice deadline and the end it leads to; null when either is past 9999-12-31. */
function nextDeadline(rule: TermRule, term: number): LifecycleStatus['nextNoticeDeadline'] {
  const date = noticeDeadline(rule, term);
  const end = termEnd(rule, term);
  return date === null || end === null ? null : { date, term, termEnd: end };
}

export function statusOn(input: LifecycleInput, date: IsoDate, options: { party?: string } = {}): LifecycleStatus {
  const entry = input.entryIntoForce;
  if (date < entry) return { date, status: 'not-in-force', since: null, until: entry, ...NOTHING_SCHEDULED };

  // With the horizon at `date`, the interval containing `date` is always a listed term, never the
  // open interval that stands for later renewals.
  const lifecycle = computeLifecycle(input, { until: date, ...options });
  const interval = lifecycle.intervals.find((candidate) => contains(candidate, date));
  if (interval === undefined) throw new Error(`no lifecycle interval contains ${date}`);
  if (interval.status === 'terminated') {
    return { date, status: 'terminated', since: interval.from, until: null, ...NOTHING_SCHEDULED, cause: interval.cause };
  }

  const rule = termRuleOf(input.clause, entry);
  const term = interval.term;
  const hasNoticeDeadlines = rule !== null && rule.noticeBefore !== null && term !== null;
  const nextTerm = hasNoticeDeadlines ? firstTermInTimeFor(rule, date) : null;
  return {
    date,
    status: 'in-force',
    since: entry,
    until: lifecycle.end?.date ?? null,
    term,
    termStart: term === null ? null : interval.from,
    termEnd: interval.termEnd,
    noticeDeadline: hasNoticeDeadlines ? noticeDeadline(rule, term) : null,
    nextNoticeDeadline: rule === null || nextTerm === null ? null : nextDeadline(rule, nextTerm),
    endIfNoticeGiven: noticeEffectOn(input.clause, rule, entry, date)?.takesEffect ?? null,
    cause: null,
  };
}
