/**
 * A news report as a web page captures it:
 *
 *     February 22, 2026Feb 22, 2026            the aggregator's capture date (not the report's)
 *     KCNA KCNA.kp (En)                        the aggregator's feed label        → removed
 *     <headline>                               the last header line before the story
 *     Date: 20/06/2024 | Source: … | …         the aggregator's note of date and source
 *     Pyongyang, June 20 (KCNA) -- <lead>      the wire dateline opens the lead paragraph
 *     <paragraphs> … -0-                       the story, to the wire's end mark
 *     www.kcna.kp (Juche113.6.20.)             the agency's source line, maybe with a Juche date
 *     More From …, headlines, teasers, dates   the site's navigation               → removed
 *
 * Rules, not positions: the dateline is found by its shape, the header lines by theirs, the end of the
 * story by the end mark (or, without one, by the first line of page furniture), and the navigation by
 * its headings and the repeated headline/teaser/date groups it is made of.
 */
import type { DateValue, DocumentParagraph, IngestWarning, Metadata, MetadataLine, Piece, Removed, TextValue } from '../model/document.js';
import { dateValue, mapPiece, pieceIn, pieceOf, segmentsOfLines, textValue } from './build.js';
import { blocksOfFlow } from './blocks.js';
import { findDates, findJucheDates, findNumericDates, findYearlessDates, monthNumber, resolveYearless } from './dates.js';
import { DATELINE } from './detect.js';
import type { FlowLine } from './layout.js';
import { mapLine, type Line } from './lines.js';
import type { MappedText } from './spans.js';

export interface NewsParts {
  title: Piece | null;
  metadata: Metadata;
  metadataLines: MetadataLine[];
  paragraphs: DocumentParagraph[];
  removed: Removed[];
}

const END_MARK = /(?:^|\s)(-0-|-30-|###|\(END\))$/;
const SOURCE_LINE = /^(?:https?:\/\/|www\.)[^\s()]{1,200}(?: ?\(([^()]{1,60})\))?$/;
const NAVIGATION = /^(?:More From\b|More Articles$|More News$|Related(?: Articles| News| Stories)?$|Read More$|Most Read$|Latest News$|Top Stories$|Back to top$|Share(?: this)?$)/i;
const TREATY_TITLE = /["“]((?:Treaty|Agreement|Convention|Protocol|Accord|Pact|Charter|Declaration)\b[^"”]{1,300})["”]/;
const SIGNED = /\b(?:signed|inked)\b/;

function isDateOnly(text: string): boolean {
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.index) + rest.slice(date.index + date.length);
  return /^[\s,.;|–—-]*$/.test(rest);
}

function lineValue(raw: string, line: Line): { piece: Piece; mapped: MappedText } | null {
  const piece = pieceOf(raw, line.segments);
  return piece ? { piece, mapped: mapLine(raw, line) } : null;
}

function asLine(role: MetadataLine['role'], piece: Piece): MetadataLine {
  return { role, text: piece.text, spans: piece.spans };
}

