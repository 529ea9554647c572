/** A field holding several values written with commas ("military, other"): the values, trimmed, without blanks. */
export function commaList(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
