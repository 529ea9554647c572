/**
 * Text that cannot be stored or encoded as it is: a lone surrogate (half of a UTF-16 pair without the
 * other half) has no UTF-8 form, so every encoder and SQLite write U+FFFD in its place and the text
 * kept would no longer be the text its spans index. Ingestion and the store refuse it at the door.
 */

/** Offset of the first lone surrogate in `text`, or -1. */
export function loneSurrogateAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return i;
  }
  return -1;
}

/** What to do about a lone surrogate, in every refusal of one. */
export const LONE_SURROGATE_HINT =
  'the text was damaged before it reached pacta (e.g. cut in the middle of an emoji); send it as UTF-8 text, or remove the character';
