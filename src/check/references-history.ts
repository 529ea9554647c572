/** Reference checks of a list of events (a treaty's history or a scenario's): ids, event types, roles, states and actors, places existing on the day. */
import { type Loaded, type PathKey } from '../corpus/index.js';
import { type Event, isOnOrAfter, lastDayBefore, STATE_FIELDS, statesIn } from '../model/index.js';
import {
  checkKinds,
  type Context,
  reportUnknownEventType,
  duplicates,
  list,
  type Report,
  reportTerritory,
  reportUnknownState,
} from './reference-context.js';
import { checkActorRef, checkEventPlace } from './references-places.js';
import { checkEventRules } from './references-rules.js';

export function checkTimeline(
  loaded: Loaded<unknown>,
  events: readonly Event[],
  at: PathKey[],
  ctx: Context,
  report: Report,
  _parties: readonly string[],
) {
  for (const i of duplicates(events, (e) => e.id))
    report(loaded, [...at, i, 'id'], 'duplicate-id', `event id "${events[i]!.id}" is used twice`, 'give each event its own id');
  events.forEach((event, i) => {
    const path = [...at, i];
    checkEventPlace(loaded, [...path, 'place'], event.place, event.date, ctx, report);
    checkEventRules(loaded, event, path, ctx, report);
    const type = ctx.eventTypes.get(event.type);
    if (!type) {
      reportUnknownEventType(loaded, [...path, 'type'], event.type, ctx, report);
      return;
    }
    checkKinds(loaded, [...path, 'kind'], event.kind, type, ctx, report);
    for (const field of type.roles) {
      if (event[field] === undefined)
        report(loaded, path, 'missing-role', `a "${event.type}" event needs "${field}"`, `add ${field}: with the state code`);
    }
    for (const field of STATE_FIELDS) {
      if (event[field] === undefined) continue;
      if (![...type.roles, ...type.optionalRoles].includes(field)) {
        report(
          loaded,
          [...path, field],
          'unexpected-role',
          `a "${event.type}" event has no field "${field}"`,
          `use its fields: ${list([...type.roles, ...type.optionalRoles])}`,
        );
      }
      statesIn(event, field).forEach((code, j) => {
        const fieldPath = Array.isArray(event[field]) ? [...path, field, j] : [...path, field];
        if (checkActorRef(loaded, fieldPath, code, ctx, report)) return;
        const state = ctx.states.get(code);
        if (!state) {
          reportUnknownState(loaded, fieldPath, code, ctx, report);
        } else if (reportTerritory(loaded, fieldPath, code, ctx, report)) {
          return;
        } else if (state.to && isOnOrAfter(event.date, state.to)) {
          const continuator = ctx.continuatorOf.get(code);
          report(
            loaded,
            fieldPath,
            'state-not-existing',
            `state "${code}" no longer existed on ${event.date} (its last day was ${lastDayBefore(state.to)})`,
            continuator ? `name its continuator ${continuator}` : 'name the state that existed on that day',
          );
        }
      });
    }
  });
}
