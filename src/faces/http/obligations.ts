/**
 * The who-must-help route's pieces: `GET /api/obligations?event=armed-attack&by=RUS&against=FIN&place=fin-territory&on=2024-06-01`
 * answers what `pacta obligations --if … --json` prints. Its query and answer schemas, and the
 * question read from the query: each part checked by the engine (resolveHypothesis), a part that
 * cannot be used answered 400 naming its field and what to give instead.
 */
import { z } from '@hono/zod-openapi';
import { HypothesisError, resolveHypothesis } from '../../engine/index.js';
import { HypotheticalAnswer as HypotheticalAnswerModel, type CompiledCorpus, type Hypothesis } from '../../model/index.js';
import { ProblemError } from './problem.js';
import { firstValue, invalidRequest, named } from './schemas.js';

export const HypotheticalAnswer = named(HypotheticalAnswerModel, 'HypotheticalAnswer');

const query = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema);
const text = (description: string) =>
  query(z.string().min(1, 'empty: give a value or leave the parameter out').optional().describe(description));

export const ObligationsQuery = z
  .object({
    event: query(
      z
        .string({ error: 'required: an event type of the vocabulary (armed-attack)' })
        .min(1)
        .describe('an event type of the vocabulary (armed-attack)'),
    ),
    by: text("the acting state (the attacker): a state's code or any of its names, or an actor's code"),
    against: text("the state acted against (the attacked state): a state's code or any of its names"),
    to: text('the state acted towards, for event types that name one'),
    place: text('gazetteer place ids the event lies in, comma-separated (fin-territory; usa-forces,pacific-area)'),
    on: text('the day of the event, YYYY-MM-DD (default: today where the server runs)'),
  })
  .register(invalidRequest, {
    detail: (_, issues) => {
      const first = issues[0] as { message: string; path?: readonly PropertyKey[] } | undefined;
      return `${String(first?.path?.[0] ?? 'event')}: ${first?.message ?? 'not valid'}`;
    },
  });
export type ObligationsQuery = z.infer<typeof ObligationsQuery>;

/** The question a query asks, checked against the corpus; a part that cannot be used is a 400 naming it. */
export function hypothesisOfQuery(compiled: CompiledCorpus, q: ObligationsQuery, today: string): Hypothesis {
  try {
    return resolveHypothesis(compiled, {
      event: q.event,
      ...(q.by !== undefined ? { by: q.by } : {}),
      ...(q.against !== undefined ? { against: q.against } : {}),
      ...(q.to !== undefined ? { to: q.to } : {}),
      ...(q.place !== undefined ? { at: q.place.split(',').map((p) => p.trim()) } : {}),
      on: q.on ?? today,
    });
  } catch (error) {
    if (!(error instanceof HypothesisError)) throw error;
    // The places are `at` in the question's words ("… at PLACE on DATE") and `place` in the query, where `at` is a day elsewhere.
    const field = error.field === 'if' ? 'event' : error.field === 'at' ? 'place' : error.field;
    throw new ProblemError(400, `${field}: ${error.message}`, [{ field, message: error.message, hint: error.hint }]);
  }
}
