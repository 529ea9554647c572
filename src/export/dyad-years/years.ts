/**
 * Dyad-year rows comparable with ATOP's directed dyad-year files: one row per directed dyad (the
 * states in the parties' places), treaty and calendar year in which it holds on at least one day,
 * with the five codes (1, 0, null: unknown) and the day-level first and last day within the year.
 * Where the codes or the status change within a year, the year has one row per stretch (each with
 * its own start and end); stretches that meet with the same codes are one row. An interval whose
 * start the records do not settle (an unknown entry into force) gives no rows: a year cannot be told.
 */
import {
  addDays,
  compareStrings,
  partsOf,
  type AtopCodeName,
  type CompiledCorpus,
  type DyadYearRow,
  type DyadYearsResult,
  type IsoDate,
  type TreatyCheck,
} from '../../model/index.js';
import { codedDyads, type CodedDyads } from './dyads.js';
import { CODEBOOK } from './network.js';

export interface YearRange {
  /** The first year (absent: the first year any dyad holds). */
  from?: number;
  /** The last year (absent: the year of the last recorded event, or of a later end it fixes; open intervals run to it). */
  to?: number;
  /** Only the rows where this code is 1 or unknown. */
  code?: AtopCodeName;
}

const CODE_COLUMN = { DEFENSE: 'defense', OFFENSE: 'offense', NEUTRAL: 'neutral', NONAGG: 'nonagg', CONSUL: 'consul' } as const;
const yearOf = (d: IsoDate) => partsOf(d).year;
const pad = (y: number) => String(y).padStart(4, '0');

/** The dyad-year rows of the corpus over a range of years, by stateA, stateB, year, treaty, start. */
export function dyadYears(
  compiled: CompiledCorpus,
  check: { treaties: readonly TreatyCheck[] },
  range: YearRange = {},
  coded: CodedDyads = codedDyads(compiled, check),
): DyadYearsResult {
  // Loops, not Math.min(...list): a spread of a large corpus's intervals would overflow the stack.
  let first: number | undefined;
  let last = coded.recordedUntil ? yearOf(coded.recordedUntil) : undefined;
  for (const d of coded.dyads)
    for (const i of d.intervals) {
      if (i.from !== null) first = Math.min(first ?? Infinity, yearOf(i.from));
      const known = i.to !== null ? yearOf(addDays(i.to, -1)) : i.from !== null ? yearOf(i.from) : undefined;
      if (known !== undefined) last = Math.max(last ?? -Infinity, known);
    }
  const from = range.from ?? first ?? 1;
  // Open intervals run to the last recorded year; an end the records fix later (a withdrawal a year after its notice) is shown too.
  const to = range.to ?? last ?? from;
  const atopIds = new Map(compiled.treaties.map((t) => [t.treaty.id, t.treaty.atopId ?? null]));
  const rows: DyadYearRow[] = [];
  for (const d of coded.dyads) {
    let last: DyadYearRow | undefined;
    for (const i of d.intervals) {
      if (i.from === null || i.codes.every((c) => c.value === 0)) continue;
      const lastDay = i.to === null ? null : addDays(i.to, -1);
      const firstYear = Math.max(from, yearOf(i.from));
      const lastYear = Math.min(to, lastDay === null ? to : yearOf(lastDay));
      const value = (k: number) => i.codes[k]!.value;
      // The provisions behind a code that is 1 or unknown, in the treaty's order.
      const behind = new Set(i.codes.flatMap((c) => c.provisions));
      const provisions = d.provisions.flatMap((p) => (behind.has(p.id) ? [p.id] : []));
      for (let year = firstYear; year <= lastYear; year++) {
        const yearStart = `${pad(year)}-01-01`;
        const yearEnd = `${pad(year)}-12-31`;
        const row: DyadYearRow = {
          stateA: i.stateA,
          stateB: i.stateB,
          year,
          treaty: d.treaty,
          atopid: atopIds.get(d.treaty) ?? null,
          defense: value(0),
          offense: value(1),
          neutral: value(2),
          nonagg: value(3),
          consul: value(4),
          start: i.from > yearStart ? i.from : yearStart,
          end: lastDay !== null && lastDay < yearEnd ? lastDay : yearEnd,
          provisions,
        };
        if (range.code && row[CODE_COLUMN[range.code]] === 0) continue;
        if (last && continues(last, row)) last.end = row.end;
        else rows.push((last = row));
      }
    }
  }
  rows.sort(
    (a, b) =>
      compareStrings(a.stateA, b.stateA) ||
      compareStrings(a.stateB, b.stateB) ||
      a.year - b.year ||
      compareStrings(a.treaty, b.treaty) ||
      compareStrings(a.start, b.start),
  );
  return { from, to, rows, codebook: CODEBOOK };
}

/** Whether `next` carries on `last` the next day with the same states, year and codes. */
function continues(last: DyadYearRow, next: DyadYearRow): boolean {
  return (
    last.year === next.year &&
    last.stateA === next.stateA &&
    last.stateB === next.stateB &&
    addDays(last.end, 1) === next.start &&
    last.defense === next.defense &&
    last.offense === next.offense &&
    last.neutral === next.neutral &&
    last.nonagg === next.nonagg &&
    last.consul === next.consul &&
    last.provisions.join() === next.provisions.join()
  );
}
