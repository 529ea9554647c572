/**
 * `/api/diff?scenario=`: the scenario to run against both treaties, a corpus scenario's file (as
 * /api/corpus-scenarios lists it) or a saved scenario's id; anything else, or one without events, is
 * answered 400 naming `scenario` and what to give instead.
 */
import type { CheckResult } from '../../check/index.js';
import type { CompareOptions } from '../../compare/index.js';
import type { ScenarioFile } from '../../model/index.js';
import type { Store } from '../../store/index.js';
import { ProblemError } from './problem.js';

export function diffScenario(
  ref: string,
  check: CheckResult,
  store: Pick<Store, 'getScenario'>,
  /** A saved scenario checked again against the served corpus (saved scenarios outlive corpus changes). */
  savedScenarioOf: (scenario: unknown) => ScenarioFile,
): Required<CompareOptions> {
  const refuse = (message: string, hint: string) => new ProblemError(400, `scenario: ${message}`, [{ field: 'scenario', message, hint }]);
  const inCorpus = check.corpus.treaties.flatMap((t) => t.scenarios).find((s) => s.yaml.file === ref);
  const saved = inCorpus ? undefined : store.getScenario(ref);
  if (!inCorpus && !saved)
    throw refuse(
      `no corpus scenario file or saved scenario "${ref}"`,
      'give a file as /api/corpus-scenarios lists it (corpus/TREATY/scenarios/NAME.yaml) or the id of a saved scenario (/api/scenarios)',
    );
  const scenario = inCorpus ? inCorpus.value : savedScenarioOf(saved!.scenario);
  if (!scenario.events.length)
    throw refuse(`"${scenario.title}" has no events: there is nothing to run against the two treaties`, 'choose a scenario with events');
  return { scenario, scenarioName: inCorpus ? ref : scenario.title };
}
