/**
 * A state named by its name or alias in a corpus file ("Finland", "United Kingdom", "FRG") is read as
 * its code (FIN, GBR, DEU) before the file is validated, so that the schema, the checks and the engine
 * only ever see codes; the file's text keeps the name, and positions stay those of the file.
 */
import type { z } from 'zod';
import { isActorCode, isStateCode, type StateNameIndex } from '../model/index.js';
import type { PathKey } from './yaml-file.js';

/**
 * The fields that name a state or an actor in treaty, history, scenario and gazetteer files: an event's
 * by/against/to/parties, a treaty's parties, an expectation's party, bearer and beneficiary, a lifecycle
 * clause's including and parties, a registration's by, a place's state.
 */
const STATE_KEYS = new Set(['by', 'against', 'to', 'parties', 'party', 'including', 'bearer', 'beneficiary', 'state']);
/** Fields that may also hold a role id of the treaty (lower-case: "attacked-party"), left as it is. */
const ROLE_KEYS = new Set(['bearer', 'beneficiary']);
const ID_SHAPED = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** A name has a letter and is not a date or a number (`to: 1991-12-26` is a day, not a state). */
const NAME_LIKE = /^(?![\d\s-]+$)(?=.*\p{L})/u;

/**
 * Replaces, in `data` (a parsed YAML or JSON document), every name or alias of a state or actor in a
 * state field by its code. Returns the names it could not read, by `pathKey` of their path, so that a
 * schema error there can say "unknown state" with the nearest names.
 */
export function readStateNames(data: unknown, names: StateNameIndex): Map<string, string> {
  const unresolved = new Map<string, string>();
  const stack: [unknown, PathKey[]][] = [[data, []]];
  const read = (value: unknown, key: string, path: PathKey[]): unknown => {
    if (typeof value !== 'string') {
      stack.push([value, path]);
      return value;
    }
    if (names.entry(value) !== undefined) return value;
    if (ROLE_KEYS.has(key) && ID_SHAPED.test(value)) return value;
    // A name in capitals ("BORDURIA") is shaped as an actor's code: it is still read as the name it is.
    const code = names.resolve(value);
    if (code !== undefined) return code;
    // A code states.yaml lacks is left to the reference checks, which say "unknown state" with the nearest codes.
    if (!isStateCode(value) && !isActorCode(value) && NAME_LIKE.test(value)) unresolved.set(pathKey(path), value);
    return value;
  };
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push([item, [...path, i]]));
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(record)) {
        if (STATE_KEYS.has(key) && Array.isArray(value)) {
          record[key] = value.map((item, i) => read(item, key, [...path, key, i]));
        } else if (STATE_KEYS.has(key)) {
          record[key] = read(value, key, [...path, key]);
        } else {
          stack.push([value, [...path, key]]);
        }
      }
    }
  }
  return unresolved;
}

/** The key `readStateNames` files a path under. */
export function pathKey(path: readonly PathKey[]): string {
  return JSON.stringify(path);
}

/** Whether a schema issue is a state code's pattern refusing the value (alone, or as one form of a union). */
export function refusesStateCode(issue: z.core.$ZodIssue): boolean {
  const messages = issue.code === 'invalid_union' ? issue.errors.flat().map((e) => e.message) : [issue.message];
  return messages.some((m) => /state code|state's code/.test(m));
}
