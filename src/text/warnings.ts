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

const surplus = new Map<IngestWarningCode, IngestWarning>();

/**
 * A stand-in for a warning past the first MAX_WARNINGS_PER_CODE of its kind, which limitWarnings only
 * counts: one shared object per code, so that a garbled file's million warnings cost no million objects.
 * For callers that know their warnings come past the listed ones (they counted them).
 */
export function surplusWarning(code: IngestWarningCode): IngestWarning {
  let warning = surplus.get(code);
  if (!warning) {
    warning = Object.freeze({ code, message: '', spans: [] }) as IngestWarning;
    surplus.set(code, warning);
  }
  return warning;
}
