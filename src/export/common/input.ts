/**
 * What every export of a treaty starts from: the checked formalization (with its ingested sources
 * and located quotes) and its lifecycle as the engine computes it from the recorded history alone.
 */
import type {
  CompiledCorpus,
  CompiledTreaty,
  StatesFile,
  TreatyCheck,
  TreatyFile,
  TreatyTimeline,
  VocabularyFile,
} from '../../model/index.js';
// The recorded history only: what the export states is what happened, not a hypothesis.
import { evaluateScenario, HISTORY_ONLY } from '../../engine/index.js';

export interface TreatyExportInput {
  treaty: TreatyFile;
  compiled: CompiledTreaty;
  check: TreatyCheck;
  /** Status intervals computed from the recorded history (no scenario events, default readings). */
  timeline: TreatyTimeline;
  states: StatesFile;
  vocabulary: VocabularyFile;
  /** What the engine could not establish, e.g. no recorded entry into force. */
  warnings: string[];
}

/** The inputs for the treaties named (in that order), from a checked and compiled corpus. */
export function exportInputs(
  compiled: CompiledCorpus,
  check: { treaties: readonly TreatyCheck[] },
  ids: readonly string[],
): TreatyExportInput[] {
  if (!ids.length) return [];
  const result = evaluateScenario(compiled, { ...HISTORY_ONLY, treaties: [...ids] });
  const run = result.runs[0];
  return ids.map((id) => {
    const compiledTreaty = compiled.treaties.find((t) => t.treaty.id === id);
    const treatyCheck: TreatyCheck | undefined = check.treaties.find((t) => t.id === id);
    const timeline = run?.treaties.find((t) => t.id === id);
    if (!compiledTreaty || !treatyCheck || !timeline) throw new Error(`treaty "${id}" is not in the checked corpus`);
    return {
      treaty: compiledTreaty.treaty,
      compiled: compiledTreaty,
      check: treatyCheck,
      timeline,
      states: compiled.states,
      vocabulary: compiled.vocabulary,
      warnings: result.warnings.filter((w) => w.startsWith(`${id}:`)),
    };
  });
}
