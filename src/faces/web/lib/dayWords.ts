/**
 * The reader's "status on a day" in words: the treaty's status that day, each party's, the next
 * deadlines from that day, how the treaty ended, and the day typed in the address checked. Every
 * date is said through `wording.ts` (the one wording of time); the facts all come from the API's
 * answers (`/api/treaties/:id/status`, `/api/treaties/:id`), nothing is computed here but words.
 */
import type { ExplanationStep, PartyStatus, PartyTimeline, RecordedEvent, StatusResult, TreatyDetail } from '../api/types.js';
import { STATUS_LABELS } from './palette.js';
import { deadlineInWords, lastDayBefore, spanInWords } from './wording.js';

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `text` is not a day the reader can ask about, or null if it is one (YYYY-MM-DD, a real calendar day). */
export function dayProblem(text: string): string | null {
  const m = DAY_SHAPE.exec(text);
  const example = 'write it as YYYY-MM-DD, e.g. 1990-01-01';
  if (!m) return `“${text}” is not a day: ${example}`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1) return `“${text}” is not a day: years run from 0001; ${example}`;
  if (month < 1 || month > 12) return `“${text}” is not a day: there is no month ${m[2]} (months run from 01 to 12)`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day < 1 || day > days) return `“${text}” is not a day: month ${m[2]} of ${m[1]} has days 01 to ${days}`;
  return null;
}

