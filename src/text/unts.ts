/**
 * The front matter of a UN Treaty Series record, before the treaty's text:
 *
 *     No. 6045                                       registration number
 *     UNION OF … and DEMOCRATIC …                    parties (a connector alone on its line)
 *     Treaty of … . Signed at Moscow, on 6 July 1961 title and signature, per language
 *     Official texts: Russian and Korean.            official languages
 *     Registered by … on 23 January 1962.            registration
 *     [TRANSLATION — TRADUCTION]                     the text that follows is a translation
 *     No. 6045. TREATY OF …¹ BETWEEN … SIGNED AT …   the heading of the text itself
 *
 * The record repeats the title block in English and French; metadata values come from the English
 * block (or the first one when there is no English block), and every language's title is kept.
 */
import type { BooleanValue, IngestWarning, Metadata, MetadataLine, Piece, TextValue } from '../model/document.js';
import { dateValue, mapPiece, pieceIn, pieceOf, segmentsOfLines, textValue } from './build.js';
import { blocksOfFlow } from './blocks.js';
import { findDates } from './dates.js';
import { REGISTRATION_HEADING, REGISTRATION_NUMBER } from './detect.js';
import { guessLanguage } from './language.js';
import type { FlowLine } from './layout.js';
import type { Line } from './lines.js';
import { findParty } from './parties.js';

export interface UntsFront {
  metadata: Metadata;
  metadataLines: MetadataLine[];
  title: Piece | null;
  /** Index in the flow where the treaty's text (its preamble) begins. */
  bodyStart: number;
  /** Whether the record's own heading was found (otherwise the text's first lines give the title). */
  hasHeading: boolean;
}

