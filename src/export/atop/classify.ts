/**
 * Derives a treaty's ATOP obligation codes from its provisions by the rules of `mapping.ts`. Pure:
 * the treaty, the vocabulary (to tell which fluents mean "being attacked") and the mapping in, the
 * codes and the provisions that earned them out.
 *
 * Incomplete texts (issue 15) make a code unknown, never 0. A code is
 *   1        when a complete provision matches one of its rules (as before);
 *   unknown  (null, with the reason) when none does, but
 *            - an incomplete provision matches one of its rules as far as its words go: its kind is
 *              one the rule names, and each other feature the rule tests that the provision has
 *              (act, act kinds, beneficiary, trigger; tags, once it has an act or any tag) agrees; a
 *              feature it lacks (the words are cut before it) the cut words could supply; or
 *            - a source of the treaty has a gap that could hold such a clause: every listed gap
 *              whose `kinds` (what the missing text is known to hold) is absent or includes a kind
 *              the code's rules name — except a gap that cuts an incomplete provision's words
 *              (pacta check ties them: it stands inside its quote or right after it, mid-sentence),
 *              which is judged as that provision;
 *   0        otherwise.
 */
import type { Condition, Provision, SourceCoverage, TreatyFile, Trigger, VocabularyFile } from '../../model/index.js';
import type { TreatyExportInput } from '../common/input.js';
import { ATOP_CODES, ATOP_MAPPING, type AtopCode, type AtopMapping, type AtopRule, type TriggerPattern } from './mapping.js';

export interface AtopEvidence {
  provision: string;
  article: string;
  rule: string;
}

/** A gap of a source that could hold a clause earning the code. */
export interface AtopGapEvidence {
  source: string;
  /** Its index in the source's `gaps`. */
  gap: number;
  what: string;
}

export interface AtopCodeResult {
  code: AtopCode;
  /** null: unknown, the text being incomplete (see `reason`). */
  value: 0 | 1 | null;
  /** The complete provisions that earned the code (value 1). */
  provisions: AtopEvidence[];
  /** Value null: why, in one sentence. */
  reason?: string;
  /** Value null: the incomplete provisions that might earn it, and the rule they match as far as their words go. */
  incomplete?: AtopEvidence[];
  /** Value null: the gaps of the sources that could hold a clause earning it. */
  gaps?: AtopGapEvidence[];
}

export type AtopCoding = Record<AtopCode, AtopCodeResult>;

export interface AtopOptions {
  /** The treaty's coverage as pacta check computed it: which listed gaps cut an incomplete provision. Absent: every gap is open. */
  coverage?: readonly Pick<SourceCoverage, 'source' | 'gaps'>[];
  mapping?: AtopMapping;
}

/** The five codes of a treaty, in ATOP's order, each with the provisions that earned it (file order), or why it is unknown. */
export function atopCoding(treaty: TreatyFile, vocabulary: VocabularyFile, options: AtopOptions = {}): AtopCoding {
  const mapping = options.mapping ?? ATOP_MAPPING;
  const reader = new TriggerReader(treaty, vocabulary, mapping);
  const coding = {} as AtopCoding;
  for (const code of ATOP_CODES) {
    const rules = mapping.codes.find((c) => c.code === code)?.rules ?? [];
    const provisions: AtopEvidence[] = [];
    const incomplete: AtopEvidence[] = [];
    for (const p of treaty.provisions) {
      if (!p.incomplete) {
        const rule = rules.find((r) => matches(p, r, reader));
        if (rule) provisions.push({ provision: p.id, article: p.article, rule: rule.id });
        continue;
      }
      const rule = rules.find((r) => matches(p, r, reader)) ?? rules.find((r) => mightMatch(p, r, reader));
      if (rule) incomplete.push({ provision: p.id, article: p.article, rule: rule.id });
    }
    if (provisions.length) {
      coding[code] = { code, value: 1, provisions };
      continue;
    }
    const gaps = openGaps(treaty, rules, options);
    coding[code] =
      incomplete.length || gaps.length
        ? { code, value: null, provisions, reason: unknownReason(treaty, incomplete, gaps), incomplete, gaps }
        : { code, value: 0, provisions };
  }
  return coding;
}

/** The codes of an export's treaty, with what pacta check found of its gaps. */
export function atopCodingOf(input: Pick<TreatyExportInput, 'treaty' | 'vocabulary' | 'check'>): AtopCoding {
  return atopCoding(input.treaty, input.vocabulary, { coverage: input.check.coverage });
}

/** What one provision earns: the codes it matches (complete), or might match as far as its words go (incomplete). */
export interface ProvisionCodes {
  provision: string;
  codes: AtopCode[];
  /** The reason its words are cut, for an incomplete provision: its codes are then unknown, never 1. */
  incomplete?: string;
}

/** The treaty's provisions, each with the codes it earns or might earn (only those with one), and per code the gaps that could hold a clause earning it. */
export interface ProvisionCoding {
  provisions: Map<string, ProvisionCodes>;
  gaps: Record<AtopCode, AtopGapEvidence[]>;
}

