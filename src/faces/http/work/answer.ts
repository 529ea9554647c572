/**
 * A task's JSON answered as the route's `c.json` would answer it: the same bytes (the task
 * serialized its result with JSON.stringify) and the same content type, without parsing it again.
 */
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { Done } from './tasks.js';

/** Typed as `c.json(result, status)` is, for the route's answer schema. */
export function jsonAnswer<T, S extends 200 | 201>(
  c: Context,
  done: Done<T>,
  status: S,
): Response & TypedResponse<JSONParsed<T>, S, 'json'> {
  const response: Response = c.body(done.json as Uint8Array<ArrayBuffer>, status, { 'content-type': 'application/json' });
  return response as Response & TypedResponse<JSONParsed<T>, S, 'json'>;
}

const decoder = new TextDecoder();
/** A task's result as a value (what a route stores). */
export const doneValue = <T>(done: Done<T>): T => JSON.parse(decoder.decode(done.json)) as T;
