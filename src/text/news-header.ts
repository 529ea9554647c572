/**
 * The header of a captured news page, before the dateline: the aggregator's capture date, its feed
 * label, the headline (the last line that is nothing else), and its "Date: … | Source: …" note.
 */
import type { DateValue, IngestWarning, MetadataLine, Piece, Removed, TextValue } from '../model/index.js';
import { dateValue, textValue } from './build.js';
import { findDates, findNumericDates } from './dates.js';
import type { Line } from './lines.js';
import { asLine, isDateOnly, lineValue } from './news-lines.js';
import type { MappedText } from './spans.js';

export interface Header {
  title: Piece | null;
  lines: MetadataLine[];
  removed: Removed[];
  capturedOn: DateValue | null;
  feed: TextValue | null;
  /** The "Date:" field: the two readings of a numeric date, chosen later with the dateline. */
  numericDate: { mapped: MappedText; index: number; length: number; dayFirst: string | null; monthFirst: string | null } | null;
  /** Or a date written out. */
  writtenDate: DateValue | null;
}

export function parseHeader(raw: string, lines: readonly Line[]): Header {
  const header: Header = { title: null, lines: [], removed: [], capturedOn: null, feed: null, numericDate: null, writtenDate: null };
  const unclassified: Piece[] = [];
  for (const line of lines) {
    const found = lineValue(raw, line);
    if (!found) continue;
    const { piece, mapped } = found;
    const text = mapped.text;
    if (/^(?:Date|Published|Source)\s?:/i.test(text)) {
      header.lines.push(asLine('source-info', piece));
      const dateField = /\bDate\s?:\s?([^|]{1,60})/i.exec(text);
      if (dateField) {
        const fieldStart = dateField.index + dateField[0].length - dateField[1]!.length;
        const numeric = findNumericDates(dateField[1]!)[0];
        const written = findDates(dateField[1]!)[0];
        if (numeric) header.numericDate = { mapped, ...numeric, index: fieldStart + numeric.index };
        else if (written)
          header.writtenDate = dateValue(
            raw,
            mapped,
            fieldStart + written.index,
            fieldStart + written.index + written.length,
            written.value,
          );
      }
      const sourceField = /\bSource\s?:\s?([^|]{1,80}?)\s?(?:\||$)/i.exec(text);
      if (sourceField) {
        const start = sourceField.index + sourceField[0].indexOf(sourceField[1]!, sourceField[0].indexOf(':'));
        header.feed = textValue(raw, mapped, start, start + sourceField[1]!.length);
      }
    } else if (header.capturedOn === null && unclassified.length === 0 && isDateOnly(text)) {
      const date = findDates(text)[0]!;
      header.lines.push(asLine('captured-on', piece));
      header.capturedOn = dateValue(raw, mapped, date.index, date.index + date.length, date.value);
    } else {
      unclassified.push(piece);
    }
  }
  // The headline is the last header line that is nothing else; lines before it are the aggregator's.
  header.title = unclassified.pop() ?? null;
  for (const piece of unclassified) header.removed.push({ reason: 'aggregator-header', text: piece.text, spans: piece.spans });
  return header;
}

/**
 * The report's own date. A numeric "20/06/2024" is read day-first or month-first, whichever reading
 * the dateline's month and day confirm; when neither does and both are valid, no date is guessed.
 */
export function reportDate(raw: string, header: Header, month: number | null, day: number, warnings: IngestWarning[]): DateValue | null {
  if (!header.numericDate) return header.writtenDate;
  const { mapped, index, length, dayFirst, monthFirst } = header.numericDate;
  const agrees = (iso: string | null): boolean => iso !== null && Number(iso.slice(5, 7)) === month && Number(iso.slice(8, 10)) === day;
  const readings = [dayFirst, monthFirst].filter((iso): iso is string => iso !== null);
  const chosen = new Set(readings).size === 1 ? readings[0]! : (readings.find(agrees) ?? null);
  if (chosen) return dateValue(raw, mapped, index, index + length, chosen);
  warnings.push({
    code: 'ambiguous-date',
    message: 'the report’s date could be read day-first or month-first, and the dateline does not settle it',
    spans: textValue(raw, mapped, index, index + length)?.spans ?? [],
  });
  return null;
}
