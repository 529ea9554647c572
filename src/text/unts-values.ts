/** Values of a UNTS record's front matter lines: signature, official languages, registration, translation. */
import type { BooleanValue, Metadata, Piece, TextValue } from '../model/index.js';
import { dateValue, mapPiece, textValue } from './build.js';
import { findDates } from './dates.js';
import { findParty } from './parties.js';

export const TRANSLATION_NOTICE = /^\[(?:TRANSLATION|TRADUCTION)\b[^\]]{0,80}\]$/;
export const ORIGINAL_NOTICE = /^\[[A-Z]{2,20} TEXT\b[^\]]{0,80}\]$/;
export const OFFICIAL_TEXTS = /^(?:Official texts?|Textes? officiels?|Textos? oficial(?:es)?)\s?:?\s?/;
export const REGISTERED = /^(?:Registered by|Enregistrée? par|Registrado por)\s/;
export const CONNECTOR = /^(?:and|et|y|и)$/i;
const PLACE = /(?<!\p{L})(?:at|AT|à|À|en|EN) (\p{Lu}[\p{L}.' -]{0,40}?)(?=,| on\b| ON\b| le\b| el\b|$)/u;

/** Place and date of a "Signed at Moscow, on 6 July 1961" line. */
export function signatureOf(raw: string, signed: Piece): Metadata['signature'] {
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

export function officialLanguagesOf(raw: string, piece: Piece): TextValue[] {
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

export function registrationOf(raw: string, piece: Piece, parties: readonly TextValue[]): Metadata['registration'] {
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

export function translationOf(piece: Piece): BooleanValue {
  return { value: TRANSLATION_NOTICE.test(piece.text), text: piece.text, spans: piece.spans };
}
