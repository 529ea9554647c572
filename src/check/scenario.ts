/**
 * Validating a scenario that is not part of the corpus (a user's file, an API request body): schema
 * and references, with positions in its own text. JSON is YAML, so one path serves both.
 */
import { type Corpus, parseYaml, validateYaml } from '../corpus/index.js';
import { type Diagnostic, ScenarioFile } from '../model/index.js';
import { checkScenarioFile } from './references.js';

export function validateScenarioText(corpus: Corpus, name: string, text: string): { scenario?: ScenarioFile; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = parseYaml(name, text);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { diagnostics: errors };
  const validated = validateYaml(yaml, ScenarioFile);
  if (!validated.value) return { diagnostics: validated.diagnostics };
  const refErrors = checkScenarioFile(corpus, { value: validated.value, yaml });
  if (refErrors.length) return { diagnostics: refErrors };
  return { scenario: validated.value, diagnostics: [] };
}
