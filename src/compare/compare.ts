/**
 * `compareTreaties`: the library's entry point for comparing two treaties of a compiled corpus —
 * aligned provisions with graded differences, provisions in one treaty only, lifecycle rows, a
 * plain-language summary and, given a scenario, the two treaties' outcomes side by side. Pure: no
 * I/O; the same corpus and arguments give the same result, byte for byte once serialized.
 */
import { type CompiledCorpus, type CompiledTreaty, InputError, type Provision, type ScenarioFile } from '../model/index.js';
import { align } from './align.js';
import { compareBehaviour } from './behaviour.js';
import { compareLifecycles } from './lifecycle.js';
import { partiesRow } from './lifecycle-parties.js';
import { onlyIn } from './only-in.js';
import { comparePair } from './pair.js';
import { articleLabel, provisionRef } from './refs.js';
import { rulesUsed } from './rules.js';
import { TreatyComparison, type Match, type TreatyInfo } from './schema.js';
import { summarize } from './summary.js';
import { countItems } from './counts.js';

export interface CompareOptions {
  /** Run this scenario against both treaties and pair the outcomes. */
  scenario?: ScenarioFile;
  /** How to name the scenario in messages (e.g. its file). */
  scenarioName?: string;
}

export const READING_GUIDE =
  "Grades read from A's commitment to B's: widens = B commits more, or in more cases; narrows = B commits less, or in fewer cases; same = the words may differ, the commitment does not; unclear = the rules cannot say, or the changes pull both ways. Each grade names the rule that gave it.";

function treatyOf(corpus: CompiledCorpus, id: string): CompiledTreaty {
  const t = corpus.treaties.find((x) => x.treaty.id === id);
  if (!t) {
    throw new InputError({
      file: id,
      line: 0,
      column: 0,
      code: 'unknown-treaty',
      message: `unknown treaty "${id}"`,
      hint: `use one of: ${corpus.treaties.map((x) => x.treaty.id).join(', ')}`,
    });
  }
  return t;
}

/** Procedural clauses by the lifecycle aspect their words set: it stands for their act when aligning. */
function lifecycleRoles(t: CompiledTreaty): Map<Provision, string> {
  const roles = new Map<Provision, string>();
  const byId = (id: string | undefined) => (id ? t.treaty.provisions.find((p) => p.id === id) : undefined);
  const entry = byId(t.treaty.lifecycle.entryIntoForce.provision);
  const duration = byId(t.treaty.lifecycle.durationProvision);
  if (entry) roles.set(entry, 'entry into force');
  if (duration) roles.set(duration, duration === entry ? 'entry into force and duration' : 'duration');
  return roles;
}

function infoOf(t: CompiledTreaty): TreatyInfo {
  return {
    id: t.treaty.id,
    shortTitle: t.treaty.shortTitle,
    parties: t.treaty.parties,
    signed: t.treaty.signature.date,
    provisions: t.treaty.provisions.length,
  };
}

export function compareTreaties(corpus: CompiledCorpus, aId: string, bId: string, options: CompareOptions = {}): TreatyComparison {
  const a = treatyOf(corpus, aId);
  const b = treatyOf(corpus, bId);
  const alignment = align(a.treaty.provisions, b.treaty.provisions, new Map([...lifecycleRoles(a), ...lifecycleRoles(b)]));
  // The alignment pairs the provisions that survive the end, for the survival row.
  const counterparts = alignment.matches.flatMap((m) => m.pairs.map((p) => [p.a.id, p.b.id] as const));
  const rows = compareLifecycles(a.treaty, b.treaty, counterparts);
  // The parties over time read the recorded history, which the lifecycle rows (the clauses) do not.
  const afterAccession = rows.findIndex((r) => r.aspect === 'accession') + 1;
  const lifecycle = [...rows.slice(0, afterAccession), partiesRow(a, b), ...rows.slice(afterAccession)];
  const ctx = { treatyA: aId, treatyB: bId, vocabulary: corpus.vocabulary, lifecycle, gazetteer: corpus.gazetteer };
  const matches: Match[] = alignment.matches.map((m) => ({
    shape: m.a.length > 1 ? 'many-to-one' : m.b.length > 1 ? 'one-to-many' : 'one-to-one',
    a: m.a.map((p) => p.id),
    b: m.b.map((p) => p.id),
    pairs: m.pairs.map((p) => comparePair(p, ctx)),
  }));
  const onlyInA = alignment.onlyInA.map((o) => onlyIn('a', aId, o.provision, o.nearest, lifecycle));
  const onlyInB = alignment.onlyInB.map((o) => onlyIn('b', bId, o.provision, o.nearest, lifecycle));
  const labels = new Map([
    ...a.treaty.provisions.map((p) => [`${aId}/${p.id}`, articleLabel(p)] as const),
    ...b.treaty.provisions.map((p) => [`${bId}/${p.id}`, articleLabel(p)] as const),
  ]);
  const standing = new Set(b.treaty.provisions.filter((p) => p.kind === 'obligation' && p.continuing && !p.trigger).map((p) => p.id));
  const info = { a: infoOf(a), b: infoOf(b) };
  const behaviour = options.scenario
    ? compareBehaviour({ corpus, a, b, alignment, scenario: options.scenario, scenarioName: options.scenarioName })
    : null;
  const refs = new Map([
    ...a.treaty.provisions.map((p) => [`${aId}/${p.id}`, provisionRef(aId, p)] as const),
    ...b.treaty.provisions.map((p) => [`${bId}/${p.id}`, provisionRef(bId, p)] as const),
  ]);
  // Every count is counted from the lists the comparison gives, once, here: the summary states these.
  const counts = countItems({ matches, onlyInA, onlyInB, lifecycle });
  const summary = summarize({ ...info, counts, matches, onlyInA, onlyInB, lifecycle, labels, standing, behaviour, refs });
  const ruleIds = new Set([
    ...matches.flatMap((m) => m.pairs.flatMap((p) => p.differences.map((d) => d.rule))),
    ...onlyInA.map((o) => o.rule),
    ...onlyInB.map((o) => o.rule),
    ...lifecycle.map((r) => r.rule),
  ]);
  // Parsing fixes the key order (the schema's) and checks the result against the published schema.
  return TreatyComparison.parse({
    ...info,
    reading: READING_GUIDE,
    counts,
    summary,
    matches,
    onlyInA,
    onlyInB,
    lifecycle,
    behaviour,
    rules: rulesUsed(ruleIds),
  });
}
