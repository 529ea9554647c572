/**
 * The corpus's directed dyads with their codes: the engine's days on which A owes B (directedDyads),
 * coded by the provisions running from A to B. A dyad none of whose provisions earns or might earn a
 * code (a duty to consult at a party's request, say) is left out: it is no alliance obligation.
 */
import { directedDyads } from '../../engine/index.js';
import type { CompiledCorpus, Dyad, IsoDate, TreatyCheck } from '../../model/index.js';
import { provisionCoding, type ProvisionCoding } from '../atop/classify.js';
import { dyadCodes, dyadProvisions, saysSomething } from './codes.js';

export interface CodedDyads {
  dyads: Dyad[];
  /** The last day of the recorded history (null: none): open intervals hold "as the records stand" up to it. */
  recordedUntil: IsoDate | null;
}

/** Every coded directed dyad of the corpus, by treaty (corpus order), then A, then B. */
export function codedDyads(compiled: CompiledCorpus, check: { treaties: readonly TreatyCheck[] }): CodedDyads {
  const { dyads, recordedUntil } = directedDyads(compiled);
  const codings = new Map<string, ProvisionCoding>();
  const codingOf = (treatyId: string) => {
    let coding = codings.get(treatyId);
    if (!coding) {
      const treaty = compiled.treaties.find((t) => t.treaty.id === treatyId)!.treaty;
      const coverage = check.treaties.find((t) => t.id === treatyId)?.coverage;
      codings.set(treatyId, (coding = provisionCoding(treaty, compiled.vocabulary, coverage ? { coverage } : {})));
    }
    return coding;
  };
  const out: Dyad[] = [];
  for (const d of dyads) {
    const coding = codingOf(d.treaty);
    const treaty = compiled.treaties.find((t) => t.treaty.id === d.treaty)!;
    const intervals = d.spans.map((s) => ({
      from: s.from,
      to: s.to,
      stateA: s.stateA,
      stateB: s.stateB,
      status: s.status,
      codes: dyadCodes(d.provisions, coding, treaty, s),
      ...(s.endedBy !== undefined ? { endedBy: s.endedBy } : {}),
    }));
    if (!intervals.some((i) => saysSomething(i.codes))) continue;
    out.push({
      treaty: d.treaty,
      partyA: d.partyA,
      partyB: d.partyB,
      provisions: dyadProvisions(d.provisions, coding, treaty),
      intervals,
    });
  }
  return { dyads: out, recordedUntil };
}
