/**
 * What the read routes compute from the corpus, computed once per corpus version (the corpus is
 * loaded once, when the server starts, and never changes while it runs): each treaty's export
 * input (its lifecycle, the history-only evaluation, among them), the status of a treaty on a day (`statusAt`
 * evaluates the history again on each call), and the JSON answers built from them (a treaty's
 * detail, the list of a day, a status), kept as the bytes `c.json` would send, in bounded LRUs.
 * Every value is exactly what the route computed per request before, so the answers are
 * byte-identical; none is mutated after it is made.
 */
import type { CheckResult } from '../../../check/index.js';
import { EngineInputError, provisionAt, statusAt } from '../../../engine/index.js';
import { exportInputs } from '../../../export/index.js';
import { stateNamesOf } from '../../../corpus/index.js';
import {
  type CompiledCorpus,
  type ObligationResult,
  stateNameIndexOf,
  type StatusResult,
  type TreatyTimeline,
} from '../../../model/index.js';
import { partiesHint } from '../one-party.js';
import { dutyIds } from '../../../engine/index.js';
import { ProblemError } from '../problem.js';
import type { Done } from './tasks.js';

/** How many (treaty, day) statuses, and how many answers, are kept: the least recently used is dropped beyond it. */
export const STATUS_CACHE_ENTRIES = 4096;

const encoder = new TextEncoder();

/** A map that keeps at most `capacity` entries, dropping the least recently used. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      // Most recently used last: a Map iterates in insertion order.
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  /** The value for `key`, made by `make` (and kept) when there is none. */
  getOr(key: K, make: () => V): V {
    const found = this.get(key);
    if (found !== undefined) return found;
    const made = make();
    this.set(key, made);
    return made;
  }
}

type ExportInput = ReturnType<typeof exportInputs>[number];

/** The corpus's derived values, each made on first use and kept (per treaty: bounded by the corpus). */
export class CorpusMemo {
  private readonly inputs = new Map<string, ExportInput>();
  private readonly statuses: Lru<string, StatusResult>;
  private readonly answers: Lru<string, Done>;

  constructor(
    readonly compiled: CompiledCorpus,
    readonly check: CheckResult,
    statusEntries = STATUS_CACHE_ENTRIES,
  ) {
    this.statuses = new Lru(statusEntries);
    this.answers = new Lru(statusEntries);
  }

  /**
   * The treaty's lifecycle from its recorded history (what GET /api/treaties/:id shows): the
   * export input's, which is that very evaluation (the history only, this treaty only).
   */
  lifecycle(id: string): TreatyTimeline {
    return this.exportInput(id).timeline;
  }

  /**
   * `statusAt(compiled, id, date)`, or a party's status, remembered per (treaty, day, party). An
   * error (a bad day; a party that is not one, answered 400 naming `party`) is not kept.
   */
  status(id: string, date: string, named?: string): StatusResult {
    if (named === undefined) return this.statuses.getOr(`${id}\u0000${date}`, () => statusAt(this.compiled, id, date));
    const party = this.stateCode(named, 'party');
    return this.statuses.getOr(`${id}\u0000${date}\u0000${party}`, () => {
      try {
        return statusAt(this.compiled, id, date, undefined, party);
      } catch (error) {
        if (!(error instanceof EngineInputError)) throw error;
        throw new ProblemError(400, `party: ${party} is not a party to ${id} on ${date}`, [
          {
            field: 'party',
            message: 'not a party',
            hint: partiesHint(this.status(id, date).parties),
          },
        ]);
      }
    });
  }

  /** The code of a state named by its code, name or alias; none: 400 naming `field`, with the nearest states. */
  stateCode(named: string, field: string): string {
    const states = stateNamesOf(this.check.corpus) ?? stateNameIndexOf(this.compiled.states);
    const code = states.resolve(named);
    if (code !== undefined) return code;
    const unknown = states.unknown(named);
    throw new ProblemError(400, `${field}: ${unknown.message}`, [{ field, message: unknown.message, hint: unknown.hint }]);
  }

  /** The JSON answer kept under `key`, made (and serialized) by `make` when there is none. */
  answer<T>(key: string, make: () => T): Done<T> {
    return this.answers.getOr(key, () => ({ json: encoder.encode(JSON.stringify(make())) })) as Done<T>;
  }

  /**
   * `provisionAt(compiled, id, provision, date)`: the duty's rows on the day, or why none arose. A
   * provision the treaty lacks, or one that is not a duty, is answered 400 naming `provision`.
   */
  provision(id: string, provision: string, date: string): ObligationResult[] {
    try {
      return provisionAt(this.compiled, id, provision, date);
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      throw new ProblemError(400, `provision: ${error.message}`, [
        {
          field: 'provision',
          message: 'not an obligation or a prohibition of the treaty',
          hint: `give one of its duties: ${dutyIds(this.compiled, [id]).join(', ') || 'it has none'}`,
        },
      ]);
    }
  }

  /** The answer of GET /api/treaties/:id/status?at=date[&party=X][&provision=ID]. */
  statusAnswer(id: string, date: string, party?: string, provision?: string): Done<StatusResult & { obligations?: ObligationResult[] }> {
    return this.answer(`status\u0000${id}\u0000${date}\u0000${party ?? ''}\u0000${provision ?? ''}`, () => {
      // The provision first: an unknown one is refused whatever the party.
      const obligations = provision === undefined ? undefined : this.provision(id, provision, date);
      const status = this.status(id, date, party);
      return obligations ? { ...status, obligations } : status;
    });
  }

  /** The export input of one treaty. */
  exportInput(id: string): ExportInput {
    let found = this.inputs.get(id);
    if (!found) {
      found = exportInputs(this.compiled, this.check, [id])[0]!;
      this.inputs.set(id, found);
    }
    return found;
  }
}
