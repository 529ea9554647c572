/**
 * The timeline a run evaluates: the treaties' recorded history (less the events a scenario drops)
 * and the scenario's own events, in date order, indexed by the states they name so that each treaty
 * looks only at the events of its parties.
 */
import type { CompiledTreaty, TimelineEvent } from '../model/compiled.js';
import type { Event } from '../model/event.js';
import { STATE_FIELDS, statesIn } from '../model/event.js';

export interface TimelineInput {
  treaties: readonly CompiledTreaty[];
  includeHistory: boolean;
  /** "treaty-id/event-id" of recorded events to leave out. */
  drop: readonly string[];
  events: readonly Event[];
}

export class Timeline {
  readonly events: TimelineEvent[];
  private readonly byState = new Map<string, number[]>();

  constructor(input: TimelineInput) {
    const dropped = new Set(input.drop);
    const all: TimelineEvent[] = [];
    if (input.includeHistory) {
      for (const t of input.treaties) {
        for (const e of t.history) {
          if (!dropped.has(`${t.treaty.id}/${e.id}`)) all.push({ ...e, origin: { kind: 'history', treaty: t.treaty.id } });
        }
      }
    }
    for (const e of input.events) all.push({ ...e, origin: { kind: 'scenario' } });
    // Stable: by date, then in the order given (history before scenario, file order within each).
    this.events = all.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i)).map((x) => x.e);
    this.events.forEach((e, i) => {
      const seen = new Set<string>();
      for (const field of STATE_FIELDS) for (const s of statesIn(e, field)) seen.add(s);
      for (const s of seen) {
        let list = this.byState.get(s);
        if (!list) this.byState.set(s, (list = []));
        list.push(i);
      }
    });
  }

  /** Events naming any of `states`, in timeline order. */
  involving(states: readonly string[]): TimelineEvent[] {
    const indices = new Set<number>();
    for (const s of states) for (const i of this.byState.get(s) ?? []) indices.add(i);
    return [...indices].sort((a, b) => a - b).map((i) => this.events[i]!);
  }

  lastDate(): string | undefined {
    return this.events[this.events.length - 1]?.date;
  }
}

export function eventKinds(e: Event): string[] {
  return e.kind === undefined ? [] : Array.isArray(e.kind) ? e.kind : [e.kind];
}

export function originLabel(e: TimelineEvent): string {
  return e.origin.kind === 'history' ? `recorded history of ${e.origin.treaty}` : 'scenario';
}
