/**
 * A value's objects rebuilt with their keys in the order a zod schema lists them, without checking
 * anything: for output whose shape the producer guarantees (and tests check against the schema), where
 * a full parse would cost a second deep walk with every check on hundreds of thousands of spans.
 * Keys the schema does not list are dropped, as a parse would drop them.
 */
import type { z } from 'zod';

// zod's internal definitions are typed per schema kind; this walk reads only the few fields it needs.
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { def: Definition }).def;
}

export function inSchemaOrder<T>(schema: z.ZodType<T>, value: T): T {
  return reorder(schema, value) as T;
}

function reorder(schema: z.ZodType, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  let def = definitionOf(schema);
  // Optional, nullable, default and checks wrap the schema that gives the shape.
  while (def.innerType && def.type !== 'object' && def.type !== 'array') def = definitionOf(def.innerType);
  if (def.type === 'pipe' && def.in) def = definitionOf(def.in);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = reorder(element, value[i]);
    return out;
  }
  if (def.type === 'object' && def.shape) {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key in def.shape) {
      if (source[key] !== undefined) out[key] = reorder(def.shape[key]!, source[key]);
    }
    return out;
  }
  return value;
}
