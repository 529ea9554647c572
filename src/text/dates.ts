/**
 * Dates as documents write them, read into calendar dates (YYYY-MM-DD, no time zone). English,
 * French, Spanish, Dutch and German month names (English and French also abbreviated), day-month-year
 * and month-day-year orders, ISO dates, "the 12th day of March 2001", days and years in words ("the
 * fourth day of April, 1949", "le quatre avril mil neuf cent quarante-neuf", "de vierde April 1949"),
 * a Roman month ("4.IV.1949", always day first), numeric DD/MM/YYYY (disambiguated by the caller),
 * dates without a year (resolved by the caller against a reference date), and the Juche calendar of
 * DPRK sources (Juche year 1 = 1912, so Gregorian year = Juche year + 1911).
 *
 * Every pattern here is linear: no nested quantifiers, bounded repetitions only.
 */
import { daysInMonth, formatDate, MONTH_NAMES } from '../model/index.js';
import { DAY_WORDS, DAY_WORD_SOURCE, NUMBER_RUN_SOURCE, readNumberWords, wordKey } from './date-words.js';

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  février: 2,
  fevrier: 2,
  févr: 2,
  fevr: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  août: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  décembre: 12,
  decembre: 12,
  déc: 12,
  // Spanish, Dutch and German, in full: their abbreviations are left out, as no source needs them.
  enero: 1,
  januari: 1,
  januar: 1,
  febrero: 2,
  februari: 2,
  februar: 2,
  marzo: 3,
  maart: 3,
  märz: 3,
  maerz: 3,
  abril: 4,
  mayo: 5,
  mei: 5,
  junio: 6,
  juni: 6,
  julio: 7,
  juli: 7,
  agosto: 8,
  augustus: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  oktober: 10,
  noviembre: 11,
  diciembre: 12,
  dezember: 12,
};

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase()] ?? null;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A date found in a text: where it is, and the calendar date it names. */
export interface FoundDate {
  index: number;
  length: number;
  value: string;
}

