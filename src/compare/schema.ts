/**
 * The comparison of two treaties, as data: what `pacta diff --json`, the library's
 * `compareTreaties` and the HTTP API give, and what the web UI draws. One schema: the TypeScript
 * types, the runtime validation and the published JSON Schema. `compareTreaties` parses its result
 * through `TreatyComparison`, so the key order of the JSON is the order of the fields below.
 *
 * Every grade reads from A's commitment to B's: `widens` means B commits more, or in more cases;
 * `narrows` means B commits less, or in fewer cases; `same` means the words may differ but the
 * commitment does not; `unclear` means the rules cannot say (or the changes pull both ways).
 */
import { z } from 'zod';
import { IsoDate, Outcome, ProvisionKind } from '../model/index.js';

export const GRADES = ['widens', 'narrows', 'same', 'unclear'] as const;
export const Grade = z.enum(GRADES).describe("from A's commitment to B's: widens = B commits more or in more cases");
export type Grade = z.infer<typeof Grade>;

export const Side = z.enum(['a', 'b']);
export type Side = z.infer<typeof Side>;

/** The fields of two aligned provisions that are compared, in the order they are reported. */
export const FIELDS = [
  'kind',
  'trigger',
  'trigger.text',
  'bearer',
  'beneficiary',
  'act.type',
  'act.kind',
  'act.text',
  'continuing',
  'timing',
  'means',
  'legal-bound',
  'condition',
  'subject-to',
  'area',
  'scope',
  'exceptions',
  'purpose',
  'manner',
  'incomplete',
  'lifecycle.entry-into-force',
  'lifecycle.duration',
  'lifecycle.renewal',
  'lifecycle.notice',
  'lifecycle.withdrawal',
  'lifecycle.termination-by-agreement',
  'lifecycle.withdrawal-of-one-party',
  'lifecycle.accession',
  'lifecycle.parties',
  'lifecycle.suspension',
  'lifecycle.ends-on-outside-event',
  'lifecycle.minimum-parties',
  'lifecycle.survival',
] as const;
export const Field = z.enum(FIELDS);
export type Field = z.infer<typeof Field>;

export const ProvisionRef = z.object({
  treaty: z.string(),
  id: z.string(),
  article: z.string().describe('as the treaty gives it, or "unknown"'),
  paragraph: z.number().int().nullable(),
  label: z.string().describe('"Art. 1(2)", or "unnumbered"'),
  kind: ProvisionKind,
  summary: z.string(),
  quote: z.string().describe("the provision's words, verbatim"),
});
export type ProvisionRef = z.infer<typeof ProvisionRef>;

/** The verbatim words each side of a difference rests on (null: none on that side). */
export const Words = z.object({ a: z.string().nullable(), b: z.string().nullable() });
export type Words = z.infer<typeof Words>;

export const FieldDifference = z.object({
  field: Field,
  a: z.string().nullable().describe("A's value in plain words (null: A has none)"),
  b: z.string().nullable(),
  grade: Grade,
  rule: z.string().describe('the id of the grading rule applied (see `rules`)'),
  reason: z.string(),
  words: Words,
});
export type FieldDifference = z.infer<typeof FieldDifference>;

export const ALIGNMENT_FEATURES = ['kind', 'act', 'trigger', 'roles', 'tags', 'text'] as const;
export const AlignmentReason = z.object({
  feature: z.enum(ALIGNMENT_FEATURES),
  weight: z.number(),
  similarity: z.number().describe('0 (nothing in common) to 1 (the same)'),
  detail: z.string(),
});
export type AlignmentReason = z.infer<typeof AlignmentReason>;

export const GradeCounts = z.object({
  widens: z.number().int(),
  narrows: z.number().int(),
  same: z.number().int(),
  unclear: z.number().int(),
});
export type GradeCounts = z.infer<typeof GradeCounts>;

export const PairComparison = z.object({
  a: ProvisionRef,
  b: ProvisionRef,
  score: z.number().describe('how alike the two are, 0 to 1: what they do first, their words second'),
  reasons: z.array(AlignmentReason),
  grade: Grade.describe('the differences combined: their common grade, same if none, unclear if they pull both ways'),
  counts: GradeCounts,
  identical: z.array(Field).describe('fields compared and found identical'),
  differences: z.array(FieldDifference).describe('fields that differ, in words or in substance, each graded'),
});
export type PairComparison = z.infer<typeof PairComparison>;

export const MatchShape = z.enum(['one-to-one', 'one-to-many', 'many-to-one']);
export type MatchShape = z.infer<typeof MatchShape>;

export const Match = z.object({
  shape: MatchShape,
  a: z.array(z.string()).describe("ids of A's provisions in this match"),
  b: z.array(z.string()),
  pairs: z.array(PairComparison),
});
export type Match = z.infer<typeof Match>;

export const OnlyIn = z.object({
  side: Side.describe('the treaty that has the provision'),
  change: z.enum(['removed', 'added']).describe('removed: only in A; added: only in B'),
  provision: ProvisionRef,
  grade: Grade,
  rule: z.string(),
  reason: z.string(),
  nearest: z
    .object({ id: z.string(), score: z.number() })
    .nullable()
    .describe("the other treaty's closest provision, below the threshold for a match"),
});
export type OnlyIn = z.infer<typeof OnlyIn>;

