/**
 * The guard of the one wording of time (issue 19; src/model/wording.ts): prose never uses the
 * half-open notation "[D1, D2)", "(exclusive)", "the first day late", a bare "until D" or a bare
 * "deadline D" — a span is said "from D1 to D2 (last day D3)" and a deadline by its last day.
 */

const DATE = String.raw`\d{4}-\d\d-\d\d`;

/** What a careful reader would misread, each with the fault it names. */
const FAULTS: readonly { pattern: RegExp; fault: string }[] = [
  { pattern: new RegExp(String.raw`\[${DATE}, `), fault: 'interval notation "[D1, D2)"' },
  { pattern: /\(exclusive\)/, fault: '"(exclusive)"' },
  { pattern: /first day late/, fault: '"the first day late" (say the last day in time)' },
  { pattern: new RegExp(String.raw`\buntil ${DATE}`), fault: '"until D" without its last day (say "to D (last day D−1)")' },
  { pattern: new RegExp(String.raw`\bdeadline (?:of )?${DATE}`), fault: 'a bare "deadline D" (say "by D (last day)")' },
  { pattern: new RegExp(String.raw`\bdue before ${DATE}`), fault: '"due before D" (say "due by D−1 (last day)")' },
];

/** The faults of one text: empty where it says time in the one wording. */
export function timeWordingFaults(text: string): string[] {
  return FAULTS.filter((f) => f.pattern.test(text)).map((f) => f.fault);
}

/** Every string in a JSON-like value (explanation texts, reasons, warnings, summaries, causes). */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/** "where: text — faults" for each faulty text, for an assertion that lists them all. */
export function faultsIn(where: string, texts: Iterable<string>): string[] {
  const found: string[] = [];
  for (const text of new Set(texts)) {
    const faults = timeWordingFaults(text);
    if (faults.length)
      found.push(`${where}: ${JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text)} — ${faults.join('; ')}`);
  }
  return found;
}
