/**
 * Two aligned provisions, field by field: every field that differs, in words or in substance, with
 * its grade; the fields found identical; and the grades combined. A pair of procedural clauses is
 * compared through the lifecycle rows their words set.
 */
import type { GazetteerFile, Provision, VocabularyFile } from '../model/index.js';
import type { ScoredPair } from './align.js';
import { compareArea } from './fields/area.js';
import { compareActKinds, compareActText, compareActType } from './fields/act.js';
import type { FieldResult } from './fields/difference.js';
import { compareExceptions, compareIncomplete } from './fields/exceptions.js';
import { compareContinuing, compareKind, compareRole } from './fields/kind-roles.js';
import { compareMeans } from './fields/means.js';
import { compareColour, compareRestrictions, compareScope } from './fields/qualifiers.js';
import { compareTiming } from './fields/timing.js';
import { compareTrigger, compareTriggerText } from './fields/trigger.js';
import { combine, countGrades } from './grade.js';
import { provisionRef } from './refs.js';
import type { Field, FieldDifference, LifecycleRow, PairComparison } from './schema.js';

export interface PairContext {
  treatyA: string;
  treatyB: string;
  vocabulary: VocabularyFile;
  lifecycle: readonly LifecycleRow[];
  /** The corpus's places, for comparing the areas duties are bounded to. */
  gazetteer?: GazetteerFile;
}

/** The comparators of the provision fields, in report order. */
const COMPARATORS: { field: Field; compare: (a: Provision, b: Provision, ctx: PairContext) => FieldResult }[] = [
  { field: 'kind', compare: compareKind },
  { field: 'trigger', compare: compareTrigger },
  { field: 'trigger.text', compare: compareTriggerText },
  { field: 'bearer', compare: (a, b) => compareRole('bearer', a.bearer, b.bearer) },
  { field: 'beneficiary', compare: (a, b) => compareRole('beneficiary', a.beneficiary, b.beneficiary) },
  { field: 'act.type', compare: compareActType },
  { field: 'act.kind', compare: (a, b, ctx) => compareActKinds(a, b, ctx.vocabulary) },
  { field: 'act.text', compare: compareActText },
  { field: 'continuing', compare: compareContinuing },
  { field: 'timing', compare: (a, b, ctx) => compareTiming(a, b, ctx.vocabulary) },
  { field: 'means', compare: compareMeans },
  { field: 'legal-bound', compare: (a, b) => compareRestrictions('legal-bound', a, b) },
  { field: 'condition', compare: (a, b) => compareRestrictions('condition', a, b) },
  { field: 'subject-to', compare: (a, b) => compareRestrictions('subject-to', a, b) },
  { field: 'area', compare: (a, b, ctx) => compareArea(a, b, ctx.gazetteer) },
  { field: 'scope', compare: compareScope },
  { field: 'exceptions', compare: compareExceptions },
  { field: 'purpose', compare: (a, b) => compareColour('purpose', a, b) },
  { field: 'manner', compare: (a, b) => compareColour('manner', a, b) },
  { field: 'incomplete', compare: compareIncomplete },
];

/** The lifecycle rows that the words of either provision set. */
export function lifecycleRowsOf(rows: readonly LifecycleRow[], side: 'a' | 'b', id: string): LifecycleRow[] {
  return rows.filter((r) => r.provisions[side].includes(id));
}

export function comparePair(pair: ScoredPair, ctx: PairContext): PairComparison {
  const { a, b } = pair;
  const identical: Field[] = [];
  const differences: FieldDifference[] = [];
  if (a.kind === 'procedural' && b.kind === 'procedural') {
    const rows = ctx.lifecycle.filter((r) => r.provisions.a.includes(a.id) || r.provisions.b.includes(b.id));
    for (const r of rows) {
      const field = `lifecycle.${r.aspect}` as Field;
      if (r.a === r.b && r.grade === 'same') identical.push(field);
      else differences.push({ field, a: r.a, b: r.b, grade: r.grade, rule: r.rule, reason: r.reason, words: r.words });
    }
  } else {
    for (const { field, compare } of COMPARATORS) {
      const d = compare(a, b, ctx);
      if (d) differences.push(d);
      else identical.push(field);
    }
  }
  const grades = differences.map((d) => d.grade);
  return {
    a: provisionRef(ctx.treatyA, a),
    b: provisionRef(ctx.treatyB, b),
    score: pair.score,
    reasons: pair.reasons,
    grade: combine(grades),
    counts: countGrades(grades),
    identical,
    differences,
  };
}
