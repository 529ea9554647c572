/**
 * `corpus/vocabulary.yaml`: the shared words of every formalization — event types, fluents
 * (states of affairs initiated and terminated by events, event-calculus style) and contested terms
 * with their readings. Nothing here is hard-coded in the engine.
 */
import { z } from 'zod';
import { IsoDuration } from './calendar.js';
import { Id } from './common.js';
import { STATE_FIELDS } from './event.js';

export const StateFieldName = z.enum(STATE_FIELDS);

export const EventType = z
  .object({
    id: Id,
    description: z.string().min(1),
    roles: z.array(StateFieldName).default([]).describe('which state fields an event of this type must have'),
    optionalRoles: z.array(StateFieldName).default([]).describe('state fields it may have'),
    kinds: z
      .array(Id)
      .optional()
      .describe(
        'the sub-kinds an event of this type may name in `kind` (assistance: military, other); a kind not listed is refused, with the nearest; absent: `kind` is not checked',
      ),
    lifecycle: z
      .enum([
        'signature',
        'ratification',
        'entry-into-force-act',
        'instrument',
        'accession',
        'provisional-application-refused',
        'notice',
        'withdrawal-notice',
        'termination-agreement',
        'suspension',
        'suspension-end',
        'outside-end',
      ])
      .optional()
      .describe('the part it plays in a treaty lifecycle, if any'),
  })
  .strict();
export type EventType = z.infer<typeof EventType>;

/** A reading choice: `{ state-of-war: declared-war }`. */
export const ReadingChoice = z.record(Id, Id);
export type ReadingChoice = z.infer<typeof ReadingChoice>;

export const FluentEffect = z
  .object({
    event: Id.describe('event type'),
    subject: StateFieldName.describe('the event field naming the state the fluent is about'),
    when: ReadingChoice.optional().describe('only under these readings'),
  })
  .strict();
export type FluentEffect = z.infer<typeof FluentEffect>;

export const Fluent = z
  .object({
    id: Id,
    description: z.string().min(1),
    initiatedBy: z.array(FluentEffect).min(1),
    terminatedBy: z.array(FluentEffect).default([]),
  })
  .strict();
export type Fluent = z.infer<typeof Fluent>;

export const Reading = z
  .object({
    id: Id,
    description: z.string().min(1),
    deadline: IsoDuration.optional().describe('for timing terms: the time allowed, counted from the trigger'),
  })
  .strict();
export type Reading = z.infer<typeof Reading>;

export const ContestedTerm = z
  .object({
    id: Id,
    text: z.array(z.string().min(1)).min(1).describe('the words in the treaties that carry this term'),
    description: z.string().min(1),
    readings: z.array(Reading).min(1),
    default: Id.describe('the reading used when a scenario names none'),
  })
  .strict();
export type ContestedTerm = z.infer<typeof ContestedTerm>;

export const VocabularyFile = z
  .object({
    $schema: z.string().optional(),
    eventTypes: z.array(EventType).min(1),
    fluents: z.array(Fluent).default([]),
    terms: z.array(ContestedTerm).default([]),
  })
  .strict();
export type VocabularyFile = z.infer<typeof VocabularyFile>;
