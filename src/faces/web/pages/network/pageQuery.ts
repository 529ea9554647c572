/** The network page's URL and the corpus order its views share. */
import type { TreatyList } from '../../api/types.js';
import { href } from '../../app/router.js';

/** The page's URL with some query fields changed (undefined or '' removes one). */
export function networkHref(query: URLSearchParams, changes: Record<string, string | undefined>): string {
  const next: Record<string, string> = Object.fromEntries(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next[key] = value;
    else delete next[key];
  }
  return href('/network', next);
}

/** The corpus's treaties, oldest signature first (ties by id): the order of groups, colours and legend. */
export function treatyOrder(list: TreatyList): string[] {
  return [...list.treaties]
    .sort((x, y) => x.signature.date.localeCompare(y.signature.date) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((t) => t.id);
}
