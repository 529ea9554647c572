/**
 * Validating a scenario that is not part of the corpus (a user's file, an API request body): schema
 * and references, with positions in its own text. JSON is YAML, so one path serves both.
 *
 * Bounded (issue 18): reading the text is linear in its size (`parseYaml`), a scenario with more
 * events than `SCENARIO_LIMITS.maxEvents` is refused before its events are validated one by one,
 * the readings it asks for are bounded (`checkScenarioFile`), and at most `MAX_DIAGNOSTICS`
 * findings are returned.
 */
import { type Corpus, locate, parseYaml, validateYaml } from '../corpus/index.js';
import { capDiagnostics, type Diagnostic, SCENARIO_LIMITS, ScenarioFile } from '../model/index.js';
import { checkScenarioFile, TOO_MANY_EVENTS_HINT, tooManyEvents } from './references-scenario.js';
import { isMap, isScalar, isSeq } from 'yaml';

export function validateScenarioText(corpus: Corpus, name: string, text: string): { scenario?: ScenarioFile; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = parseYaml(name, text);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { diagnostics: errors };
  const events = eventCount(yaml.doc.contents);
  if (events > SCENARIO_LIMITS.maxEvents) {
    return {
      diagnostics: [
        {
          severity: 'error',
          file: name,
          ...locate(yaml, ['events']),
          code: 'too-many-events',
          path: 'events',
          message: tooManyEvents(events),
          hint: TOO_MANY_EVENTS_HINT,
        },
      ],
    };
  }
  const validated = validateYaml(yaml, ScenarioFile);
  if (!validated.value) return { diagnostics: validated.diagnostics };
  const refErrors = checkScenarioFile(corpus, { value: validated.value, yaml });
  if (refErrors.length) return { diagnostics: capDiagnostics(refErrors) };
  return { scenario: validated.value, diagnostics: [] };
}

/** The number of items under the top-level `events` key, read from the parsed document (0 if it is not a list). */
function eventCount(contents: unknown): number {
  if (!isMap(contents)) return 0;
  const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === 'events');
  return pair && isSeq(pair.value) ? pair.value.items.length : 0;
}
