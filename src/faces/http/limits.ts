/**
 * Every bound the HTTP face puts on a request or an answer, in one place. Each is refused with a
 * problem whose detail names the limit and its value; the README lists them.
 */
import { MAX_INPUT_BYTES } from '../../text/index.js';

/** Largest JSON (or YAML) body of a scenario, run or saved, in bytes: 1 MiB (larger: 413). */
export const JSON_BODY_LIMIT = 1024 * 1024;

/** Largest body carrying a text to ingest: the ingest limit (10 MiB) and 64 KiB for the JSON around it (larger: 413). */
export const TEXT_BODY_LIMIT = MAX_INPUT_BYTES + 64 * 1024;

/**
 * Most values (object keys and array elements, counted together, at every depth) in a JSON body:
 * 10,000 (more: 413). A scenario of a thousand events has some 7,000. The scenario's checks read
 * its text again as YAML, for line and column, which costs far more per value than JSON.parse.
 */
export const MAX_BODY_VALUES = 10_000;

/**
 * Most keys of one object in a JSON body: 1,000 (more: 413). No object of the API has more than a
 * dozen; the YAML reader's duplicate-key check costs the square of an object's keys.
 */
export const MAX_OBJECT_KEYS = 1_000;

/** Deepest nesting of objects and arrays in a JSON body: 64 levels (deeper: 400). A scenario needs about 6. */
export const MAX_BODY_DEPTH = 64;

/** Most fields at fault listed in a problem's `errors`: 100, then one entry saying how many more there are. */
export const MAX_PROBLEM_ERRORS = 100;

/** Largest JSON answer, in bytes: 32 MiB (larger: 422, saying so, instead of the answer). */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** The limits as a value, so that a test can start a server with smaller ones. */
export interface HttpLimits {
  bodyValues: number;
  objectKeys: number;
  bodyDepth: number;
  responseBytes: number;
}

export const HTTP_LIMITS: HttpLimits = {
  bodyValues: MAX_BODY_VALUES,
  objectKeys: MAX_OBJECT_KEYS,
  bodyDepth: MAX_BODY_DEPTH,
  responseBytes: MAX_RESPONSE_BYTES,
};
