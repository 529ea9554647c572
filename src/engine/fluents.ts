/**
 * Fluents as maximal half-open intervals, event-calculus style: an initiating event opens an
 * interval for its subject unless one is open; a terminating event closes it. Which events count
 * can depend on the reading (`when`). Defined in the vocabulary, never here.
 */
import type { IsoDate } from '../model/calendar.js';
import type { TimelineEvent } from '../model/compiled.js';
import { statesIn } from '../model/event.js';
import type { FluentEffect, ReadingChoice, VocabularyFile } from '../model/vocabulary.js';
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

export function computeFluents(vocabulary: VocabularyFile, events: readonly TimelineEvent[], choice: ReadingChoice): FluentIndex {
  // Which (fluent, effect) pairs each event type drives, under this reading.
  const effects = new Map<string, { fluent: string; effect: FluentEffect; initiates: boolean }[]>();
  for (const fluent of vocabulary.fluents) {
    for (const [list, initiates] of [[fluent.initiatedBy, true], [fluent.terminatedBy, false]] as const) {
      for (const effect of list) {
        if (!choiceMatches(choice, effect.when)) continue;
        const entry = effects.get(effect.event) ?? [];
        entry.push({ fluent: fluent.id, effect, initiates });
        effects.set(effect.event, entry);
      }
    }
  }
  const index: FluentIndex = new Map(vocabulary.fluents.map((f) => [f.id, new Map()]));
  for (const event of events) {
    const driven = effects.get(event.type);
    if (!driven) continue;
    // Terminations first: an event that both ends and restarts a fluent on one day leaves it holding.
    for (const pass of [false, true]) {
      for (const { fluent, effect, initiates } of driven) {
        if (initiates !== pass) continue;
        const bySubject = index.get(fluent)!;
        for (const subject of statesIn(event, effect.subject)) {
          const spans = bySubject.get(subject) ?? [];
          const open = spans.length > 0 && spans[spans.length - 1]!.to === null ? spans[spans.length - 1]! : undefined;
          if (initiates && !open) spans.push({ fluent, subject, from: event.date, to: null, initiatedBy: event });
          if (!initiates && open && open.from < event.date) {
            open.to = event.date;
            open.terminatedBy = event;
          } else if (!initiates && open && open.from === event.date) {
            // Started and ended on the same day: it held for no whole day; drop it.
            spans.pop();
          }
          bySubject.set(subject, spans);
        }
      }
    }
  }
  return index;
}