/**
 * The coding provision by provision, for directed dyads (src/export/dyad-years): the same rules as
 * `atopCoding`, kept per provision so that a code can be told for each direction a provision runs.
 */
export function provisionCoding(treaty: TreatyFile, vocabulary: VocabularyFile, options: AtopOptions = {}): ProvisionCoding {
  const mapping = options.mapping ?? ATOP_MAPPING;
  const reader = new TriggerReader(treaty, vocabulary, mapping);
  const provisions = new Map<string, ProvisionCodes>();
  const gaps = {} as Record<AtopCode, AtopGapEvidence[]>;
  for (const code of ATOP_CODES) {
    const rules = mapping.codes.find((c) => c.code === code)?.rules ?? [];
    for (const p of treaty.provisions) {
      const earns = rules.some((r) => matches(p, r, reader)) || (p.incomplete !== undefined && rules.some((r) => mightMatch(p, r, reader)));
      if (!earns) continue;
      const entry = provisions.get(p.id) ?? { provision: p.id, codes: [], ...(p.incomplete ? { incomplete: p.incomplete.reason } : {}) };
      entry.codes.push(code);
      provisions.set(p.id, entry);
    }
    // Open gaps count in every direction no complete provision earns the code in (atopCoding, for the
    // whole treaty, lists them only where none earns it at all).
    gaps[code] = openGaps(treaty, rules, options);
  }
  return { provisions, gaps };
}

/** The gaps of a treaty's sources that could hold a clause earning a code with these rules (none tied to an incomplete provision). */
function openGaps(treaty: TreatyFile, rules: readonly AtopRule[], options: AtopOptions): AtopGapEvidence[] {
  const tied = tiedGaps(options);
  const kinds = new Set(rules.flatMap((r) => r.kinds));
  return treaty.sources.flatMap((s) =>
    (s.gaps ?? []).flatMap((g, i) =>
      tied.has(`${s.id}#${i}`) || (g.kinds && !g.kinds.some((k) => kinds.has(k))) ? [] : [{ source: s.id, gap: i, what: g.what }],
    ),
  );
}

/** The gaps pacta check tied to an incomplete provision they cut (judged as that provision), as `source#index`. */
function tiedGaps(options: AtopOptions): Set<string> {
  return new Set(
    (options.coverage ?? []).flatMap((c) =>
      c.gaps.flatMap((g) => (g.kind === 'source' && g.gap !== undefined && g.provisions?.length ? [`${c.source}#${g.gap}`] : [])),
    ),
  );
}

function unknownReason(treaty: TreatyFile, incomplete: readonly AtopEvidence[], gaps: readonly AtopGapEvidence[]): string {
  const parts = incomplete.map((e) => {
    const p = treaty.provisions.find((x) => x.id === e.provision)!;
    return `provision ${e.provision} (article ${e.article}) is incomplete (${p.incomplete!.reason}) and, as far as its words go, matches rule ${e.rule}`;
  });
  if (gaps.length) {
    const one = treaty.sources.length === 1;
    parts.push(
      `the source has ${gaps.length === 1 ? 'a gap' : 'gaps'} that could hold such a clause: ${gaps.map((g) => (one ? g.what : `${g.what} (${g.source})`)).join('; ')}`,
    );
  }
  return parts.join('; and ');
}

/**
 * `DEFENSE: art1-mutual-assistance; NONAGG: art2-no-hostile-alliance` (codes with value 1), and each
 * unknown code with what leaves it open: `CONSUL unknown: art3-x incomplete; gap Article 4`.
 */
export function describeEvidence(coding: AtopCoding): string {
  return ATOP_CODES.flatMap((c) => {
    const r = coding[c];
    if (r.value === 1) return [`${c}: ${r.provisions.map((e) => e.provision).join(', ')}`];
    if (r.value === null)
      return [
        `${c} unknown: ${[...(r.incomplete ?? []).map((e) => `${e.provision} incomplete`), ...(r.gaps ?? []).map((g) => `gap ${g.what}`)].join(', ')}`,
      ];
    return [];
  }).join('; ');
}

/** An incomplete provision that matches as far as its words go: its kind, and each feature the rule tests that it has. */
function mightMatch(p: Provision, rule: AtopRule, reader: TriggerReader): boolean {
  if (!rule.kinds.includes(p.kind)) return false;
  if (rule.acts && p.act && !rule.acts.includes(p.act.type)) return false;
  if (rule.actKinds && p.act?.kind?.length && !p.act.kind.some((k) => rule.actKinds!.includes(k))) return false;
  // Tags say what the words are about: decisive once the words name what is owed (an act) or were tagged at all.
  if (rule.tags && (p.tags.length || p.act) && !p.tags.some((t) => rule.tags!.includes(t))) return false;
  if (rule.beneficiary === 'party' && p.beneficiary && !reader.isPartyRole(p.beneficiary)) return false;
  if (rule.trigger && p.trigger && !reader.hasShape(p.trigger, rule.trigger)) return false;
  return true;
}

