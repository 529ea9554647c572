/**
 * A behaviour row's cell in words, for the reports of `pacta diff --scenario` (text, Markdown,
 * HTML) and the summary: a duty that arose with its day, one that did not with why not, or what
 * there is no row of.
 */
import { rowInWords } from '../engine/index.js';
import type { BehaviourRow, OutcomeCell } from './schema.js';

/** "not triggered (why)": the outcome in words and why no duty arose, without the outcome its reason starts with nor its period. */
export function whyNotWords(cell: Pick<OutcomeCell, 'outcome' | 'reason'>): string {
  const outcome = cell.outcome.replace('-', ' ');
  const reason = cell.reason?.replace(/^(?:Not triggered|Not applicable|Unknown): /, '').replace(/\.$/, '');
  return reason ? `${outcome} (${reason})` : outcome;
}

/** A cell in words: "discharged on 2025-03-01 (owed from 2025-02-20)", "active from D, due by D2 (last day)", "not triggered (why)", or, with no row, what is missing. */
export function cellWords(cell: OutcomeCell | null, pairing: BehaviourRow['pairing']): string {
  if (!cell) return pairing === 'aligned' ? 'no such duty for this binding' : 'no such provision';
  if (cell.from === null) return whyNotWords(cell);
  return rowInWords(cell);
}
