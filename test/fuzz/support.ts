/**
 * The fuzz suite's settings and tally. Short mode (the default, in `npm test`): a few dozen inputs per
 * property, the whole suite in about 20 seconds. Long mode (`PACTA_FUZZ=long`): hundreds to thousands
 * per property and longer inputs, for a run by hand:
 *
 *   PACTA_FUZZ=long node --import tsx --test --test-concurrency=1 test/fuzz/*.test.ts
 *
 * Each file prints one line per property when it ends: inputs tried, failures, calls over the time
 * bound, the slowest call. `PACTA_FUZZ_SEED` replays a run (fast-check prints the seed of a failure).
 */
import fc from 'fast-check';

export const LONG = process.env.PACTA_FUZZ === 'long';

/** Inputs per property: `short` in npm test, `long` under PACTA_FUZZ=long. */
export function runs(short: number, long: number): number {
  return LONG ? long : short;
}

/** fast-check's parameters for a property of `short`/`long` runs (a seed from PACTA_FUZZ_SEED replays one). */
export function params(short: number, long: number): fc.Parameters<unknown> {
  const seed = process.env.PACTA_FUZZ_SEED;
  return { numRuns: runs(short, long), ...(seed ? { seed: Number(seed) } : {}) };
}

/** One property's tally: inputs, the slowest call, calls past the bound. */
export class Tally {
  inputs = 0;
  slowest = 0;
  slowestInput = '';
  overBound = 0;

  constructor(
    readonly name: string,
    /** Longest a single call may take, in ms. */
    readonly boundMs: number,
  ) {}

  /** Runs `call`, timing it; returns its result. A call past the bound is counted (the property then fails on it). */
  time<T>(input: string, call: () => T): { result: T; ms: number } {
    const started = performance.now();
    const result = call();
    return { result, ms: this.record(input, performance.now() - started) };
  }

  async timeAsync<T>(input: string, call: () => Promise<T>): Promise<{ result: T; ms: number }> {
    const started = performance.now();
    const result = await call();
    return { result, ms: this.record(input, performance.now() - started) };
  }

  private record(input: string, ms: number): number {
    this.inputs++;
    if (ms > this.slowest) {
      this.slowest = ms;
      this.slowestInput = input.length > 80 ? `${input.slice(0, 80)}… (${input.length} chars)` : input;
    }
    if (ms > this.boundMs) this.overBound++;
    return ms;
  }

  line(): string {
    return `fuzz ${LONG ? 'long' : 'short'} ${this.name}: ${this.inputs} inputs, ${this.overBound} over ${this.boundMs} ms, slowest ${this.slowest.toFixed(0)} ms (${JSON.stringify(this.slowestInput)})`;
  }
}

/** Structural tokens of treaty texts, news pages and UNTS records, for mutations that reach deep into the parsers. */
export const TEXT_TOKENS = [
  'Article 1\n',
  'ARTICLE V\n',
  'Art. 3. ',
  '\n\n',
  '\n',
  '\r\n',
  '\r',
  '\f',
  '---\n',
  '<sup>1</sup>',
  '<sup>*</sup>',
  '¹',
  '[^1]',
  '[^1]: ',
  '[1]',
  '[2]',
  '\n1 ',
  '\n[2] ',
  '_\n\n _[NAA : A1838, TS686/1, ii]_',
  '1 ',
  '(a) ',
  '(iv) ',
  '2. ',
  'No. 6045. ',
  'UNITED NATIONS TREATY SERIES',
  'Came into force on 10 September 1961',
  'DONE at Moscow on 6 July 1961, in two copies',
  'For the Union of Soviet Socialist Republics:\n',
  'Pyongyang, June 19 (KCNA) -- ',
  'Juche 113 (2024)',
  '12/03/1999',
  '29 February 2001',
  '**',
  '#### ',
  '\\',
  '\u00a0',
  '\uFEFF',
  '\u2028',
  '\t',
  ' ',
  '🤝',
];

/** A string with random edits (delete, duplicate, insert a token or random text, swap, truncate) of `text`. */
export function mutated(text: string, maxEdits: number): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
    fc.record({
      kind: fc.constant('duplicate' as const),
      at: fc.nat(),
      length: fc.nat({ max: 400 }),
      times: fc.integer({ min: 1, max: 20 }),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      what: fc.constantFrom(...TEXT_TOKENS),
      times: fc.integer({ min: 1, max: 50 }),
    }),
    fc.record({ kind: fc.constant('random' as const), at: fc.nat(), what: fc.string({ maxLength: 40, unit: 'binary' }) }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat(), length: fc.nat({ max: 200 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );
  return fc.array(edit, { minLength: 1, maxLength: maxEdits }).map((edits) => {
    let s = text;
    for (const e of edits) {
      const at = s.length === 0 ? 0 : e.at % (s.length + 1);
      if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.length);
      else if (e.kind === 'duplicate') s = s.slice(0, at) + s.slice(at, at + e.length).repeat(e.times + 1) + s.slice(at + e.length);
      else if (e.kind === 'insert') s = s.slice(0, at) + e.what.repeat(e.times) + s.slice(at);
      else if (e.kind === 'random') s = s.slice(0, at) + e.what + s.slice(at);
      else if (e.kind === 'swap') {
        const other = s.length === 0 ? 0 : e.other % (s.length + 1);
        const [a, b] = at < other ? [at, other] : [other, at];
        const length = Math.min(e.length, b - a);
        s = s.slice(0, a) + s.slice(b, b + length) + s.slice(a + length, b) + s.slice(a, a + length) + s.slice(b + length);
      } else s = s.slice(0, at);
    }
    return s;
  });
}
