/** Which obligation the network draws: ATOP's five codes, or any. */
import type { AtopCodeName } from '../../api/types.js';

/** The obligations the page can show, ATOP's codes; defence first (the page's subject). */
export const CODE_CHOICES: { code: AtopCodeName | null; label: string }[] = [
  { code: 'DEFENSE', label: 'defence (DEFENSE)' },
  { code: 'OFFENSE', label: 'offence (OFFENSE)' },
  { code: 'NEUTRAL', label: 'neutrality (NEUTRAL)' },
  { code: 'NONAGG', label: 'non-aggression (NONAGG)' },
  { code: 'CONSUL', label: 'consultation (CONSUL)' },
  { code: null, label: 'any of them' },
];

/** The code the query asks for: DEFENSE unless it names another, `any` for every edge. */
export function codeOf(query: URLSearchParams): AtopCodeName | null {
  const asked = query.get('code');
  if (asked === 'any') return null;
  return CODE_CHOICES.find((c) => c.code === asked)?.code ?? 'DEFENSE';
}

interface CodedEdge {
  status: string;
  codes: readonly { code: AtopCodeName; value: 0 | 1 | null }[];
}

/** Whether an edge is drawn as unknown: the treaty's status is not settled, or the obligation drawn is neither 1 nor 0 but unknown. */
export function isUnknownEdge(edge: CodedEdge, code: AtopCodeName | null): boolean {
  if (edge.status === 'unknown') return true;
  if (code) return edge.codes.find((c) => c.code === code)?.value === null;
  return !edge.codes.some((c) => c.value === 1);
}
