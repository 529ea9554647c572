/**
 * Validating a scenario that is not part of the corpus (a user's file, an API request body): schema
 * and references, with positions in its own text. JSON is YAML, so one path serves both.
 *
 * Bounded (issue 18): reading the text is linear in its size (`parseYaml`), a scenario with more
 * events than `SCENARIO_LIMITS.maxEvents` is refused before its events are validated one by one,
 * the readings it asks for are bounded (`checkScenarioFile`), and at most `MAX_DIAGNOSTICS`
 * findings are returned.
 */
import { type Corpus, parseYaml, stateNamesOf, validateYaml } from '../corpus/index.js';
import { capDiagnostics, type Diagnostic, ScenarioFile } from '../model/index.js';
import { reporterInto } from './reference-context.js';
import { checkEventCount, checkScenarioFile } from './references-scenario.js';
import { isSeq } from 'yaml';

export function validateScenarioText(corpus: Corpus, name: string, text: string): { scenario?: ScenarioFile; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = parseYaml(name, text);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { diagnostics: errors };
  // The items under the top-level `events` key, counted before each is validated.
  const events = yaml.doc.get('events');
  const tooMany: Diagnostic[] = [];
  checkEventCount({ value: undefined, yaml }, isSeq(events) ? events.items.length : 0, reporterInto(tooMany));
  if (tooMany.length) return { diagnostics: tooMany };
  const validated = validateYaml(yaml, ScenarioFile, undefined, stateNamesOf(corpus));
  if (!validated.value) return { diagnostics: validated.diagnostics };
  const refErrors = checkScenarioFile(corpus, { value: validated.value, yaml });
  if (refErrors.length) return { diagnostics: capDiagnostics(refErrors) };
  return { scenario: validated.value, diagnostics: [] };
}
