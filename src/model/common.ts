/** Building blocks shared by every file format: identifiers, state codes, citations. */
import { z } from 'zod';

/** Lower-case kebab identifiers (`ussr-prk-1961`, `art1-mutual-assistance`): stable, URL- and file-safe. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens or dots, e.g. "art1-assistance"')
  .describe('lower-case kebab-case identifier');
export type Id = z.infer<typeof Id>;

/** ISO 3166-1 alpha-3, or ISO 3166-3 for states that no longer exist (e.g. SUN for the USSR). */
export const StateCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a state code is three capital letters (ISO 3166-1 alpha-3, or ISO 3166-3 for historic states, e.g. SUN)')
  .describe('ISO 3166-1 alpha-3 code (ISO 3166-3 for historic states)');
export type StateCode = z.infer<typeof StateCode>;

/**
 * A non-state actor's code (states.yaml `actors`): four or more capital letters and digits, in parts
 * joined by single hyphens, beginning with a letter (UNSC, ISIL). Never three characters, so it cannot
 * be mistaken for a state's code.
 */
export const ACTOR_CODE_PATTERN = /^(?=[A-Z0-9-]{4,}$)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
export const ActorCode = z
  .string()
  .regex(
    ACTOR_CODE_PATTERN,
    'an actor code is four or more capital letters or digits, in parts joined by single hyphens, beginning with a letter (e.g. UNSC)',
  )
  .describe("a non-state actor's code from states.yaml actors (four or more characters: UNSC)");
export type ActorCode = z.infer<typeof ActorCode>;

/** Who an event's state fields may name: a state (three capital letters) or a non-state actor (four or more). */
export const STATE_OR_ACTOR_PATTERN = /^(?:[A-Z]{3}|(?=[A-Z0-9-]{4,}$)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)$/;
export const StateOrActorCode = z
  .string()
  .regex(
    STATE_OR_ACTOR_PATTERN,
    "a state's code (three capital letters: PRK) or an actor's code (four or more capital letters, digits and hyphens: UNSC)",
  )
  .describe("a state's code (ISO 3166 alpha-3) or a non-state actor's code from states.yaml actors");
export type StateOrActorCode = z.infer<typeof StateOrActorCode>;

/** Is `code` shaped as a state's code (three capital letters)? */
export function isStateCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

/** Is `code` shaped as a non-state actor's code (UNSC, ISIL)? */
export function isActorCode(code: string): boolean {
  return ACTOR_CODE_PATTERN.test(code);
}

/** Where a fact was reported: every recorded event cites one. */
export const Citation = z
  .object({
    cite: z.string().min(1).describe('who reported it, e.g. "Hankook Ilbo, 8 Sep 1995"'),
    note: z.string().optional().describe('why this source was chosen where sources disagree, or other context'),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

/** A source is a plain citation string for hypothetical or simple cases, or a structured citation. */
export const SourceRef = z.union([z.string().min(1), Citation]);
export type SourceRef = z.infer<typeof SourceRef>;

export function citationText(source: SourceRef | undefined): string | undefined {
  if (source === undefined) return undefined;
  return typeof source === 'string' ? source : source.cite;
}

/** Code-unit order: the same on every machine, whatever its locale (unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
