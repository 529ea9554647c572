/**
 * Numbers in words as treaties write the day and the year of signature: English, German and Dutch
 * ordinal days ("fourth", "twenty-first", "vierten", "vierde"), French and Spanish cardinal days
 * ("quatre", "premier", "vingt et un", "veintiuno"), and years ("one thousand nine hundred and
 * forty-nine", "nineteen hundred and forty-nine", "mil neuf cent quarante-neuf", "mil novecientos
 * cuarenta y nueve"). Data, plus one small reader of number words that refuses what no language
 * writes ("nine nine", "forty sixty"), so a year is read exactly or not at all.
 */

import { CARDINALS, ORDINALS } from './english-numbers.js';

/** Separators inside a compound word: "twenty-first", "twenty first", "vingt et un" (keys use "-"). */
export const WORD_JOIN = String.raw`(?:[-‐‑]|\s{1,3})`;

/** The key of a number word as written: lower case, its separators as "-". */
export function wordKey(written: string): string {
  return written.toLowerCase().replace(/[-‐‑\s]+/g, '-');
}

const FR_UNITS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const FR_TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const NL_UNITS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende'];
const NL_TEENS = [
  'tiende',
  'elfde',
  'twaalfde',
  'dertiende',
  'veertiende',
  'vijftiende',
  'zestiende',
  'zeventiende',
  'achttiende',
  'negentiende',
];
/** Dutch cardinals as they open a compound ("eenentwintigste", "tweeëntwintigste"). */
const NL_COMPOUND = ['eenen', 'tweeën', 'drieën', 'vieren', 'vijfen', 'zesen', 'zevenen', 'achten', 'negenen'];
const DE_UNITS = ['erste', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte'];
const DE_TEENS = [
  'zehnte',
  'elfte',
  'zwölfte',
  'dreizehnte',
  'vierzehnte',
  'fünfzehnte',
  'sechzehnte',
  'siebzehnte',
  'achtzehnte',
  'neunzehnte',
];
const DE_COMPOUND = ['einund', 'zweiund', 'dreiund', 'vierund', 'fünfund', 'sechsund', 'siebenund', 'achtund', 'neunund'];
const ES_DAYS = [
  'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince',
  'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro',
  'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve', 'treinta', 'treinta-y-uno',
]; // prettier-ignore

function dayWords(): Map<string, number> {
  const days = new Map<string, number>();
  const put = (word: string, day: number): void => void days.set(word, day);
  ORDINALS.units.forEach((word, i) => put(word, i + 1));
  ORDINALS.teens.forEach((word, i) => put(word, i + 10));
  put(ORDINALS.tens[0], 20);
  ORDINALS.units.forEach((word, i) => put(`twenty-${word}`, i + 21));
  put(ORDINALS.tens[1], 30);
  put('thirty-first', 31);
  put('premier', 1);
  FR_UNITS.slice(1).forEach((word, i) => put(word, i + 2));
  FR_TEENS.forEach((word, i) => put(word, i + 10));
  put('vingt', 20);
  put('vingt-et-un', 21);
  FR_UNITS.slice(1).forEach((word, i) => put(`vingt-${word}`, i + 22));
  put('trente', 30);
  put('trente-et-un', 31);
  NL_UNITS.forEach((word, i) => put(word, i + 1));
  NL_TEENS.forEach((word, i) => put(word, i + 10));
  put('twintigste', 20);
  NL_COMPOUND.forEach((word, i) => put(`${word}twintigste`, i + 21));
  put('dertigste', 30);
  put('eenendertigste', 31);
  // German ordinals, nominative ("der vierte") and dative ("am vierten").
  const german = (word: string, day: number): void => {
    put(word, day);
    put(`${word}n`, day);
  };
  DE_UNITS.forEach((word, i) => german(word, i + 1));
  DE_TEENS.forEach((word, i) => german(word, i + 10));
  german('zwanzigste', 20);
  DE_COMPOUND.forEach((word, i) => german(`${word}zwanzigste`, i + 21));
  german('dreißigste', 30);
  german('einunddreißigste', 31);
  put('primero', 1);
  ES_DAYS.forEach((word, i) => put(word, i + 1));
  return days;
}

/** Day of the month written in words, by key (see `wordKey`). */
export const DAY_WORDS: ReadonlyMap<string, number> = dayWords();

type NumberWord = { kind: 'add'; value: number } | { kind: 'hundred' } | { kind: 'thousand' };

function numberWords(): Map<string, NumberWord> {
  const words = new Map<string, NumberWord>();
  const add = (list: readonly string[], first: number, step = 1): void =>
    list.forEach((word, i) => void words.set(word, { kind: 'add', value: first + i * step }));
  add(CARDINALS.units, 1);
  add(CARDINALS.teens, 10);
  add(CARDINALS.tens, 20, 10);
  add(['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'], 1);
  add(['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'], 10);
  add(['vingt', 'trente', 'quarante', 'cinquante', 'soixante'], 20, 10);
  add(['vingts'], 20);
  add(['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'], 1);
  add(['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'], 10);
  add(['veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'], 20); // prettier-ignore
  add(['treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'], 30, 10);
  add(['cien', 'ciento'], 100, 0);
  add(['doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'], 200, 100); // prettier-ignore
  for (const word of ['hundred', 'cent', 'cents']) words.set(word, { kind: 'hundred' });
  for (const word of ['thousand', 'mil', 'mille']) words.set(word, { kind: 'thousand' });
  return words;
}

const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = numberWords();
const CONNECTORS = new Set(['and', 'et', 'y']);

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.split('-').join(WORD_JOIN))
    .join('|');
}

