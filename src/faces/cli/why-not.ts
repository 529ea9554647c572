/**
 * The rows of a run where no duty arose (issue 15): every provision and binding has a row, and those
 * without a day (`from: null`) say why not — not triggered, not applicable, or unknown — in the last
 * step of their explanation. The human tables give that reason shortened to a column; `--provision`
 * and `--json` give it whole.
 */
import type { ObligationResult } from '../../model/index.js';

/** A row where no duty arose: it has no day. */
export const isWhyNot = (o: Pick<ObligationResult, 'from'>): boolean => o.from === null;

/** Why no duty arose, as the engine says it: the last step of the explanation. */
export const whyNotText = (o: Pick<ObligationResult, 'explanation'>): string => o.explanation.at(-1)?.text ?? '';

/** The widest the reason column gets. */
export const REASON_WIDTH = 100;

/**
 * A reason for a table cell: without the outcome it starts with ("Not triggered: …", which the
 * outcome column says) and its final period; when still too long, without its parenthesized details
 * (the roles an event binds: the binding has its own column); then cut after the last whole clause
 * that fits (at " — ", ", " or "; "), else after the last whole word, with "…".
 */
export function shortReason(text: string, width = REASON_WIDTH): string {
  let plain = text.replace(/^(?:Not triggered|Not applicable|Unknown): /, '').replace(/\.$/, '');
  if (plain.length > width) plain = plain.replace(/ \([^()]*\)/g, '');
  if (plain.length <= width) return plain;
  const room = plain.slice(0, width);
  const clause = Math.max(room.lastIndexOf(' — '), room.lastIndexOf(', '), room.lastIndexOf('; '));
  if (clause > width / 2) return `${plain.slice(0, clause)}…`;
  const word = room.lastIndexOf(' ');
  return `${plain.slice(0, word > width / 2 ? word : width - 1)}…`;
}