function matches(p: Provision, rule: AtopRule, reader: TriggerReader): boolean {
  if (!rule.kinds.includes(p.kind)) return false;
  if (rule.acts && !(p.act && rule.acts.includes(p.act.type))) return false;
  if (rule.actKinds && !(p.act?.kind ?? []).some((k) => rule.actKinds!.includes(k))) return false;
  if (rule.tags && !p.tags.some((t) => rule.tags!.includes(t))) return false;
  if (rule.beneficiary === 'party' && !(p.beneficiary && reader.isPartyRole(p.beneficiary))) return false;
  if (rule.trigger && !reader.hasShape(p.trigger, rule.trigger)) return false;
  return true;
}

// Match keywords that name no party: any state or actor (a party among them, but not as such), or a non-party.
const KEYWORDS = new Set(['any-state', 'any-actor', 'non-party']);

/** How a condition involves a party in armed conflict: as the target, as the attacker, or either. */
type Capacity = 'target' | 'attacker' | 'either';

class TriggerReader {
  private readonly attackEvents: Set<string>;
  private readonly crisisEvents: Set<string>;
  private readonly crisisFluents: Set<string>;
  /** Fluents the vocabulary starts only by attack events, and the capacity their subject is in. */
  private readonly attackFluents = new Map<string, Capacity>();

  constructor(
    private readonly treaty: TreatyFile,
    vocabulary: VocabularyFile,
    mapping: AtopMapping,
  ) {
    this.attackEvents = new Set(mapping.attackEvents);
    this.crisisEvents = new Set(mapping.crisisEvents);
    this.crisisFluents = new Set(mapping.crisisFluents);
    for (const f of vocabulary.fluents) {
      if (!f.initiatedBy.every((e) => this.attackEvents.has(e.event) && (e.subject === 'against' || e.subject === 'by'))) continue;
      const subjects = new Set(f.initiatedBy.map((e) => e.subject));
      this.attackFluents.set(f.id, subjects.size === 2 ? 'either' : subjects.has('against') ? 'target' : 'attacker');
    }
  }

  /** A role (bound to a party when evaluated), the keyword `party`, or the code of a party. */
  isPartyRole(match: string): boolean {
    if (KEYWORDS.has(match)) return false;
    if (/^[A-Z]{3}$/.test(match)) return this.treaty.parties.includes(match);
    return true;
  }

  hasShape(trigger: Trigger | undefined, pattern: TriggerPattern): boolean {
    if (pattern === 'none') return trigger === undefined;
    if (!trigger) return false;
    return branchesOf(trigger).some((branch) => this.branchHas(branch, pattern));
  }

  private branchHas(branch: Condition[], pattern: Exclude<TriggerPattern, 'none'>): boolean {
    const involved = branch.flatMap((c) => this.conflictOf(c));
    const has = (role: string, capacity: Capacity) => involved.some((x) => x.role === role && x.capacity === capacity);
    switch (pattern) {
      case 'partner-attacked':
        return involved.some((x) => x.capacity !== 'attacker');
      case 'partner-not-target':
        return involved.some((x) => x.capacity !== 'target' && !has(x.role, 'target'));
      case 'partner-in-conflict':
        return involved.length > 0;
      case 'crisis':
        return involved.length > 0 || branch.some((c) => this.inCrisis(c));
    }
  }

  /** The party roles a condition puts in armed conflict, and in which capacity. */
  private conflictOf(c: Condition): { role: string; capacity: Capacity }[] {
    if ('inForceFor' in c) return [];
    if ('fluent' in c) {
      const capacity = this.attackFluents.get(c.fluent);
      return capacity ? [{ role: c.subject, capacity }] : [];
    }
    if (!this.attackEvents.has(c.event)) return [];
    const out: { role: string; capacity: Capacity }[] = [];
    if (c.where.against !== undefined && this.isPartyRole(c.where.against)) out.push({ role: c.where.against, capacity: 'target' });
    if (c.where.by !== undefined && this.isPartyRole(c.where.by)) out.push({ role: c.where.by, capacity: 'attacker' });
    return out;
  }

  /** Whether a condition puts a party in a crisis short of war (a threat of attack or invasion). */
  private inCrisis(c: Condition): boolean {
    if ('inForceFor' in c) return false;
    if ('fluent' in c) return this.crisisFluents.has(c.fluent);
    return this.crisisEvents.has(c.event) && Object.values(c.where).some((v) => v !== undefined && this.isPartyRole(v));
  }
}

/** A trigger as alternatives: one list of conditions that must all hold, per branch. */
function branchesOf(trigger: Trigger): Condition[][] {
  if ('all' in trigger) return [trigger.all];
  if ('any' in trigger) return trigger.any.map((c) => [c]);
  return [[trigger]];
}
