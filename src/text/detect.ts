/**
 * Which kind of document this is, by the marks each kind carries:
 * - a UN Treaty Series record has its registration number ("No. 6045") with at least one of the
 *   record's notes ("Registered by …", "Official texts: …", "[TRANSLATION — TRADUCTION]"), or two notes;
 * - a news report opens with a wire dateline ("Pyongyang, June 20 (KCNA) -- …") before any article
 *   heading;
 * - anything else is treaty text (with a warning from the parser when it finds no articles either).
 */
import type { DocumentKind } from '../model/index.js';
import type { FlowLine } from './layout.js';
import { articleHeading } from './patterns.js';

export const REGISTRATION_NUMBER = /^No\.\s?(\d{1,6})\.?$/;
export const REGISTRATION_HEADING = /^No\.\s?(\d{1,6})\.\s\S/;
const UNTS_NOTES = [
  /^Registered (?:by|ex officio)\b/,
  /^Enregistrée? (?:par|d'office)\b/,
  /^Official texts?\b/,
  /^Textes? officiels?\b/,
  /^\[(?:TRANSLATION|TRADUCTION)\b/,
  /^\[[A-Z]+ TEXT\b/,
];

/** How the record's notes open (besides "["): Registered, Enregistré, Official, Textes. */
const openingKey = (text: string): number => text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
const NOTE_OPENINGS = new Set(['Re', 'En', 'Of', 'Te'].map(openingKey));
const NO = openingKey('No');

/** A wire dateline: place, month and day, agency in parentheses, then a dash. */
export const DATELINE = /^(\p{Lu}[\p{L} .'-]{0,40}), (\p{L}{3,9}\.? \d{1,2}) \(([^()]{1,40})\) ?(?:--|—|–)/u;

export function detectKind(flow: readonly FlowLine[]): DocumentKind {
  let registration = false;
  let notes = 0;
  let firstDateline = -1;
  let firstArticle = -1;
  flow.forEach(({ line }, index) => {
    const text = line.text;
    // Every mark opens with a capital or "[": lines opening otherwise are settled without the patterns.
    const first = text.charCodeAt(0);
    if (!((first >= 0x41 && first <= 0x5a) || first === 0x5b || first > 0x7f)) return;
    const opening = openingKey(text);
    if (opening === NO && (REGISTRATION_NUMBER.test(text) || REGISTRATION_HEADING.test(text))) registration = true;
    if ((first === 0x5b || NOTE_OPENINGS.has(opening)) && UNTS_NOTES.some((note) => note.test(text))) notes++;
    if (firstDateline < 0 && text.includes('(') && DATELINE.test(text)) firstDateline = index;
    // Article labels all start with "A" (Article, Art., Artikel …).
    if (firstArticle < 0 && first === 0x41 && articleHeading(text)) firstArticle = index;
  });
  if ((registration && notes >= 1) || notes >= 2) return 'unts-record';
  if (firstDateline >= 0 && (firstArticle < 0 || firstDateline < firstArticle)) return 'news-report';
  return 'treaty-text';
}
