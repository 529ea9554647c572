/**
 * What a report's lead paragraph says about the treaty: its title in quotes, who signed it, and when
 * ("X, office, and Y, office, signed the "Treaty …" on June 19" — the year from the report's date).
 */
import type { IngestWarning, Metadata, Piece } from '../model/index.js';
import { dateValue, mapPiece, rangesBetween, textValue } from './build.js';
import { findDates, findYearlessDates, resolveYearless } from './dates.js';
import type { MappedText } from './spans.js';

const TREATY_TITLE = /["“]((?:Treaty|Agreement|Convention|Protocol|Accord|Pact|Charter|Declaration)\b[^"”]{1,300})["”]/;
const SIGNED = /\b(?:signed|inked)\b/;
/** One to six capitalised words: "Kim Jong Un", "Vladimir Vladimirovich Putin". */
const PERSON_NAME = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,5}$/u;

function signatoriesOf(raw: string, mapped: MappedText, end: number): NonNullable<Metadata['signatories']> {
  const subject = mapped.text.slice(0, end);
  const separator = /, and (?=\p{Lu})/u.test(subject) ? /, and (?=\p{Lu})/gu : / and (?=\p{Lu})/gu;
  const parts = rangesBetween(subject, separator);
  const signatories: NonNullable<Metadata['signatories']> = [];
  // Every part must open with a name (capitalised words), or the subject is no list of signatories.
  const names = parts.map(({ from, to }) => subject.slice(from, to).split(',')[0]!.trim());
  if (!names.every((name) => PERSON_NAME.test(name))) return [];
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
export function readLead(raw: string, lead: Piece, reference: string | null, metadata: Metadata, warnings: IngestWarning[]): void {
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
  else if (at)
    warnings.push({
      code: 'date-without-year',
      message: `the report gives the signature date "${at.text}" without a year, and has no date of its own to take it from`,
      spans: at.spans,
    });
}
