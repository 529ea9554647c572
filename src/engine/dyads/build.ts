/**
 * The directed dyads of the corpus's recorded history: for each treaty and each ordered pair of its
 * parties that some provision runs between (A bears it, B is owed it), the days A owes B. The
 * lifecycles are those `pacta status` computes (default readings), so accession, withdrawal,
 * suspension between two parties and succession come from the same intervals.
 */
import { compareStrings, LAST_DATE, nextDayWithin, type CompiledCorpus, type ReadingChoice } from '../../model/index.js';
import {
  computeLifecycles,
  HISTORY_ONLY,
  lifecycleEventTypes,
  scenarioTimeline,
  selectTreaties,
  treatySetup,
  treatyViews,
} from '../evaluate.js';
import { readingCombinations } from '../readings.js';
import { directionsOf } from './directions.js';
import { pairSpans } from './spans.js';
import type { DirectedDyad, DirectedDyads } from './types.js';

/** Every directed dyad of the treaties asked for (all: the corpus), by treaty (corpus order), then A, then B. */
export function directedDyads(corpus: CompiledCorpus, treatyIds?: readonly string[]): DirectedDyads {
  const treaties = selectTreaties(corpus, treatyIds);
  const setup = treatySetup(corpus, treaties, HISTORY_ONLY);
  const timeline = scenarioTimeline(corpus, HISTORY_ONLY, setup, setup.computed.flatMap(lifecycleEventTypes));
  const last = timeline.lastDate() ?? null;
  const until = last === null ? LAST_DATE : (nextDayWithin(last) ?? LAST_DATE);
  const choice: ReadingChoice = readingCombinations(corpus.vocabulary, {})[0]!;
  const lifecycles = computeLifecycles(
    corpus,
    setup.computed,
    treatyViews(timeline, setup),
    setup.members,
    setup.successions,
    until,
    choice,
  );
  const dyads: DirectedDyad[] = [];
  for (const t of treaties) {
    const lc = lifecycles.get(t.treaty.id)!;
    const intervals = new Map(lc.parties.map((p) => [p.party, p.intervals]));
    const parties = lc.parties.map((p) => p.party);
    const byPair = new Map<string, DirectedDyad>();
    for (const provision of t.treaty.provisions) {
      for (const [a, b] of directionsOf(provision, parties)) {
        const key = `${a}>${b}`;
        let dyad = byPair.get(key);
        if (!dyad) {
          const spans = pairSpans(a, intervals.get(a)!, b, intervals.get(b)!, lc.suspensions);
          byPair.set(key, (dyad = { treaty: t.treaty.id, partyA: a, partyB: b, provisions: [], spans }));
        }
        dyad.provisions.push(provision.id);
      }
    }
    const sorted = [...byPair.values()].sort((x, y) => compareStrings(x.partyA, y.partyA) || compareStrings(x.partyB, y.partyB));
    for (const d of sorted) if (d.spans.length) dyads.push(d);
  }
  return { dyads, recordedUntil: last };
}
