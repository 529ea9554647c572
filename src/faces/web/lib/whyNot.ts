/**
 * The rows of a run where no duty arose (issue 15): every provision and binding has a row, and those
 * without a day say why not — not triggered, not applicable, or unknown — in the last step of
 * their explanation. The results list them after the duties that arose; the chart draws none.
 */
import type { ObligationResult } from '../api/types.js';

/** A row where no duty arose: it has no day. */
export const isWhyNot = (o: Pick<ObligationResult, 'from'>): boolean => o.from === null;

/** Why no duty arose, without the outcome it starts with ("Not triggered: …"), which its badge says. */
export function whyNotReason(o: Pick<ObligationResult, 'explanation'>): string {
  return reasonWithoutOutcome(o.explanation.at(-1)?.text ?? '');
}

/** A why-not text without the outcome it starts with ("Not triggered: …"), capitalised; '' stays ''. */
export function reasonWithoutOutcome(text: string): string {
  const plain = text.replace(/^(?:Not triggered|Not applicable|Unknown): /, '');
  return plain ? plain[0]!.toUpperCase() + plain.slice(1) : plain;
}
