/** A treaty's view of the timeline (TreatyEvents): its actors' events by selection, memoized for the treaty's lifecycle and every run. */
import type { IsoDate } from '../../model/index.js';
import { ANY_FIELD, type Entries, type EntrySource, type Selection } from './index-rows.js';
import type { Timeline } from './timeline-index.js';
import type { EventTest, PositionTest, TimelineEvent } from './timeline-event.js';

/**
 * A treaty's view of the timeline: the events naming its actors (its parties and the states acting
 * for them), by type. Lists are selected from the timeline's index on demand and memoized; a view
 * lives for one treaty in one run.
 */
export class TreatyEvents implements EntrySource {
  private readonly selected = new Map<string, number[]>();
  private readonly filtered = new Map<string, readonly TimelineEvent[]>();
  private readonly passing = new Map<string, readonly number[]>();
  /** Index entries merged across several states. */
  private readonly merged = new Map<string, Entries>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    private readonly timeline: Timeline,
    /** The states whose events it holds, sorted, each once. */
    readonly actors: readonly string[],
  ) {}

  /** The timeline's entries for `states` and `type`, merged once where there are several states. */
  entries(states: readonly string[], type: string): Entries {
    if (states.length < 2) return this.timeline.entries(states, type);
    const key = `${type}\u0000${states.join(',')}`;
    let list = this.merged.get(key);
    if (!list) this.merged.set(key, (list = this.timeline.entries(states, type)));
    return list;
  }

  /** The treaty's events of `type`, in timeline order. */
  ofType(type: string): readonly TimelineEvent[] {
    return this.matching(`all:${type}`, () => ({ selection: { type, states: this.actors, fields: ANY_FIELD } }));
  }

  /** The positions of the selected events, ascending (memoized by selection). */
  private positions(selection: Selection): number[] {
    const w = selection.with;
    const key = `${selection.type}|${selection.states.join(',')}|${selection.fields}${w ? `|${w.states.join(',')}|${w.fields}|${w.orUntargeted ? 1 : 0}` : ''}`;
    let list = this.selected.get(key);
    if (!list) this.selected.set(key, (list = this.timeline.positions(selection, this)));
    return list;
  }

  /**
   * The selected events that pass the test, in timeline order, memoized under `key` (the caller
   * makes the key name everything the selection and the test depend on). `make` gives both, and is
   * called only the first time. The test is given each event's position, to read the timeline's
   * columns instead of the event where it can.
   */
  matching(key: string, make: () => { selection: Selection; test?: EventTest }): readonly TimelineEvent[] {
    let list = this.filtered.get(key);
    if (!list) {
      const { selection, test } = make();
      this.filtered.set(key, (list = this.timeline.pick(this.positions(selection), test)));
    }
    return list;
  }

  /**
   * Lists of positions computed together (`compute` gives one per key, in order) and memoized under
   * their keys; gives the list of the first key. `compute` is called only if that one is not known.
   */
  positionLists(keys: readonly string[], compute: () => readonly (readonly number[])[]): readonly number[] {
    let list = this.passing.get(keys[0]!);
    if (!list) {
      const lists = compute();
      keys.forEach((key, k) => {
        if (!this.passing.has(key)) this.passing.set(key, lists[k]!);
      });
      list = lists[0]!;
    }
    return list;
  }

  /** For each test, the positions of the selected events that pass it (one pass over the selection). */
  filterEach(selection: Selection, tests: readonly PositionTest[]): number[][] {
    return this.timeline.filterEach(this.positions(selection), tests);
  }

  /** A value computed once per view under `key`. */
  memo<T>(key: string, make: () => T): T {
    let value = this.memos.get(key) as T | undefined;
    if (value === undefined) this.memos.set(key, (value = make()));
    return value;
  }

  /** The timeline this view looks at. */
  get source(): Timeline {
    return this.timeline;
  }

  /** The first selected event in [from, to) that passes `test` (searched, not listed). */
  first(selection: Selection, from: IsoDate, to: IsoDate | null, test: (e: TimelineEvent) => boolean): TimelineEvent | undefined {
    return this.timeline.first(selection, from, to, test, this);
  }
}