interface Header {
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

function parseHeader(raw: string, lines: readonly Line[]): Header {
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
        else if (written) header.writtenDate = dateValue(raw, mapped, fieldStart + written.index, fieldStart + written.index + written.length, written.value);
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
  for (const piece of unclassified) header.removed.push({ reason: 'aggregator-header', ...piece });
  return header;
}

/** The site's navigation after the story: headings, and groups of headline, teasers and dates. */
function parseTrailer(raw: string, lines: readonly Line[]): Removed[] {
  const removed: Removed[] = [];
  let group: Line[] = [];
  const close = (): void => {
    const piece = pieceOf(raw, group.map((line) => line.content));
    if (piece) removed.push({ reason: 'related-article', ...piece });
    group = [];
  };
  for (const line of lines) {
    if (line.blank) continue;
    const text = line.text;
    if (NAVIGATION.test(text)) {
      close();
      const piece = pieceOf(raw, [line.content]);
      if (piece) removed.push({ reason: 'site-navigation', ...piece });
    } else if (group.length > 0 && (isDateOnly(text) || DATELINE.test(text) || (group.length === 1 && text === group[0]!.text))) {
      group.push(line);
    } else {
      close();
      group.push(line);
    }
  }
  close();
  return removed;
}

function isTrailerStart(text: string, next: string | undefined): boolean {
  return SOURCE_LINE.test(text) || NAVIGATION.test(text) || isDateOnly(text) || text === next;
}

function signatoriesOf(raw: string, mapped: MappedText, end: number): NonNullable<Metadata['signatories']> {
  const subject = mapped.text.slice(0, end);
  const separator = /, and (?=\p{Lu})/u.test(subject) ? /, and (?=\p{Lu})/gu : / and (?=\p{Lu})/gu;
  const parts: { from: number; to: number }[] = [];
  let cursor = 0;
  for (const match of subject.matchAll(separator)) {
    parts.push({ from: cursor, to: match.index });
    cursor = match.index + match[0].length;
  }
  parts.push({ from: cursor, to: subject.length });
  const signatories: NonNullable<Metadata['signatories']> = [];
  for (const part of parts) {
    const from = part.from;
    // The words before "signed" end with the last signatory's office and maybe a comma.
    const to = from + subject.slice(from, part.to).replace(/[\s,;:]+$/, '').length;
    const comma = subject.indexOf(',', from);
    const nameEnd = comma >= 0 && comma < to ? comma : to;
    const name = textValue(raw, mapped, from, nameEnd);
    if (!name) continue;
    const office = nameEnd < to ? textValue(raw, mapped, nameEnd + 1, to) : null;
    signatories.push(office ? { name, office } : { name });
  }
  return signatories;
}

/** Dates, title and signatories the lead paragraph reports: "X and Y signed the "Treaty …" on June 19." */
function readLead(raw: string, lead: Piece, reference: string | null, metadata: Metadata, warnings: IngestWarning[]): void {
  const mapped = mapPiece(raw, lead);
  const text = mapped.text;
  const title = TREATY_TITLE.exec(text);
  if (title) {
    const start = title.index + 1;
    const value = textValue(raw, mapped, start, start + title[1]!.length);
    if (value) metadata.titles = [{ ...value, language: 'en' }];
  }
  const signed = SIGNED.exec(text);
  if (!signed) return;
  if (signed.index > 0 && signed.index < 400) {
    const signatories = signatoriesOf(raw, mapped, signed.index);
    if (signatories.length > 0) metadata.signatories = signatories;
  }
  const after = signed.index + signed[0].length;
  const full = findDates(text.slice(after))[0];
  if (full) {
    const date = dateValue(raw, mapped, after + full.index, after + full.index + full.length, full.value);
    if (date) metadata.signature = { date };
    return;
  }
  const yearless = findYearlessDates(text.slice(after))[0];
  if (!yearless) return;
  const resolved = reference ? resolveYearless(yearless.month, yearless.day, reference) : null;
  const at = textValue(raw, mapped, after + yearless.index, after + yearless.index + yearless.length);
  if (resolved && at) metadata.signature = { date: { value: resolved, text: at.text, spans: at.spans } };
  else if (at) warnings.push({ code: 'date-without-year', message: `the report gives the signature date "${at.text}" without a year, and has no date of its own to take it from`, spans: at.spans });
}

export function parseNews(raw: string, flow: readonly FlowLine[], warnings: IngestWarning[]): NewsParts {
  const datelineIndex = flow.findIndex(({ line }) => DATELINE.test(line.text));
  const header = parseHeader(raw, flow.slice(0, datelineIndex).map((f) => f.line));
  const metadata: Metadata = {};
  const metadataLines: MetadataLine[] = [...header.lines];
  const removed: Removed[] = [...header.removed];

  // The dateline and where the lead's own words begin.
  const datelineLine = flow[datelineIndex]!.line;
  const datelineMap = mapLine(raw, datelineLine);
  const dateline = DATELINE.exec(datelineMap.text)!;
  const closeParen = datelineMap.text.indexOf(')', dateline[1]!.length + dateline[2]!.length) + 1;
  const datelinePiece = pieceIn(raw, datelineMap, 0, closeParen)!;
  metadataLines.push(asLine('dateline', datelinePiece));
  const leadFrom = dateline[0].length < datelineMap.text.length ? datelineMap.origin[dateline[0].length]! : datelineLine.content.end;
  const [monthName, dayText] = dateline[2]!.replace('.', '').split(' ') as [string, string];
  const datelineMonth = monthNumber(monthName);
  const datelineDay = Number(dayText);

  // The report's own date: a numeric date is read day-first or month-first, whichever the dateline confirms.
  if (header.numericDate) {
    const { mapped, index, length, dayFirst, monthFirst } = header.numericDate;
    const agrees = (iso: string | null): boolean => iso !== null && Number(iso.slice(5, 7)) === datelineMonth && Number(iso.slice(8, 10)) === datelineDay;
    const chosen = dayFirst === monthFirst ? dayFirst : agrees(dayFirst) ? dayFirst : agrees(monthFirst) ? monthFirst : dayFirst && !monthFirst ? dayFirst : !dayFirst ? monthFirst : null;
    const date = chosen ? dateValue(raw, mapped, index, index + length, chosen) : null;
    if (date) metadata.date = date;
    else {
      const spans = textValue(raw, mapped, index, index + length)?.spans ?? [];
      warnings.push({ code: 'ambiguous-date', message: 'the report’s date could be read day-first or month-first, and the dateline does not settle it', spans });
    }
  } else if (header.writtenDate) metadata.date = header.writtenDate;

  // The story: from the dateline to the end mark, or to the first line of page furniture.
  const bodyFlow = flow.slice(datelineIndex);
  const blocks = blocksOfFlow(bodyFlow);
  let lastBlock = blocks.length - 1;
  let endMark: { line: Line; from: number; piece: Piece } | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const lastLine = blocks[b]![blocks[b]!.length - 1]!.line;
    const mark = END_MARK.exec(lastLine.text);
    if (mark) {
      const map = mapLine(raw, lastLine);
      const markStart = mark.index + mark[0].length - mark[1]!.length;
      endMark = { line: lastLine, from: map.origin[markStart]!, piece: pieceIn(raw, map, markStart, map.text.length)! };
      lastBlock = b;
      break;
    }
    const next = blocks[b + 1]?.[0]?.line.text;
    if (b > 0 && isTrailerStart(blocks[b]![0]!.line.text, next)) {
      lastBlock = b - 1;
      break;
    }
  }
  const paragraphs: DocumentParagraph[] = [];
  blocks.slice(0, lastBlock + 1).forEach((block, b) => {
    const from = b === 0 ? leadFrom : 0;
    const to = b === lastBlock && endMark ? endMark.from : Infinity;
    const piece = pieceOf(raw, segmentsOfLines(block.map((f) => f.line), from, to));
    if (piece) paragraphs.push({ role: paragraphs.length === 0 ? 'lead' : 'body', ...piece });
  });
  if (endMark) {
    metadataLines.push(asLine('end-mark', endMark.piece));
    metadata.endMark = { value: endMark.piece.text, ...endMark.piece };
  }

