/** Reference checks of the corpus-level files: states.yaml (states, successions) and vocabulary.yaml (event types, fluents, terms). */
import { type Loaded } from '../corpus/index.js';
import {
  checkReadingChoice,
  type Context,
  reportUnknownEventType,
  duplicates,
  list,
  type Report,
  reportUnknownState,
} from './reference-context.js';

export function checkStates(loaded: Loaded<unknown>, ctx: Context, report: Report) {
  const file = ctx.corpus.states!.value;
  for (const i of duplicates(file.states, (s) => s.code)) {
    report(loaded, ['states', i, 'code'], 'duplicate-id', `state ${file.states[i]!.code} is defined twice`, 'keep one definition');
  }
  file.successions.forEach((s, i) => {
    for (const field of ['predecessor', 'continuator'] as const) {
      if (!ctx.states.has(s[field])) reportUnknownState(loaded, ['successions', i, field], s[field], ctx, report);
    }
  });
}

export function checkVocabulary(loaded: Loaded<unknown>, ctx: Context, report: Report) {
  const vocab = ctx.corpus.vocabulary!.value;
  for (const [name, items] of [
    ['eventTypes', vocab.eventTypes],
    ['fluents', vocab.fluents],
    ['terms', vocab.terms],
  ] as const) {
    for (const i of duplicates<{ id: string }>(items, (x) => x.id)) {
      report(
        loaded,
        [name, i, 'id'],
        'duplicate-id',
        `"${items[i]!.id}" is defined twice in ${name}`,
        'keep one definition, or rename one',
      );
    }
  }
  vocab.fluents.forEach((fluent, f) => {
    for (const key of ['initiatedBy', 'terminatedBy'] as const) {
      fluent[key].forEach((effect, e) => {
        const type = ctx.eventTypes.get(effect.event);
        if (!type) {
          reportUnknownEventType(loaded, ['fluents', f, key, e, 'event'], effect.event, ctx, report, 'define it under eventTypes');
        } else if (![...type.roles, ...type.optionalRoles].includes(effect.subject)) {
          report(
            loaded,
            ['fluents', f, key, e, 'subject'],
            'unknown-role',
            `event type "${effect.event}" has no field "${effect.subject}"`,
            `use one of its fields: ${list([...type.roles, ...type.optionalRoles])}`,
          );
        }
        checkReadingChoice(loaded, ['fluents', f, key, e, 'when'], effect.when, ctx, report);
      });
    }
  });
  vocab.terms.forEach((term, t) => {
    if (!term.readings.some((r) => r.id === term.default)) {
      report(
        loaded,
        ['terms', t, 'default'],
        'unknown-reading',
        `default reading "${term.default}" is not one of the term's readings`,
        `use one of: ${list(term.readings.map((r) => r.id))}`,
      );
    }
  });
}
