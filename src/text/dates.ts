/**
 * Dates as documents write them, read into calendar dates (YYYY-MM-DD, no time zone). English and
 * French month names (full or abbreviated), day-month-year and month-day-year orders, ISO dates,
 * "the 12th day of March 2001", numeric DD/MM/YYYY (disambiguated by the caller), dates without a
 * year (resolved by the caller against a reference date), and the Juche calendar of DPRK sources
 * (Juche year 1 = 1912, so Gregorian year = Juche year + 1911).
 *
 * Every pattern here is linear: no nested quantifiers, bounded repetitions only.
 */

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
};

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase()] ?? null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date found in a text: where it is, and the calendar date it names. */
export interface FoundDate {
  index: number;
  length: number;
  value: string;
}

const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?(?:\s+day\s+of)?\s+(\p{L}{3,9})\.?,?\s+(\d{4})(?!\d)/giu;
const MONTH_DAY_YEAR = /(?<!\p{L})(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/giu;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/** Every complete (year-bearing) date in the text, in order, without overlaps. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (match: RegExpExecArray, year: number, month: number | null, day: number): void => {
    if (month !== null && isValidDate(year, month, day)) {
      found.push({ index: match.index, length: match[0].length, value: isoDate(year, month, day) });
    }
  };
  for (const match of text.matchAll(DAY_MONTH_YEAR)) add(match, Number(match[3]), monthNumber(match[2]!), Number(match[1]));
  for (const match of text.matchAll(MONTH_DAY_YEAR)) add(match, Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  for (const match of text.matchAll(ISO)) add(match, Number(match[1]), Number(match[2]), Number(match[3]));
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (!last || date.index >= last.index + last.length) kept.push(date);
  }
  return kept;
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
    if (isValidDate(year, month, day)) return isoDate(year, month, day);
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
      dayFirst: isValidDate(year, b, a) ? isoDate(year, b, a) : null,
      monthFirst: isValidDate(year, a, b) ? isoDate(year, a, b) : null,
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
    if (isValidDate(year, month, day)) found.push({ index: match.index, length: match[0].length, value: isoDate(year, month, day) });
  }
  return found;
}