  // After the story: the agency's source line, then the site's navigation.
  let trailer = blocks.slice(lastBlock + 1).flat().map((f) => f.line);
  const sourceLine = trailer[0];
  if (sourceLine && SOURCE_LINE.test(sourceLine.text)) {
    trailer = trailer.slice(1);
    const map = mapLine(raw, sourceLine);
    const piece = pieceOf(raw, sourceLine.segments)!;
    metadataLines.push(asLine('source-line', piece));
    const urlEnd = map.text.search(/\s|\(|$/);
    const url = textValue(raw, map, 0, urlEnd)!;
    const juche = findJucheDates(map.text)[0];
    const written = findDates(map.text)[0];
    const date = juche
      ? dateValue(raw, map, juche.index, juche.index + juche.length, juche.value, 'juche')
      : written
        ? dateValue(raw, map, written.index, written.index + written.length, written.value)
        : null;
    metadata.sourceLine = date ? { url, date, text: piece.text, spans: piece.spans } : { url, text: piece.text, spans: piece.spans };
  }
  removed.push(...parseTrailer(raw, trailer));

  // The dateline's year comes from the report's date (or the source line's), never from the capture.
  const reference = metadata.date?.value ?? metadata.sourceLine?.date?.value ?? null;
  const place = textValue(raw, datelineMap, 0, dateline[1]!.length)!;
  const monthDayStart = dateline[1]!.length + 2;
  const monthDay = textValue(raw, datelineMap, monthDayStart, monthDayStart + dateline[2]!.length)!;
  const agencyStart = datelineMap.text.indexOf('(', monthDayStart) + 1;
  const agency = textValue(raw, datelineMap, agencyStart, agencyStart + dateline[3]!.length);
  const resolved = reference && datelineMonth !== null ? resolveYearless(datelineMonth, datelineDay, reference) : null;
  if (!resolved) {
    warnings.push({ code: 'date-without-year', message: `the dateline gives "${monthDay.text}" without a year, and the report has no date of its own to take it from`, spans: monthDay.spans });
  }
  metadata.dateline = {
    place,
    ...(resolved ? { date: { value: resolved, text: monthDay.text, spans: monthDay.spans } } : {}),
    ...(agency ? { agency } : {}),
    text: datelinePiece.text,
    spans: datelinePiece.spans,
  };
  if (agency) metadata.publisher = agency;
  if (header.feed) metadata.feed = header.feed;
  if (header.capturedOn) metadata.capturedOn = header.capturedOn;
  const lead = paragraphs[0];
  if (lead) readLead(raw, lead, resolved ?? reference, metadata, warnings);

  return { title: header.title, metadata, metadataLines, paragraphs, removed };
}