/** The reasons an explanation gives for what it cannot settle (its missing-fact steps), or null. */
export function unknownReason(steps: readonly ExplanationStep[]): string | null {
  const missing = steps.filter((s) => s.step === 'missing-fact').map((s) => s.text);
  return missing.length ? missing.join(' ') : null;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The treaty's status on the day, in one sentence: "In force from 1986-09-10 to 1991-09-10 (last day 1991-09-09), term 5". */
export function treatyOnDay(r: StatusResult): string {
  const label = capital(STATUS_LABELS[r.status]);
  switch (r.status) {
    case 'in-force':
      if (r.term !== null && r.termStart)
        return `${label} ${spanInWords(r.termStart, r.termEnd)}, term ${r.term}${r.termEnd === null ? ' (the last term)' : ''}`;
      return `${label} ${spanInWords(r.since, r.until)}`;
    case 'not-in-force':
      if (r.since === null)
        return r.until ? `Not yet in force: in force from ${r.until}` : 'Not in force, and no day of entry into force is recorded';
      return `${label} ${spanInWords(r.since, r.until)}`;
    case 'terminated':
      return r.since ? `Terminated on ${r.since} (last day in force ${lastDayBefore(r.since)})` : label;
    case 'unknown': {
      const why = unknownReason(r.explanation);
      return `Unknown${r.since ? ` from ${r.since}` : ''}${why ? `: ${why}` : ''}`;
    }
    default:
      return `${label} ${spanInWords(r.since, r.until)}`;
  }
}

/** In force for longer than the term: the whole stretch ("in force without a break from … to …"), or null. */
export function stretchOnDay(r: StatusResult): string | null {
  if (r.status !== 'in-force' || r.term === null || !r.termStart || r.since === r.termStart) return null;
  return `In force without a break ${spanInWords(r.since, r.until)}.`;
}

/** The next deadlines from the day, in sentences: the term's end, the last day for notice, or a notice's effect. */
export function deadlinesOnDay(r: StatusResult): string[] {
  if (r.status !== 'in-force' && r.status !== 'suspended') return [];
  const out: string[] = [];
  const endSet = r.until !== null;
  if (r.term !== null && r.termEnd) {
    out.push(`Term ${r.term} ends ${r.termEnd} (last day ${lastDayBefore(r.termEnd)}).`);
    if (r.noticeDeadline) {
      if (r.date <= r.noticeDeadline)
        out.push(
          `To stop its renewal: notice ${deadlineInWords(r.noticeDeadline)}; a notice given by then ends the treaty on ${r.termEnd}, when term ${r.term} ends.`,
        );
      else {
        out.push(`To stop the renewal of term ${r.term}: notice ${deadlineInWords(r.noticeDeadline)}, a day already past on ${r.date}.`);
        const next = r.nextNoticeDeadline;
        if (next && !endSet)
          out.push(`Next: notice ${deadlineInWords(next.date)} ends the treaty on ${next.termEnd}, when term ${next.term} ends.`);
      }
    }
  } else if (r.term !== null && r.termEnd === null) {
    out.push(`Term ${r.term} has no end in the calendar the engine counts (past 9999-12-31).`);
  } else if (r.endIfNoticeGiven) {
    out.push(
      `No term to run out. A notice of denunciation or withdrawal given on ${r.date} would take effect on ${r.endIfNoticeGiven} (last day bound ${lastDayBefore(r.endIfNoticeGiven)}).`,
    );
  } else if (!endSet) {
    out.push('No term to run out, and the treaty’s rules as formalized provide no notice to end it.');
  }
  if (endSet && r.until) out.push(`The recorded acts end it on ${r.until} (last day in force ${lastDayBefore(r.until)}).`);
  return out;
}

/** How the treaty ended, from its lifecycle: the day, and the notice that ended it where one did. */
export interface TreatyEnd {
  date: string;
  lastDay: string;
  /** The recorded event that ended it (a notice), when the explanation names one. */
  event?: RecordedEvent;
  /** The party the event's author is bound in place of (RUS continuing SUN), when it is a continuator. */
  continuing?: string;
  /** The term the notice was in time for, and its deadline (last day). */
  term?: number;
  noticeDeadline?: string;
  /** The engine's cause in its words, where no event says it. */
  cause?: string;
}

export function treatyEnd(detail: Pick<TreatyDetail, 'history' | 'lifecycle'>): TreatyEnd | null {
  const { intervals, parties } = detail.lifecycle;
  const end = intervals.find((i) => i.status === 'terminated');
  if (!end?.from) return null;
  const ids = end.explanation.flatMap((s) => (s.step === 'event' && s.event ? [s.event.id] : []));
  // The last event the explanation rests on is the one that ended it (before it: the entry into force).
  const event = [...ids]
    .reverse()
    .map((id) => detail.history.find((e) => e.id === id))
    .find((e) => e !== undefined && e.date < end.from!);
  const lastTerm = [...intervals].reverse().find((i) => i.status === 'in-force' && i.to === end.from);
  const by = event?.by;
  const continuing = by === undefined ? undefined : parties.find((p) => p.party !== by && p.intervals.some((i) => i.state === by))?.party;
  const noticeEnded = event !== undefined && lastTerm?.noticeDeadline !== undefined && event.date <= lastTerm.noticeDeadline;
  return {
    date: end.from,
    lastDay: lastDayBefore(end.from)!,
    ...(event ? { event } : {}),
    ...(continuing ? { continuing } : {}),
    ...(noticeEnded && lastTerm.term !== null ? { term: lastTerm.term, noticeDeadline: lastTerm.noticeDeadline } : {}),
    ...(event ? {} : end.cause ? { cause: end.cause } : {}),
  };
}

/** The day the state `state` began to be bound in `party`'s place (its first interval), or null. */
export function continuingFrom(timeline: PartyTimeline | undefined, state: string): string | null {
  return timeline?.intervals.find((i) => i.state === state)?.from ?? null;
}

/** A party's status on the day, in words: "in force from 1991-12-25 to 1996-09-10 (last day 1996-09-09)", "not yet bound: bound from 1982-05-30". */
export function partyOnDay(p: PartyStatus): string {
  switch (p.status) {
    case 'not-in-force':
      return p.since === null
        ? p.until
          ? `not yet bound: bound from ${p.until}`
          : 'not bound, and no day it would be is recorded'
        : `not in force ${spanInWords(p.since, p.until)}`;
    case 'terminated':
      return p.since ? `no longer bound: ended on ${p.since} (last day bound ${lastDayBefore(p.since)})` : 'no longer bound';
    case 'unknown': {
      const why = unknownReason(p.explanation);
      return `unknown${p.since ? ` from ${p.since}` : ''}${why ? `: ${why}` : ''}`;
    }
    default:
      return `${STATUS_LABELS[p.status]} ${spanInWords(p.since, p.until)}`;
  }
}

/** The treaty's key days, for quick choices: signed, in force, its last day in force and its end (where recorded), and today. */
export function keyDays(detail: Pick<TreatyDetail, 'treaty' | 'lifecycle'>, today: string): { label: string; day: string }[] {
  const { intervals } = detail.lifecycle;
  const inForce = intervals.find((i) => i.status === 'in-force')?.from;
  const end = intervals.find((i) => i.status === 'terminated')?.from;
  return [
    { label: 'Signed', day: detail.treaty.signature.date },
    ...(inForce ? [{ label: 'Entry into force', day: inForce }] : []),
    ...(end ? [{ label: 'Last day in force', day: lastDayBefore(end)! }] : []),
    ...(end ? [{ label: 'Ended', day: end }] : []),
    { label: 'Today', day: today },
  ];
}

/** An event type in words: "denunciation-notice" → "Denunciation notice". */
export function eventTypeInWords(type: string): string {
  return capital(type.replace(/-/g, ' '));
}

/** The recorded events sorted by date (stable: the history's order within a day). */
export function eventsByDate(history: readonly RecordedEvent[]): RecordedEvent[] {
  return history
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

/** The anchor of a recorded event in the reader ("event-notice-1995"). */
export function eventAnchor(id: string): string {
  return `event-${id}`;
}

/** The parties on the day, counted by status: "in force for 16 of 33 parties; not in force for 17". */
export function partyCounts(parties: readonly Pick<PartyStatus, 'status'>[]): string {
  const counts = new Map<PartyStatus['status'], number>();
  for (const p of parties) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  return [...counts]
    .map(([status, n], i) => `${STATUS_LABELS[status]} for ${n}${i === 0 ? ` of ${parties.length} parties` : ''}`)
    .join('; ');
}