export const LIFECYCLE_ASPECTS = [
  'entry-into-force',
  'duration',
  'renewal',
  'notice',
  'withdrawal',
  'termination-by-agreement',
  'withdrawal-of-one-party',
  'accession',
  'parties',
  'suspension',
  'ends-on-outside-event',
  'minimum-parties',
  'survival',
] as const;
export const LifecycleAspect = z.enum(LIFECYCLE_ASPECTS);
export type LifecycleAspect = z.infer<typeof LifecycleAspect>;

export const LifecycleRow = z.object({
  aspect: LifecycleAspect,
  a: z.string(),
  b: z.string(),
  grade: Grade,
  rule: z.string(),
  reason: z.string(),
  provisions: z.object({ a: z.array(z.string()), b: z.array(z.string()) }).describe('the procedural provisions whose words set it'),
  words: Words,
});
export type LifecycleRow = z.infer<typeof LifecycleRow>;

export const ClaimBasis = z.object({
  treaty: z.string(),
  provision: z.string(),
  article: z.string().describe('label: "Art. 4", "unnumbered"'),
  words: z.string().describe('the verbatim words the claim rests on'),
});
export type ClaimBasis = z.infer<typeof ClaimBasis>;

export const Claim = z.object({
  text: z.string().describe('one plain-language sentence or two, quotable'),
  grade: Grade.nullable(),
  basis: z.array(ClaimBasis),
});
export type Claim = z.infer<typeof Claim>;

export const OutcomeCell = z.object({
  provision: z.string(),
  article: z.string(),
  outcome: Outcome,
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  deadline: IsoDate.nullable(),
  events: z.array(z.string()),
  reason: z
    .string()
    .nullable()
    .describe(
      'where no duty arose (from null: not-triggered, not-applicable, or unknown): why not, the last step of its explanation; null for a duty that arose',
    ),
});
export type OutcomeCell = z.infer<typeof OutcomeCell>;

export const BehaviourRow = z.object({
  pairing: z.enum(['aligned', 'only-in-a', 'only-in-b']),
  bearer: z.string().describe('the state bearing it (after succession)'),
  beneficiary: z.string().nullable(),
  a: OutcomeCell.nullable().describe(
    "A's row for the binding (where no duty arose, its outcome and why not); null: A has no such provision (only-in-b), or no row for this binding to pair",
  ),
  b: OutcomeCell.nullable().describe("B's row, as for a"),
  differs: z.boolean(),
  note: z.string(),
});
export type BehaviourRow = z.infer<typeof BehaviourRow>;

export const BehaviourRun = z.object({
  readings: z.record(z.string(), z.string()),
  rows: z
    .array(BehaviourRow)
    .describe('every outcome that rests on an event and every row where no duty arose, paired through the alignment binding by binding'),
  standing: z.number().int().describe('standing duties and kept prohibitions, the same every day: left out of rows'),
  differences: z.number().int(),
});
export type BehaviourRun = z.infer<typeof BehaviourRun>;

export const BehaviourComparison = z.object({
  scenario: z.string(),
  firstDay: IsoDate,
  assumptions: z.array(z.string()),
  runs: z.array(BehaviourRun),
  differences: z.number().int().describe('rows that differ, over every run'),
  warnings: z.array(z.string()),
});
export type BehaviourComparison = z.infer<typeof BehaviourComparison>;

export const TreatyInfo = z.object({
  id: z.string(),
  shortTitle: z.string(),
  parties: z.array(z.string()),
  signed: IsoDate,
  provisions: z.number().int(),
});
export type TreatyInfo = z.infer<typeof TreatyInfo>;

export const GradingRule = z.object({ id: z.string(), fields: z.array(z.string()), text: z.string() });
export type GradingRule = z.infer<typeof GradingRule>;

export const ComparisonCounts = z
  .object({
    matches: z.number().int().describe('entries of `matches`'),
    pairs: z.number().int().describe('aligned pairs: the pairs of every match'),
    alignedA: z.number().int().describe("A's provisions in a match"),
    alignedB: z.number().int().describe("B's provisions in a match"),
    onlyInA: z.number().int().describe('entries of `onlyInA`'),
    onlyInB: z.number().int().describe('entries of `onlyInB`'),
    lifecycle: z.number().int().describe('entries of `lifecycle`'),
    grades: z
      .object({ pairs: GradeCounts, onlyInA: GradeCounts, onlyInB: GradeCounts, lifecycle: GradeCounts, all: GradeCounts })
      .describe('each list by grade; all: every graded item listed (aligned pairs, one-sided provisions, lifecycle rows)'),
  })
  .describe('counted from the lists themselves: each count is the number of items of its kind listed');
export type ComparisonCounts = z.infer<typeof ComparisonCounts>;

export const TreatyComparison = z.object({
  a: TreatyInfo,
  b: TreatyInfo,
  reading: z.string().describe('how to read the grades'),
  counts: ComparisonCounts,
  summary: z.array(Claim),
  matches: z.array(Match),
  onlyInA: z.array(OnlyIn),
  onlyInB: z.array(OnlyIn),
  lifecycle: z.array(LifecycleRow),
  behaviour: BehaviourComparison.nullable().describe('present when a scenario was given'),
  rules: z.array(GradingRule).describe('the grading rules this comparison applied'),
});
export type TreatyComparison = z.infer<typeof TreatyComparison>;

/** The published JSON Schema of `pacta diff --json` (schemas/comparison.schema.json, written by `npm run schemas`). */
export function comparisonJsonSchemaText(): string {
  const schema = z.toJSONSchema(TreatyComparison, { io: 'output', target: 'draft-2020-12' });
  return JSON.stringify({ ...schema, title: 'Pacta treaty comparison (pacta diff --json)' }, null, 2) + '\n';
}
