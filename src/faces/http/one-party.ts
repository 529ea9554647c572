/**
 * One party asked about (`pacta status --party X`, `GET /api/treaties/{id}/status?party=X`): a code
 * that names no party on the day is refused by both faces with the same hint (the CLI exits 2
 * naming --party, the API answers 400 naming `party`).
 */
import type { StatusResult } from '../../model/index.js';

/** "give one of its parties: SUN (or RUS, continuing it on that day), PRK": the parties of the day, and who may stand for each. */
export function partiesHint(parties: readonly Pick<StatusResult['parties'][number], 'party' | 'state'>[]): string {
  const named = parties.map((p) => (p.state === p.party ? p.party : `${p.party} (or ${p.state}, continuing it on that day)`));
  return `give one of its parties: ${named.join(', ')}`;
}
