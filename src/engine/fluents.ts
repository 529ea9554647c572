/**
 * Fluents as maximal half-open intervals, event-calculus style: an initiating event opens an
 * interval for its subject unless one is open; a terminating event closes it. Within a day,
 * initiations are applied before terminations, whatever the order the day's events are listed in.
 * Which events count can depend on the reading (`when`). Defined in the vocabulary, never here.
 */
import type { FluentEffect, IsoDate, ReadingChoice, VocabularyFile } from '../model/index.js';
import type { TimelineEvent } from './event-index/index.js';
import { choiceMatches } from './readings.js';

export interface FluentSpan {
  fluent: string;
  subject: string;
  from: IsoDate;
  to: IsoDate | null;
  initiatedBy: TimelineEvent;
  terminatedBy?: TimelineEvent;
}

/** fluent id → subject state → spans in date order. */
export type FluentIndex = Map<string, Map<string, FluentSpan[]>>;

/** The event types that start or end some fluent: the only events fluents need to see. */
export function fluentEventTypes(vocabulary: VocabularyFile): string[] {
  return [...new Set(vocabulary.fluents.flatMap((f) => [...f.initiatedBy, ...f.terminatedBy].map((effect) => effect.event)))];
}

/** An initiating or terminating event's effect on one subject's spans of one fluent. */
function applyEffect(
  bySubject: Map<string, FluentSpan[]>,
  subject: string,
  fluent: string,
  event: TimelineEvent,
  date: IsoDate,
  initiates: boolean,
): void {
  let spans = bySubject.get(subject);
  if (!spans) bySubject.set(subject, (spans = []));
  const last = spans[spans.length - 1];
  const open = last && last.to === null ? last : undefined;
  if (initiates) {
    if (!open) spans.push({ fluent, subject, from: date, to: null, initiatedBy: event });
  } else if (open && open.from < date) {
    open.to = date;
    open.terminatedBy = event;
  } else if (open) {
    // Started and ended on the same day: it held for no whole day; drop it.
    spans.pop();
  }
}

/** Fluent spans from the events (in timeline order; events of other types are ignored). */
export function computeFluents(vocabulary: VocabularyFile, events: readonly TimelineEvent[], choice: ReadingChoice): FluentIndex {
  // Which (fluent, effect) pairs each event type drives, under this reading.
  const effects = new Map<string, { fluent: string; effect: FluentEffect; initiates: boolean }[]>();
  for (const fluent of vocabulary.fluents) {
    for (const [list, initiates] of [
      [fluent.initiatedBy, true],
      [fluent.terminatedBy, false],
    ] as const) {
      for (const effect of list) {
        if (!choiceMatches(choice, effect.when)) continue;
        const entry = effects.get(effect.event) ?? [];
        entry.push({ fluent: fluent.id, effect, initiates });
        effects.set(effect.event, entry);
      }
    }
  }
  const index: FluentIndex = new Map(vocabulary.fluents.map((f) => [f.id, new Map()]));
  // Day by day: a day's events have no order among themselves (dates have no time), so every
  // initiation of the day is applied first and every termination after: a fluent started and ended
  // on the same day held for no whole day and is dropped, and one that held before a day on which it
  // is both ended and restarted ends that day. The result does not depend on how a day's events are
  // listed.
  let start = 0;
  while (start < events.length) {
    const date = events[start]!.date;
    let end = start + 1;
    while (end < events.length && events[end]!.date === date) end++;
    for (let pass = 0; pass < 2; pass++) {
      const initiates = pass === 0;
      for (let i = start; i < end; i++) {
        const event = events[i]!;
        const driven = effects.get(event.type);
        if (!driven) continue;
        for (let d = 0; d < driven.length; d++) {
          const { fluent, effect, initiates: kind } = driven[d]!;
          if (kind !== initiates) continue;
          const bySubject = index.get(fluent)!;
          const subjects = event[effect.subject];
          if (subjects === undefined) continue;
          if (typeof subjects === 'string') applyEffect(bySubject, subjects, fluent, event, date, initiates);
          else for (let k = 0; k < subjects.length; k++) applyEffect(bySubject, subjects[k]!, fluent, event, date, initiates);
        }
      }
    }
    start = end;
  }
  for (const bySubject of index.values()) for (const [subject, spans] of bySubject) if (spans.length === 0) bySubject.delete(subject);
  return index;
}
