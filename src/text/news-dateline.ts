/**
 * The wire dateline that opens a report: "Pyongyang, June 20 (KCNA) -- …": the place, a month and
 * day without a year (the year comes from the report's own date, never from the capture date), and
 * the agency, which is the report's publisher.
 */
import type { IngestWarning, Metadata, Piece, TextValue } from '../model/index.js';
import { pieceIn, textValue } from './build.js';
import { monthNumber, resolveYearless } from './dates.js';
import { DATELINE } from './detect.js';
import { mapLine, type Line } from './lines.js';

export interface Dateline {
  piece: Piece;
  place: TextValue;
  monthDay: TextValue;
  month: number | null;
  day: number;
  agency: TextValue | null;
  /** Raw offset where the lead's own words begin, after the dateline's dash. */
  leadFrom: number;
}

/** Reads the dateline of a line that DATELINE matches. */
export function readDateline(raw: string, line: Line): Dateline {
  const mapped = mapLine(raw, line);
  const match = DATELINE.exec(mapped.text)!;
  const [, placeText, monthDayText, agencyText] = match as unknown as [string, string, string, string];
  const monthDayStart = placeText.length + 2;
  const agencyStart = mapped.text.indexOf('(', monthDayStart + monthDayText.length) + 1;
  const [monthName, dayText] = monthDayText.replace('.', '').split(' ') as [string, string];
  return {
    piece: pieceIn(raw, mapped, 0, agencyStart + agencyText.length + 1)!,
    place: textValue(raw, mapped, 0, placeText.length)!,
    monthDay: textValue(raw, mapped, monthDayStart, monthDayStart + monthDayText.length)!,
    month: monthNumber(monthName),
    day: Number(dayText),
    agency: textValue(raw, mapped, agencyStart, agencyStart + agencyText.length),
    leadFrom: match[0].length < mapped.text.length ? mapped.origin[match[0].length]! : line.content.end,
  };
}

/** The dateline as metadata, its date resolved against the report's date (latest such day not after it). */
export function datelineMetadata(
  dateline: Dateline,
  reference: string | null,
  warnings: IngestWarning[],
): NonNullable<Metadata['dateline']> {
  const resolved = reference && dateline.month !== null ? resolveYearless(dateline.month, dateline.day, reference) : null;
  if (!resolved) {
    warnings.push({
      code: 'date-without-year',
      message: `the dateline gives "${dateline.monthDay.text}" without a year, and the report has no date of its own to take it from`,
      spans: dateline.monthDay.spans,
    });
  }
  return {
    place: dateline.place,
    ...(resolved ? { date: { value: resolved, text: dateline.monthDay.text, spans: dateline.monthDay.spans } } : {}),
    ...(dateline.agency ? { agency: dateline.agency } : {}),
    text: dateline.piece.text,
    spans: dateline.piece.spans,
  };
}
