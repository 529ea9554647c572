/** A part of a hypothetical question that cannot be used: which part, what is wrong, and what to do. */
import { EngineInputError } from '../evaluate.js';

/** The parts of a question: its fields, and `if` for the question as a whole (its syntax). */
export type HypothesisField = 'if' | 'event' | 'by' | 'against' | 'to' | 'at' | 'on';

export class HypothesisError extends EngineInputError {
  constructor(
    readonly field: HypothesisField,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