/** The year after the month: figures or words, perhaps after "de" (Spanish), "in the year" or "of the year". */
const YEAR = String.raw`(?:de\s+|(?:in|of)\s+the\s+year\s+(?:of\s+our\s+Lord\s+)?)?(?:(\d{4})(?!\d)|(${NUMBER_RUN_SOURCE}))`;
/** Between the day and the month: "day of", "of", "de", "del mes de", "dag van", or nothing. */
const DAY_OF = String.raw`(\s+day\s+of(?:\s+the\s+month\s+of)?|\s+of|\s+de(?:l\s+mes\s+de)?|\s+dag\s+van)?`;
const MONTH = String.raw`\s+(\p{L}{3,10})\.?,?\s+`;
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<!\d)(\d{1,2})(st|nd|rd|th|er|\.)?${DAY_OF}${MONTH}${YEAR}`, 'giu');
const WORD_DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(${DAY_WORD_SOURCE})${DAY_OF}${MONTH}${YEAR}`, 'giu');
const MONTH_DAY_YEAR = /(?<!\p{L})(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/giu;
const ROMAN_MONTH = /(?<![\d.])(\d{1,2})([./-]) ?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2 ?(\d{4})(?!\d)/g;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A date as written, read or not: its day, month and year may make no calendar date. */
interface Written {
  index: number;
  length: number;
  year: number;
  month: number;
  day: number;
}

interface DayMonthYear {
  index: number;
  whole: string;
  day: number;
  /** Whether the day is in figures. */
  figures: boolean;
  /** "st", "th", "er", "." after a day in figures. */
  suffix: string | undefined;
  /** "day of", "of", "de"… between the day and the month. */
  between: string | undefined;
  month: string;
  yearFigures: string | undefined;
  yearWords: string | undefined;
}

/** A day-month-year match as written; a year in words may be read only in part ("… nine and one"). */
function dayMonthYear(found: DayMonthYear, out: Written[]): void {
  const month = monthNumber(found.month);
  // "4 of April" is no date ("Law 4 of March 1950" names a law); "4th of April" and "fourth of April" are.
  const bareOf = /^\s+of$/i.test(found.between ?? '');
  if (month === null || (bareOf && found.figures && !/^(?:st|nd|rd|th)$/i.test(found.suffix ?? ''))) return;
  const { index, whole, day } = found;
  if (found.yearFigures !== undefined) {
    out.push({ index, length: whole.length, year: Number(found.yearFigures), month, day });
    return;
  }
  const run = found.yearWords!;
  const year = readNumberWords(run);
  // A year in words is a year only from 1000: "the fourth day of April, one" is no date.
  if (!year || year.value < 1000) return;
  out.push({ index, length: whole.length - run.length + year.length, year: year.value, month, day });
}

/** Every date written with a recognised month, valid or not. */
function writtenDates(text: string): Written[] {
  const out: Written[] = [];
  const at = (match: RegExpExecArray, year: number, month: number | null, day: number): void => {
    if (month !== null && month >= 1 && month <= 12) out.push({ index: match.index, length: match[0].length, year, month, day });
  };
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const [whole, day, suffix, between, month, yearFigures, yearWords] = m;
    dayMonthYear({ index: m.index, whole, day: Number(day), figures: true, suffix, between, month: month!, yearFigures, yearWords }, out);
  }
  for (const m of text.matchAll(WORD_DAY_MONTH_YEAR)) {
    const [whole, day, between, month, yearFigures, yearWords] = m;
    const value = DAY_WORDS.get(wordKey(day!))!;
    dayMonthYear(
      { index: m.index, whole, day: value, figures: false, suffix: undefined, between, month: month!, yearFigures, yearWords },
      out,
    );
  }
  for (const match of text.matchAll(MONTH_DAY_YEAR)) at(match, Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  for (const match of text.matchAll(ROMAN_MONTH)) at(match, Number(match[4]), ROMAN_MONTHS.indexOf(match[3]!) + 1, Number(match[1]));
  for (const match of text.matchAll(ISO)) at(match, Number(match[1]), Number(match[2]), Number(match[3]));
  return out;
}

/** The dates in order, the longest first where two start together, without overlaps. */
function withoutOverlaps<T extends { index: number; length: number }>(found: T[]): T[] {
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: T[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (!last || date.index >= last.index + last.length) kept.push(date);
  }
  return kept;
}

/** A date written with day, month and year that is no calendar date ("the thirty-first day of April, 1949"). */
export interface ImpossibleDate {
  index: number;
  length: number;
  /** Why: "April has 30 days", "1950 is not a leap year". */
  reason: string;
}

function impossibility(date: Written): string {
  if (date.year < 1 || date.year > 9999) return `the year ${date.year} is out of range`;
  if (date.month === 2 && date.day === 29) return `${date.year} is not a leap year`;
  return `${MONTH_NAMES[date.month - 1]!} has ${daysInMonth(date.year, date.month)} days`;
}

/**
 * The dates of a text in one pass: the complete (year-bearing) ones, in order, without overlaps; and
 * those written in full that name no calendar day, where no valid date is read from the same words.
 */
export function readDates(text: string): { dates: FoundDate[]; impossible: ImpossibleDate[] } {
  const written = writtenDates(text);
  const dates = withoutOverlaps(
    written
      .filter((date) => isValidDate(date.year, date.month, date.day))
      .map((date) => ({ index: date.index, length: date.length, value: formatDate(date.year, date.month, date.day) })),
  );
  const impossible: ImpossibleDate[] = [];
  // Both lists are in order: one sweep finds the valid dates each impossible one overlaps.
  let v = 0;
  for (const date of withoutOverlaps(written.filter((d) => !isValidDate(d.year, d.month, d.day)))) {
    while (v < dates.length && dates[v]!.index + dates[v]!.length <= date.index) v++;
    const next = dates[v];
    if (next && next.index < date.index + date.length) continue;
    impossible.push({ index: date.index, length: date.length, reason: impossibility(date) });
  }
  return { dates, impossible };
}

/** Every complete (year-bearing) date in the text, in order, without overlaps. */
export function findDates(text: string): FoundDate[] {
  return readDates(text).dates;
}

/** Dates written in full that name no calendar day, where no valid date is read from the same words. */
export function findImpossibleDates(text: string): ImpossibleDate[] {
  return readDates(text).impossible;
}

/** A month and day without a year, e.g. the "June 20" of a news dateline. */
export interface YearlessDate {
  index: number;
  length: number;
  month: number;
  day: number;
}

const MONTH_DAY = /(?<!\p{L})(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)/gu;

/** Month-day expressions ("June 19", "Nov. 28") in the text, in order. */
export function findYearlessDates(text: string): YearlessDate[] {
  const found: YearlessDate[] = [];
  for (const match of text.matchAll(MONTH_DAY)) {
    const month = monthNumber(match[1]!);
    const day = Number(match[2]);
    // 2000 is a leap year, so 29 February passes here and is checked when a year is known.
    if (month !== null && isValidDate(2000, month, day)) {
      found.push({ index: match.index, length: match[0].length, month, day });
    }
  }
  return found;
}

/**
 * The year-bearing date of a month-day on or before a reference date: the latest such date not after
 * it (a report speaks of what has happened). Null if none within eight years (29 February).
 */
export function resolveYearless(month: number, day: number, reference: string): string | null {
  const [refYear, refMonth, refDay] = reference.split('-').map(Number) as [number, number, number];
  let year = month < refMonth || (month === refMonth && day <= refDay) ? refYear : refYear - 1;
  for (let tries = 0; tries < 8; tries++, year--) {
    if (isValidDate(year, month, day)) return formatDate(year, month, day);
  }
  return null;
}

/** Numeric day/month/year, e.g. "20/06/2024": both readings, when each is a valid date. */
export interface NumericDate {
  index: number;
  length: number;
  dayFirst: string | null;
  monthFirst: string | null;
}

const NUMERIC = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g;

export function findNumericDates(text: string): NumericDate[] {
  return [...text.matchAll(NUMERIC)].map((match) => {
    const a = Number(match[1]);
    const b = Number(match[2]);
    const year = Number(match[3]);
    return {
      index: match.index,
      length: match[0].length,
      dayFirst: isValidDate(year, b, a) ? formatDate(year, b, a) : null,
      monthFirst: isValidDate(year, a, b) ? formatDate(year, a, b) : null,
    };
  });
}

/** Gregorian year = Juche year + 1911 (Juche 1 is 1912, the year of Kim Il Sung's birth). */
export const JUCHE_YEAR_OFFSET = 1911;

const JUCHE = /Juche\s?(\d{1,3})\.(\d{1,2})\.(\d{1,2})\.?/gi;

/** Juche-calendar dates like "Juche113.6.20." with their Gregorian value. */
export function findJucheDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(JUCHE)) {
    const year = Number(match[1]) + JUCHE_YEAR_OFFSET;
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (isValidDate(year, month, day)) found.push({ index: match.index, length: match[0].length, value: formatDate(year, month, day) });
  }
  return found;
}
