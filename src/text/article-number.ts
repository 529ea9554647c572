/**
 * An article's number as printed, and its sort key: the number normalised so that articles compare
 * and sort as a reader expects ("2" before "10", "3" before "3 bis" before "4", "1.2" before "1.10").
 * Each part becomes a zero-padded arabic number ("0012") or a lower-case letter run ("c"); a suffix
 * ("bis", "ter", "A") becomes a further part. Parts are joined by ".".
 */
import { romanToArabic } from './roman.js';

const SUFFIX_ORDER = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

function partKey(part: string): string {
  if (/^\d+$/.test(part)) return part.padStart(4, '0');
  const lower = part.toLowerCase();
  if (SUFFIX_ORDER.includes(lower)) return lower;
  const roman = romanToArabic(part);
  if (roman !== null && /^[IVXLCDM]+$/.test(part)) return String(roman).padStart(4, '0');
  return lower;
}

/** The sort key of a number as printed: "3 bis" → "0003.bis", "IV" → "0004", "1.10" → "0001.0010". */
export function articleSortKey(number: string): string {
  const parts = number.split(/[\s.\-–—]+/).filter((p) => p !== '');
  return parts.length === 0 ? '' : parts.map(partKey).join('.');
}
