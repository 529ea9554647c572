/**
 * The parties over time: the original parties and, from the recorded history, every state that
 * acceded (with its date) and every party that gave notice of leaving where a party leaves alone.
 * One graded row. Rule: parties (../rules.ts). The history is the corpus's, so the row says what is
 * recorded, not what a treaty allows (the accession row grades that).
 */
import type { CompiledTreaty, RecordedEvent } from '../model/index.js';
import { byAmount } from './grade.js';
import { row } from './lifecycle-parts.js';
import type { LifecycleRow } from './schema.js';

interface Membership {
  original: string[];
  joined: { state: string; date: string }[];
  left: { state: string; date: string }[];
}

/** Each state's first recorded act of a type, in date order (a state acceding twice joined once). */
function firstActs(history: readonly RecordedEvent[], type: string | undefined): { state: string; date: string }[] {
  if (type === undefined) return [];
  const seen = new Set<string>();
  const out: { state: string; date: string }[] = [];
  for (const e of [...history].filter((x) => x.type === type).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)))
    if (e.by !== undefined && !seen.has(e.by)) {
      seen.add(e.by);
      out.push({ state: e.by, date: e.date });
    }
  return out;
}

function membershipOf(t: CompiledTreaty): Membership {
  const { parties, lifecycle } = t.treaty;
  const joined = firstActs(t.history, lifecycle.accessionEvent).filter((j) => !parties.includes(j.state));
  // A notice ends one party's participation only where a party leaves alone; elsewhere it ends the treaty (the duration rows).
  const left = lifecycle.perParty ? firstActs(t.history, lifecycle.noticeEvent) : [];
  return { original: [...parties], joined, left };
}

/** Runs of states with the same date: "GRC, TUR 1952-02-18". */
function byDate(list: readonly { state: string; date: string }[]): string {
  const dates = [...new Set(list.map((x) => x.date))];
  return dates
    .map(
      (d) =>
        `${list
          .filter((x) => x.date === d)
          .map((x) => x.state)
          .join(', ')} ${d}`,
    )
    .join('; ');
}

function membershipText(m: Membership): string {
  const parts = [`${m.original.length} original parties (${m.original.join(', ')})`];
  parts.push(m.joined.length ? `${m.joined.length} more by accession: ${byDate(m.joined)}` : 'no accession recorded');
  if (m.left.length) parts.push(`notice of leaving given by ${byDate(m.left)}`);
  return `${parts.join('; ')} (recorded history)`;
}

/** Every state that has been a party by the recorded history. */
const everParties = (m: Membership) => m.original.length + m.joined.length;

export function partiesRow(a: CompiledTreaty, b: CompiledTreaty): LifecycleRow {
  const ma = membershipOf(a);
  const mb = membershipOf(b);
  const na = everParties(ma);
  const nb = everParties(mb);
  const grade = byAmount(na, nb);
  const reason =
    grade === 'same'
      ? `as many states have been parties (${na}) by the recorded history`
      : `${grade === 'widens' ? 'more' : 'fewer'} states have been parties to B (${nb}) than to A (${na}) by the recorded history: its duties bind and are owed to ${grade === 'widens' ? 'more' : 'fewer'} states`;
  return row('parties', membershipText(ma), membershipText(mb), { grade, reason }, 'parties', { a: [], b: [] }, { a: null, b: null });
}