const TRANSLATION_NOTICE = /^\[(?:TRANSLATION|TRADUCTION)\b[^\]]{0,80}\]$/;
const ORIGINAL_NOTICE = /^\[[A-Z]{2,20} TEXT\b[^\]]{0,80}\]$/;
const OFFICIAL_TEXTS = /^(?:Official texts?|Textes? officiels?|Textos? oficial(?:es)?)\s?:?\s?/;
const REGISTERED = /^(?:Registered by|Enregistrée? par|Registrado por)\s/;
const CONNECTOR = /^(?:and|et|y|и)$/i;
const SIGNED_LINE = /^(?:Signed|Signé|Signée|Firmado|Done|Fait|Concluded|Conclu|Opened for signature|Ouvert à la signature)(?!\p{L})/iu;
const HEADING_SIGNED = /\.\s(?:SIGNED|Signed|DONE|Done|CONCLUDED|Concluded|OPENED FOR SIGNATURE|Opened for signature)\b/g;
const PLACE = /(?<!\p{L})(?:at|AT|à|À|en|EN) (\p{Lu}[\p{L}.' -]{0,40}?)(?=,| on\b| ON\b| le\b| el\b|$)/u;

type Role = MetadataLine['role'];

interface Classified {
  role: Role;
  language: string;
  piece: Piece;
  /** Parties blocks: one piece per party name. */
  names?: Piece[];
}

function lineOfRole(entry: Classified): MetadataLine {
  return entry.language === 'und'
    ? { role: entry.role, text: entry.piece.text, spans: entry.piece.spans }
    : { role: entry.role, language: entry.language, text: entry.piece.text, spans: entry.piece.spans };
}

function partyNames(raw: string, lines: readonly Line[]): Piece[] | null {
  const inner = lines.slice(1, -1);
  if (lines.length < 3 || !inner.some((line) => CONNECTOR.test(line.text))) return null;
  const names: Piece[] = [];
  let group: Line[] = [];
  for (const line of [...lines, null]) {
    if (line === null || CONNECTOR.test(line.text)) {
      const piece = pieceOf(raw, segmentsOfLines(group));
      if (piece) names.push(piece);
      group = [];
    } else group.push(line);
  }
  return names.length >= 2 ? names : null;
}

/** Classifies the front blocks; a title block with its "Signed at" line gives two entries. */
function classify(raw: string, block: readonly FlowLine[]): Classified[] {
  const lines = block.map((f) => f.line);
  const piece = pieceOf(raw, segmentsOfLines(lines));
  if (!piece) return [];
  const language = guessLanguage(piece.text);
  const single = (role: Role): Classified[] => [{ role, language, piece }];
  if (REGISTRATION_NUMBER.test(piece.text)) return single('registration-number');
  if (TRANSLATION_NOTICE.test(piece.text) || ORIGINAL_NOTICE.test(piece.text)) return single('translation-notice');
  if (OFFICIAL_TEXTS.test(piece.text)) return single('official-languages');
  if (REGISTERED.test(piece.text)) return single('registration');
  const names = partyNames(raw, lines);
  if (names) return [{ role: 'parties', language, piece, names }];
  const signedAt = lines.findIndex((line) => SIGNED_LINE.test(line.text));
  if (signedAt >= 0) {
    const title = pieceOf(raw, segmentsOfLines(lines.slice(0, signedAt)));
    const signed = pieceOf(raw, segmentsOfLines(lines.slice(signedAt)))!;
    return [
      ...(title ? [{ role: 'title' as const, language: guessLanguage(title.text), piece: title }] : []),
      { role: 'signed', language: guessLanguage(signed.text), piece: signed },
    ];
  }
  return single('other');
}

/** Place and date of a "Signed at Moscow, on 6 July 1961" line. */
function signatureOf(raw: string, signed: Piece): Metadata['signature'] {
  const mapped = mapPiece(raw, signed);
  const place = PLACE.exec(mapped.text);
  const date = findDates(mapped.text)[0];
  const placeStart = place ? place.index + place[0].length - place[1]!.length : 0;
  const result: NonNullable<Metadata['signature']> = {};
  const placeValue = place ? textValue(raw, mapped, placeStart, placeStart + place[1]!.length) : null;
  const dateFound = date ? dateValue(raw, mapped, date.index, date.index + date.length, date.value) : null;
  if (placeValue) result.place = placeValue;
  if (dateFound) result.date = dateFound;
  return placeValue || dateFound ? result : undefined;
}

function officialLanguagesOf(raw: string, piece: Piece): TextValue[] {
  const mapped = mapPiece(raw, piece);
  const prefix = OFFICIAL_TEXTS.exec(mapped.text)![0].length;
  const values: TextValue[] = [];
  for (const word of mapped.text.slice(prefix).matchAll(/\p{L}+/gu)) {
    if (CONNECTOR.test(word[0]) || /^(?:or|ou|o)$/i.test(word[0])) continue;
    const from = prefix + word.index;
    const value = textValue(raw, mapped, from, from + word[0].length);
    if (value) values.push(value);
  }
  return values;
}

function registrationOf(raw: string, piece: Piece, parties: readonly TextValue[]): Metadata['registration'] {
  const mapped = mapPiece(raw, piece);
  const prefix = REGISTERED.exec(mapped.text)![0].length;
  const date = findDates(mapped.text)[0];
  // The registering party runs up to the " on"/" le" before the date.
  let byEnd = date ? mapped.text.lastIndexOf(' ', date.index - 1) : mapped.text.length;
  if (byEnd <= prefix) byEnd = mapped.text.length;
  const byStart = /^the /i.test(mapped.text.slice(prefix)) ? prefix + 4 : prefix;
  const party = findParty(raw, mapped, byStart, byEnd, parties);
  const by = party ?? textValue(raw, mapped, byStart, byEnd);
  const result: NonNullable<Metadata['registration']> = {};
  if (by) result.by = by;
  const dateFound = date ? dateValue(raw, mapped, date.index, date.index + date.length, date.value) : null;
  if (dateFound) result.date = dateFound;
  return result;
}

function translationOf(piece: Piece): BooleanValue {
  return { value: TRANSLATION_NOTICE.test(piece.text), text: piece.text, spans: piece.spans };
}

/** The record's heading: "No. 6045. TITLE¹ BETWEEN … . SIGNED AT MOSCOW, ON 6 JULY 1961". */
function parseHeading(raw: string, block: readonly FlowLine[]): { lines: MetadataLine[]; title: Piece | null; signed: Piece | null; number: TextValue | null } {
  const piece = pieceOf(raw, segmentsOfLines(block.map((f) => f.line)))!;
  const mapped = mapPiece(raw, piece);
  const text = mapped.text;
  const prefix = /^No\.\s?(\d{1,6})\.\s?/.exec(text)!;
  const numberStart = prefix[0].indexOf(prefix[1]!);
  let titleEnd = text.length;
  let signedStart = -1;
  for (const match of text.matchAll(HEADING_SIGNED)) {
    titleEnd = match.index;
    signedStart = match.index + 2;
  }
  if (signedStart < 0 && text.endsWith('.')) titleEnd = text.length - 1;
  const numberLine = pieceIn(raw, mapped, 0, prefix[0].length);
  const title = pieceIn(raw, mapped, prefix[0].length, titleEnd);
  const signed = signedStart >= 0 ? pieceIn(raw, mapped, signedStart, text.length) : null;
  const lines: MetadataLine[] = [];
  if (numberLine) lines.push({ role: 'registration-number', text: numberLine.text, spans: numberLine.spans });
  if (signed) lines.push({ role: 'signed', language: guessLanguage(signed.text), text: signed.text, spans: signed.spans });
  return {
    lines,
    title,
    signed,
    number: textValue(raw, mapped, numberStart, numberStart + prefix[1]!.length),
  };
}

function preferred(entries: readonly Classified[], role: Role): Classified | undefined {
  const ofRole = entries.filter((entry) => entry.role === role);
  return ofRole.find((entry) => entry.language === 'en') ?? ofRole[0];
}

export function parseUntsFront(raw: string, flow: readonly FlowLine[], warnings: IngestWarning[]): UntsFront {
  const headingIndex = flow.findIndex(({ line }) => REGISTRATION_HEADING.test(line.text));
  const blocks = blocksOfFlow(headingIndex >= 0 ? flow.slice(0, headingIndex) : flow);
  const entries: Classified[] = [];
  let consumed = 0;
  for (const block of blocks) {
    const classified = classify(raw, block);
    // Without the record's heading, the front matter ends where the recognisable notes end.
    if (headingIndex < 0 && classified.every((entry) => entry.role === 'other')) break;
    for (const entry of classified) {
      if (entry.role === 'other') {
        warnings.push({ code: 'unrecognised-front-matter', message: `unrecognised line in the record's front matter: "${entry.piece.text.slice(0, 60)}"`, spans: entry.piece.spans });
      }
    }
    entries.push(...classified);
    consumed += block.length;
  }
  const metadata: Metadata = {};
  const metadataLines: MetadataLine[] = [];
  // Front lines in document order, the heading's parts after them.
  for (const entry of entries) metadataLines.push(lineOfRole(entry));

  const numberEntry = preferred(entries, 'registration-number');
  if (numberEntry) {
    const mapped = mapPiece(raw, numberEntry.piece);
    const digits = /\d+/.exec(mapped.text)!;
    const number = textValue(raw, mapped, digits.index, digits.index + digits[0].length);
    if (number) metadata.registrationNumber = number;
  }
  const partiesEntry = preferred(entries, 'parties');
  if (partiesEntry?.names) metadata.parties = partiesEntry.names.map((name) => ({ value: name.text, text: name.text, spans: name.spans }));
  const parties = metadata.parties ?? [];
  const titles = entries.filter((entry) => entry.role === 'title');
  if (titles.length > 0) {
    metadata.titles = titles.map((entry) => {
      const mapped = mapPiece(raw, entry.piece);
      const end = mapped.text.endsWith('.') ? mapped.text.length - 1 : mapped.text.length;
      const value = textValue(raw, mapped, 0, end) ?? { value: entry.piece.text, text: entry.piece.text, spans: entry.piece.spans };
      return { ...value, language: entry.language };
    });
  }
  const signedEntry = preferred(entries, 'signed');
  const official = preferred(entries, 'official-languages');
  const registered = preferred(entries, 'registration');
  const notice = preferred(entries, 'translation-notice');

  let title: Piece | null = null;
  let bodyStart = consumed;
  let signedInHeading: Piece | null = null;
  if (headingIndex >= 0) {
    const headingBlock = blocksOfFlow(flow.slice(headingIndex))[0]!;
    const heading = parseHeading(raw, headingBlock);
    metadataLines.push(...heading.lines);
    title = heading.title;
    signedInHeading = heading.signed;
    if (!metadata.registrationNumber && heading.number) metadata.registrationNumber = heading.number;
    else if (metadata.registrationNumber && heading.number && heading.number.value !== metadata.registrationNumber.value) {
      warnings.push({
        code: 'registration-number-mismatch',
        message: `the record's heading says No. ${heading.number.value}, its front matter No. ${metadata.registrationNumber.value}`,
        spans: heading.number.spans,
      });
    }
    bodyStart = headingIndex + headingBlock.length;
  }
  const signature = signedEntry ? signatureOf(raw, signedEntry.piece) : signedInHeading ? signatureOf(raw, signedInHeading) : undefined;
  if (signature) metadata.signature = signature;
  if (official) metadata.officialLanguages = officialLanguagesOf(raw, official.piece);
  if (registered) metadata.registration = registrationOf(raw, registered.piece, parties);
  if (notice) metadata.translation = translationOf(notice.piece);
  return { metadata, metadataLines, title, bodyStart, hasHeading: headingIndex >= 0 };
}
