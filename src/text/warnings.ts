/**
 * Warnings are for people: twenty of a kind say all there is to say, and a garbled file must not
 * produce a million of them. Beyond the limit, one closing warning per kind gives the count.
 */
import type { IngestWarning, IngestWarningCode } from '../model/index.js';

export const MAX_WARNINGS_PER_CODE = 20;

export function limitWarnings(warnings: readonly IngestWarning[]): IngestWarning[] {
  const counts = new Map<IngestWarningCode, number>();
  const kept: IngestWarning[] = [];
  for (const warning of warnings) {
    const count = (counts.get(warning.code) ?? 0) + 1;
    counts.set(warning.code, count);
    if (count <= MAX_WARNINGS_PER_CODE) kept.push(warning);
  }
  for (const [code, count] of counts) {
    if (count > MAX_WARNINGS_PER_CODE) {
      kept.push({ code, message: `… and ${count - MAX_WARNINGS_PER_CODE} more "${code}" warnings`, spans: [] });
    }
  }
  return kept;
}
