/**
 * Reference checks: every state, actor, place, event type, fluent, contested term, reading, role,
 * source and provision that a file names must be defined, and every id must be unique where it must be.
 * Each finding points at the offending node of the offending file.
 */
import type { Corpus, Loaded, LoadedTreaty } from '../corpus/index.js';
import { type Diagnostic } from '../model/index.js';
import { buildContext, reporterInto } from './reference-context.js';
import { checkStates, checkVocabulary } from './references-corpus.js';
import { checkActors, checkGazetteer } from './references-places.js';
import { checkTreaty } from './references-treaty.js';

/** `others`: the corpus's treaties that are not checked but may be named (by a scenario, a tied duration). */
export function checkReferences(corpus: Corpus, treaties: LoadedTreaty[] = corpus.treaties, others: LoadedTreaty[] = []): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = reporterInto(diagnostics);
  const ctx = buildContext(corpus, others);
  if (corpus.states) checkStates(corpus.states as Loaded<unknown>, ctx, report);
  if (corpus.states) checkActors(corpus.states as Loaded<unknown>, ctx, report);
  if (corpus.gazetteer) checkGazetteer(corpus.gazetteer as Loaded<unknown>, ctx, report);
  if (corpus.vocabulary) checkVocabulary(corpus.vocabulary as Loaded<unknown>, ctx, report);
  const treatyIds = new Set(ctx.treaties.keys());
  for (const treaty of treaties) checkTreaty(treaty, ctx, treatyIds, report);
  return diagnostics;
}
