/**
 * A state's label in the network drawing, where room is short: its name if it fits, else the
 * longest of its recorded aliases that fits ("North Korea" for the Democratic People's Republic of
 * Korea), else the name cut with an ellipsis. Only names the corpus records: no short name is made
 * up. The full name stays in the tooltip and the table.
 */
export function shortStateName(name: string, aliases: readonly string[], max: number): string {
  if (name.length <= max) return name;
  // An alias of capitals only is a code or an acronym (DPRK, UK): a name in words reads better.
  const words = aliases.filter((a) => a.length <= max && /[a-z]/.test(a));
  const best = [...words].sort((x, y) => y.length - x.length || (x < y ? -1 : 1))[0];
  return best ?? `${name.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Room for labels beyond the circle: the longest label's width estimated at 0.6 em a character
 * (a little over the average width of a sans-serif face's letters and capitals), plus a margin.
 */
export function labelRoom(labels: Iterable<string>, fontSize: number): number {
  let longest = 0;
  for (const label of labels) longest = Math.max(longest, [...label].length);
  return Math.ceil(longest * fontSize * 0.6) + 10;
}
