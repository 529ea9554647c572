/**
 * A state typed in the events editor, as states.yaml knows it: its code ("RUS"), its name ("Russian
 * Federation") or an alias ("Russia"), in any case. The form keeps the code; a text that names no
 * state is sent as typed, and the API answers with its message (and the nearest name) at the field.
 */
import type { StateEntry } from '../api/types.js';

type State = Pick<StateEntry, 'code' | 'name' | 'aliases'>;

const norm = (s: string) => s.trim().toLocaleLowerCase('en');

/** The code of the state the text names, or null when it names none. */
export function resolveState(states: readonly State[], text: string): string | null {
  const t = norm(text);
  if (!t) return null;
  const hit = states.find((s) => norm(s.code) === t || norm(s.name) === t || s.aliases.some((a) => norm(a) === t));
  return hit?.code ?? null;
}
