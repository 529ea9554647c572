/** The words of a lifecycle: why a treaty ended, and the status intervals of a computed lifecycle, each with its explanation. */
import {
  type ExplanationStep,
  type IsoDate,
  LAST_DATE,
  type StatusIntervalJson,
  boundAs,
  deadlineInWords,
  lastDayBefore,
  spanInWords,
} from '../../model/index.js';
import { describeEvent, eventStep } from '../explain.js';
import type { TimelineEvent } from '../event-index/index.js';
import { noticeDeadline, termRuleOf, type ComputableClause, type Lifecycle, type TerminationCause } from '../lifecycle/index.js';

/** What the words need: the notices and other events the causes name, by id. */
export interface CauseContext {
  notices: ReadonlyMap<string, TimelineEvent>;
  /** Agreements, outside events: events a cause names by id. */
  events: ReadonlyMap<string, TimelineEvent>;
  /** The step citing the succession through which a continuator acted for `party` on `date`, if it did. */
  succession: (party: string, date: IsoDate) => ExplanationStep | undefined;
}

/** "notice notice-1995 by RUS, continuing SUN, of 1995-08-07": the act named by the state that made it. */
function noticeAuthor(cause: { noticeId: string; by: string }, ctx?: CauseContext): string {
  const e = ctx?.notices.get(cause.noticeId);
  return e?.by && e.by !== cause.by ? `${boundAs(cause.by, e.by)},` : cause.by;
}

/** "on D (last day in force D−1)": the day a treaty (or a party's participation) ended, said with its last day in force. */
export function endedOnWords(ended: IsoDate): string {
  return `on ${ended} (last day in force ${lastDayBefore(ended)})`;
}

export function causeText(cause: TerminationCause, ctx?: CauseContext): string {
  switch (cause.kind) {
    case 'expiry':
      return `expired at the end of term ${cause.term}`;
    case 'notice':
      return `notice ${cause.noticeId} by ${noticeAuthor(cause, ctx)} of ${cause.givenOn}, ${cause.onTime ? 'in time' : 'too late for the term in which it was given; in time'} for term ${cause.inTimeForTerm}: notice ${deadlineInWords(cause.deadline)}`;
    case 'withdrawal':
      return `withdrawal notice ${cause.noticeId} by ${noticeAuthor(cause, ctx)} of ${cause.givenOn}`;
    case 'agreement':
      return `termination agreed on ${cause.concludedOn} (${cause.agreementId})`;
    case 'tied':
      return `${cause.treaty}, which it lasts as long as, ended ${endedOnWords(cause.treatyEnded)}`;
    case 'outside-event':
      return `${cause.eventType.replace(/-/g, ' ')}${cause.by ? ` by ${cause.by}` : ''} on ${cause.on} (${cause.eventId})`;
    case 'too-few-parties':
      return `fewer than ${cause.minimum} parties remained (${cause.remaining})`;
  }
}

