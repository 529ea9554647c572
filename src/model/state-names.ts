/**
 * Naming a state: the code (FIN), or any name or alias states.yaml gives it ("Finland", "Republic of
 * Finland", "FI"), matched without regard to case or runs of spaces. Files, CLI options and API fields
 * may use any of them; they are read as the code (the engine only ever sees codes). A name that is
 * none of these gets a "did you mean" built from the nearest codes, names and aliases by edit distance.
 */
import { distance } from 'fastest-levenshtein';
import { nearTolerance } from './nearest.js';
import type { StatesFile } from './states.js';

/** What a code stands for: a state (or territory) of states.yaml, or a non-state actor. */
export interface NamedEntry {
  code: string;
  name: string;
  kind: 'state' | 'territory' | 'actor';
  /** A territory's administering state, where there is one. */
  administeredBy?: string;
}

/** Why a name was not read as a state, as a diagnostic's message and hint say it. */
export interface UnknownState {
  message: string;
  hint: string;
  /** The nearest entries, best first (empty: nothing close). */
  suggestions: NamedEntry[];
}

const fold = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** At most this many suggestions, all at the smallest distance found. */
const MAX_SUGGESTIONS = 3;

export class StateNameIndex {
  private readonly byCode = new Map<string, NamedEntry>();
  private readonly byName = new Map<string, NamedEntry>();
  /** Every folded code, name and alias with its entry, for suggestions. */
  private readonly names: [string, NamedEntry][] = [];

  /**
   * `file` is the path shown in messages ("corpus/states.yaml"); `addTo`, where a missing state is
   * added when that file is generated ("data/states.input.yaml, then npm run states").
   */
  constructor(
    states: Pick<StatesFile, 'states' | 'actors'>,
    readonly file = 'states.yaml',
    readonly addTo = file,
  ) {
    const add = (entry: NamedEntry, names: readonly string[]) => {
      this.byCode.set(entry.code, entry);
      for (const name of [entry.code, ...names]) {
        const key = fold(name);
        // The first entry to claim a name keeps it (states.yaml's generator leaves out shared aliases).
        if (!this.byName.has(key)) this.byName.set(key, entry);
        this.names.push([key, entry]);
      }
    };
    for (const s of states.states) {
      const kind = s.kind === 'territory' ? 'territory' : 'state';
      add({ code: s.code, name: s.name, kind, ...(s.administeredBy ? { administeredBy: s.administeredBy } : {}) }, [s.name, ...s.aliases]);
    }
    for (const a of states.actors ?? []) add({ code: a.code, name: a.name, kind: 'actor' }, [a.name, ...a.aliases]);
  }

  /** The entry of a code exactly as written (FIN), if states.yaml defines it. */
  entry(code: string): NamedEntry | undefined {
    return this.byCode.get(code);
  }

  /** The code a code, name or alias stands for (case and spacing aside), or undefined. */
  resolve(text: string): string | undefined {
    return this.byCode.get(text)?.code ?? this.byName.get(fold(text))?.code;
  }

  /** The entries nearest to `text` by edit distance, best first, or none within tolerance. */
  suggest(text: string): NamedEntry[] {
    const wanted = fold(text);
    let best = nearTolerance(wanted.length);
    let found: NamedEntry[] = [];
    // A whole word of a longer name ("Korea" of "Republic of Korea") counts as half an edit away.
    const word = wanted.length >= 4 ? new RegExp(`(?:^|[\\s,(])${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[\\s,)])`) : undefined;
    for (const [name, entry] of this.names) {
      const contains = word !== undefined && name.length > wanted.length && word.test(name);
      if (!contains && Math.abs(name.length - wanted.length) > best) continue;
      const d = contains ? 0.5 : distance(wanted, name);
      if (d > best) continue;
      if (d < best || found.length === 0) [best, found] = [d, [entry]];
      else if (!found.includes(entry)) found.push(entry);
    }
    return found.sort((a, b) => (a.code < b.code ? -1 : 1)).slice(0, MAX_SUGGESTIONS);
  }

  /** What to say of a name that stands for no state: the nearest ones, or what a state's code is. */
  unknown(text: string): UnknownState {
    const suggestions = this.suggest(text);
    const head = `unknown state ${JSON.stringify(text)}`;
    if (suggestions.length > 0) {
      const listed = suggestions.map((e) => `${e.code} (${e.name})`);
      const choice = listed.length === 1 ? listed[0]! : `${listed.slice(0, -1).join(', ')} or ${listed.at(-1)!}`;
      return {
        message: `${head}: did you mean ${choice}?`,
        hint: `write ${suggestions.length === 1 ? 'its' : 'a'} code, or a name or alias of ${this.file}`,
        suggestions,
      };
    }
    const example = this.byCode.has('FIN') ? 'FIN' : ([...this.byCode.values()].find((e) => e.kind === 'state')?.code ?? 'FIN');
    return {
      message: `${head}: not a code, name or alias in ${this.file}; codes are ISO 3166-1 alpha-3 (e.g. ${example})`,
      hint: `check the spelling, or add the state to ${this.addTo}`,
      suggestions,
    };
  }
}

const indexes = new WeakMap<object, StateNameIndex>();

/** The index of a states file, made once per file object (CLI options and API fields read states through it). */
export function stateNameIndexOf(states: Pick<StatesFile, 'states' | 'actors'>, file = 'states.yaml'): StateNameIndex {
  let index = indexes.get(states);
  if (!index) indexes.set(states, (index = new StateNameIndex(states, file)));
  return index;
}
