/** What an event on the evaluated timeline is (a scenario's event as given, or a recorded one with its origin), and the tests on one. */
import type { Event } from '../../model/index.js';

export interface HistoryOrigin {
  readonly kind: 'history';
  readonly treaty: string;
}

/** An event on an evaluated timeline: a scenario's event as given, or a recorded one with its origin. */
export type TimelineEvent = Event & { readonly origin?: HistoryOrigin };

/** A test on an event at a position of the timeline (reading the columns where it can). */
export type EventTest = (e: TimelineEvent, position: number) => boolean;

/** A test on the event at a position, from the timeline's columns (the event itself read only where a test must). */
export type PositionTest = (position: number) => boolean;

export function eventKinds(e: Event): string[] {
  return e.kind === undefined ? [] : Array.isArray(e.kind) ? e.kind : [e.kind];
}

export function originLabel(e: TimelineEvent): string {
  return e.origin ? `recorded history of ${e.origin.treaty}` : 'scenario';
}