function causeSteps(cause: TerminationCause, ended: IsoDate, ctx: CauseContext): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  if (cause.kind === 'notice' || cause.kind === 'withdrawal') {
    const e = ctx.notices.get(cause.noticeId);
    if (e) {
      steps.push(
        eventStep(e, `Notice given by ${boundAs(cause.by, e.by ?? cause.by)}${e.by && e.by !== cause.by ? ',' : ''} on ${e.date}`),
      );
      const succession = e.by && e.by !== cause.by ? ctx.succession(cause.by, e.date) : undefined;
      if (succession) steps.push(succession);
    }
  }
  if (cause.kind === 'agreement' || cause.kind === 'outside-event') {
    const e = ctx.events.get(cause.kind === 'agreement' ? cause.agreementId : cause.eventId);
    if (e) steps.push(eventStep(e, `${cause.kind === 'agreement' ? 'Termination agreed' : 'Outside event'}: ${describeEvent(e)}`));
  }
  if (cause.kind === 'notice') {
    steps.push({
      step: 'lifecycle',
      text: cause.onTime
        ? `The notice was in time for term ${cause.inTimeForTerm}: notice ${deadlineInWords(cause.deadline)}; so the treaty ended with that term, ${endedOnWords(ended)}.`
        : `The notice missed the deadline for the term in which it was given; the first term it was in time for is term ${cause.inTimeForTerm}: notice ${deadlineInWords(cause.deadline)}; so the treaty ended with that term, ${endedOnWords(ended)}.`,
    });
  } else if (cause.kind === 'withdrawal') {
    const { noticePeriodEnds: periodEnds, minimumInForceEnds: minimumEnds, firstTermEnds } = cause;
    const by = noticeAuthor(cause, ctx).replace(/,$/, '');
    const limits = [
      ...(minimumEnds !== null ? [`the end of the minimum time in force (${minimumEnds})`] : []),
      ...(firstTermEnds ? [`the end of the first term (${firstTermEnds})`] : []),
    ];
    const effect = [periodEnds, ...(minimumEnds !== null ? [minimumEnds] : []), ...(firstTermEnds ? [firstTermEnds] : [])].sort().at(-1);
    steps.push({
      step: 'lifecycle',
      text:
        limits.length === 0
          ? `The withdrawal by ${by} took effect ${endedOnWords(periodEnds)}, at the end of the notice period.`
          : `The withdrawal by ${by} took effect ${endedOnWords(effect!)}, the later of the end of the notice period (${periodEnds}) and ${limits.join(' and ')}.`,
    });
  } else steps.push({ step: 'lifecycle', text: `Terminated ${endedOnWords(ended)}: ${causeText(cause, ctx)}.` });
  return steps;
}

/** The status intervals of a computed lifecycle from entry into force on, each with its explanation. */
export function lifecycleIntervals(
  lifecycle: Lifecycle,
  clause: ComputableClause,
  basisSteps: ExplanationStep[],
  ctx: CauseContext,
): StatusIntervalJson[] {
  // The last day a notice ends the treaty with a term: for the treaty office's calendar.
  const rule = termRuleOf(clause, lifecycle.entryIntoForce);
  const deadlineOf = (term: number | null) => (rule?.noticeBefore && term ? noticeDeadline(rule, term) : undefined);
  const intervals: StatusIntervalJson[] = [];
  for (const interval of lifecycle.intervals) {
    if (interval.status === 'in-force') {
      const deadline = deadlineOf(interval.term);
      const termText = interval.term
        ? `term ${interval.term}, ${interval.termEnd ? spanInWords(interval.from, interval.termEnd) : `from ${interval.from}, ending after ${LAST_DATE}`}${clause.type === 'first-term-then-indefinite' ? ', then until a notice takes effect' : ''}`
        : interval.continuesByRenewal
          ? `renewing every ${interval.continuesByRenewal.renewalTerm} from term ${interval.continuesByRenewal.fromTerm} on, unless notice is given`
          : clause.type === 'tied'
            ? `for as long as ${clause.treaty} is in force`
            : clause.type === 'first-term-then-indefinite'
              ? 'after its first term, until a notice takes effect'
              : 'without a time limit';
      intervals.push({
        status: 'in-force',
        from: interval.from,
        to: interval.to,
        term: interval.term,
        termEnd: interval.termEnd,
        ...(deadline ? { noticeDeadline: deadline } : {}),
        explanation: basisSteps.concat({ step: 'lifecycle', text: `In force, ${termText}.` }),
      });
    } else {
      intervals.push({
        status: 'terminated',
        from: interval.from,
        to: null,
        term: null,
        cause: causeText(interval.cause, ctx),
        explanation: basisSteps.concat(causeSteps(interval.cause, interval.from, ctx)),
      });
    }
  }
  return intervals;
}

export function notInForce(from: IsoDate | null, to: IsoDate | null, steps: ExplanationStep[], text: string): StatusIntervalJson {
  return { status: 'not-in-force', from, to, term: null, explanation: steps.concat({ step: 'lifecycle', text }) };
}
