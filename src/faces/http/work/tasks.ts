/**
 * The long work of the API (a scenario's evaluation, a text's ingestion, a comparison that runs a scenario) as tasks that run the same
 * code in a worker thread or in the calling thread, and answer the JSON text the route sends, as
 * UTF-8 bytes (moved, not copied, out of a worker). An error crosses as data and is thrown again on
 * the other side as what it was: an `InputError` with its diagnostics, a `ProblemError`, or an
 * unexpected error with its message and stack.
 */
import { compareTreaties, type CompareOptions, type TreatyComparison } from '../../../compare/index.js';
import { evaluateScenario, onlyProvision, whoMustHelp } from '../../../engine/index.js';
import {
  type CompiledCorpus,
  type Diagnostic,
  type Hypothesis,
  type HypotheticalAnswer,
  InputError,
  type RunResult,
  type ScenarioFile,
  stateNames,
  type StructuredDocument,
} from '../../../model/index.js';
import { ingest, searchPassages, type SearchPassage } from '../../../text/index.js';
import { ProblemError, type ProblemField, type ProblemStatus } from '../problem.js';

/** A run's `provision`, checked before (one-provision.ts), limits its answer to that duty. */
export type Task =
  | { kind: 'run'; scenario: ScenarioFile; provision?: string }
  /** With `passages`, for keeping: the document and its passages for search (searchPassages), both worked out here, off the event loop. */
  | { kind: 'ingest'; name: string; text: string; passages?: boolean }
  | { kind: 'obligations'; hypothesis: Hypothesis }
  | { kind: 'diff'; a: string; b: string; options: CompareOptions };

/** What each kind of task answers (as JSON). */
export interface TaskResults {
  run: RunResult;
  ingest: StructuredDocument;
  obligations: HypotheticalAnswer;
  diff: TreatyComparison;
}
export type TaskOf<K extends Task['kind']> = Extract<Task, { kind: K }>;

/** What an ingest task with `passages` answers: the document to keep, and its passages to index. */
export interface IngestedToKeep {
  document: StructuredDocument;
  passages: SearchPassage[];
}

/** A task's answer: the JSON text of its result `T` (and, for an ingest, the document's kind). */
export interface Done<T = unknown> {
  json: Uint8Array;
  kind?: string;
  /** Never set: the type of the result the JSON is the text of. */
  readonly result?: T;
}

export type CarriedError =
  | { type: 'input'; diagnostics: Diagnostic[] }
  | { type: 'problem'; status: ProblemStatus; detail: string; errors?: ProblemField[]; headers: Record<string, string> }
  | { type: 'error'; name: string; message: string; stack?: string };

export type Outcome = { ok: true; done: Done } | { ok: false; error: CarriedError };

const encoder = new TextEncoder();
/** JSON text as UTF-8, in a buffer of its own (so that it can be transferred). */
const jsonBytes = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));

/** Does a task; never throws. */
export function perform(compiled: CompiledCorpus, task: Task): Outcome {
  try {
    switch (task.kind) {
      case 'run': {
        const result = evaluateScenario(compiled, task.scenario);
        return {
          ok: true,
          done: { json: jsonBytes(task.provision === undefined ? result : onlyProvision(compiled, result, task.provision)) },
        };
      }
      case 'ingest': {
        // Parties get the codes of the states the served corpus knows.
        const doc = ingest(task.text, task.name, { states: stateNames(compiled.states) });
        const answer = task.passages ? ({ document: doc, passages: searchPassages(task.text, doc) } satisfies IngestedToKeep) : doc;
        return { ok: true, done: { json: jsonBytes(answer), kind: doc.kind } };
      }
      case 'obligations':
        return { ok: true, done: { json: jsonBytes(whoMustHelp(compiled, task.hypothesis)) } };
      case 'diff':
        // With a scenario, a comparison evaluates it against both treaties: as long as a run.
        return { ok: true, done: { json: jsonBytes(compareTreaties(compiled, task.a, task.b, task.options)) } };
    }
  } catch (error) {
    return { ok: false, error: carry(error) };
  }
}

export function carry(error: unknown): CarriedError {
  if (error instanceof InputError) return { type: 'input', diagnostics: error.diagnostics };
  if (error instanceof ProblemError)
    return {
      type: 'problem',
      status: error.status,
      detail: error.detail,
      headers: error.headers,
      ...(error.errors ? { errors: error.errors } : {}),
    };
  if (error instanceof Error)
    return { type: 'error', name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { type: 'error', name: 'Error', message: String(error) };
}

/** The error a carried error stands for, to throw where the task was asked for. */
export function revive(carried: CarriedError): Error {
  switch (carried.type) {
    case 'input':
      return InputError.of(carried.diagnostics);
    case 'problem':
      return new ProblemError(carried.status, carried.detail, carried.errors, carried.headers);
    case 'error': {
      const error = new Error(carried.message);
      error.name = carried.name;
      if (carried.stack) error.stack = carried.stack;
      return error;
    }
  }
}