/** A day in words, as a regex source (no groups). */
export const DAY_WORD_SOURCE = `(?:${alternation(DAY_WORDS.keys())})(?![\\p{L}\\d])`;

const NUMBER_WORD_SOURCE = `(?:${alternation(NUMBER_WORDS.keys())})(?![\\p{L}\\d])`;

/**
 * A run of number words, as a regex source (no groups): at most 12 words joined by hyphens, spaces
 * or "and"/"et"/"y". The run is read by `readNumberWords`, which may keep only its first words.
 */
export const NUMBER_RUN_SOURCE = `${NUMBER_WORD_SOURCE}(?:(?:\\s{0,3}[-‐‑]\\s{0,3}|\\s{1,3}(?:(?:and|et|y)\\s{1,3})?)${NUMBER_WORD_SOURCE}){0,11}`;

const TOKEN = new RegExp(`${NUMBER_WORD_SOURCE}|(?<!\\p{L})(?:and|et|y)(?!\\p{L})`, 'giu');

/**
 * The number a run of number words writes, and the length of the words read (a trailing word that
 * does not continue the number, as in "… forty-nine and one …", is left out). Null when the first
 * word already does not make a number.
 */
export function readNumberWords(run: string): { value: number; length: number } | null {
  let total = 0;
  let group = 0;
  /** The last value added in this group: the next must be smaller ("forty-nine", not "nine forty"). */
  let last = Infinity;
  let previous: NumberWord | null = null;
  let connector: string | null = null;
  let best: { value: number; length: number } | null = null;
  for (const token of run.matchAll(TOKEN)) {
    const key = token[0].toLowerCase();
    if (CONNECTORS.has(key)) {
      if (connector !== null || previous === null) break;
      connector = key;
      continue;
    }
    const word = NUMBER_WORDS.get(wordKey(key));
    if (!word || (connector !== null && !joins(connector, previous!, word))) break;
    connector = null;
    if (word.kind === 'thousand') {
      if (total > 0 || group >= 1000) break;
      total = (group === 0 ? 1 : group) * 1000;
      group = 0;
      last = 1000;
    } else if (word.kind === 'hundred') {
      if (group >= 100 || last === 100) break;
      group = (group === 0 ? 1 : group) * 100;
      last = 100;
    } else if (key.startsWith('vingt') && previous?.kind === 'add' && previous.value === 4 && group % 100 === 4) {
      // "quatre-vingt(s)": four twenties.
      group += 76;
      last = 20;
    } else if (!continues(group, last, word.value)) {
      break;
    } else {
      group += word.value;
      last = word.value;
    }
    previous = word;
    best = { value: total + group, length: token.index + token[0].length };
  }
  return best;
}

/**
 * Where each language puts its "and": English after hundred or thousand ("nine hundred and fifty"),
 * French before "un" and "onze" ("vingt et un", "soixante et onze"), Spanish between tens and units
 * ("cuarenta y nueve"). "… fifty and two …" is no number.
 */
function joins(connector: string, before: NumberWord, after: NumberWord): boolean {
  if (connector === 'and') return before.kind !== 'add';
  if (before.kind !== 'add' || after.kind !== 'add') return false;
  if (connector === 'et') return before.value % 10 === 0 && before.value >= 20 && (after.value === 1 || after.value === 11);
  return before.value % 10 === 0 && before.value >= 30 && after.value < 10;
}

/** Whether a value may be added to a group of hundreds, tens and units as number words add up. */
function continues(group: number, last: number, value: number): boolean {
  if (value >= last) return false;
  if (value >= 100) return group % 1000 === 0;
  const belowHundred = group % 100;
  if (value >= 20) return belowHundred === 0;
  // French counts 70 and 90 as "soixante-dix", "quatre-vingt-dix".
  if (value >= 10) return belowHundred === 0 || belowHundred === 60 || belowHundred === 80;
  return group % 10 === 0;
}
