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

type Orderer = (value: unknown) => unknown;

const identity: Orderer = (value) => value;

/** One orderer per schema, made once: the schema's keys are read once, not per value. */
const orderers = new WeakMap<z.ZodType, Orderer>();

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { def: Definition }).def;
}

function ordererOf(schema: z.ZodType): Orderer {
  const known = orderers.get(schema);
  if (known) return known;
  // A placeholder first: a schema that contains itself gets the orderer being made.
  let made: Orderer = identity;
  orderers.set(schema, (value) => made(value));
  made = makeOrderer(schema);
  orderers.set(schema, made);
  return made;
}

function makeOrderer(schema: z.ZodType): Orderer {
  let def = definitionOf(schema);
  // Optional, nullable, default and checks wrap the schema that gives the shape.
  while (def.innerType && def.type !== 'object' && def.type !== 'array') def = definitionOf(def.innerType);
  if (def.type === 'pipe' && def.in) def = definitionOf(def.in);
  if (def.type === 'array' && def.element) {
    const element = ordererOf(def.element);
    return (value) => {
      if (!Array.isArray(value)) return value;
      // Elements already in order are kept; the array is copied only once one of them changes.
      let out: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const ordered = item === null || typeof item !== 'object' ? item : element(item);
        if (ordered !== item && out === null) out = value.slice(0, i);
        if (out !== null) out.push(ordered);
      }
      return out ?? value;
    };
  }
  if (def.type === 'object' && def.shape) {
    const shape = def.shape;
    const keys = Object.keys(shape);
    const fields = keys.map((key) => ordererOf(shape[key]!));
    return (value) => {
      if (value === null || typeof value !== 'object') return value;
      const source = value as Record<string, unknown>;
      // Most objects are built in the schema's order: kept as they are when their keys already
      // follow it (none undefined, none unknown) and every field is kept too. A copy is made only
      // once something differs, with the fields before it taken as they are.
      let keep = true;
      let next = 0;
      for (const key in source) {
        while (next < keys.length && keys[next] !== key && source[keys[next]!] === undefined) next++;
        if (next >= keys.length || keys[next] !== key || source[key] === undefined) {
          keep = false;
          break;
        }
        next++;
      }
      let out: Record<string, unknown> | null = keep ? null : {};
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        const field = source[key];
        const ordered = field === null || typeof field !== 'object' ? field : fields[k]!(field);
        if (out === null && ordered !== field) {
          out = {};
          for (let j = 0; j < k; j++) if (source[keys[j]!] !== undefined) out[keys[j]!] = source[keys[j]!];
        }
        if (out !== null && ordered !== undefined) out[key] = ordered;
      }
      return out ?? value;
    };
  }
  return identity;
}

export function inSchemaOrder<T>(schema: z.ZodType<T>, value: T): T {
  return ordererOf(schema)(value) as T;
}
