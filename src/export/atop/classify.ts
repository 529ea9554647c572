/**
 * Derives a treaty's ATOP obligation codes from its provisions by the rules of `mapping.ts`. Pure:
 * the treaty, the vocabulary (to tell which fluents mean "being attacked") and the mapping in, the
 * codes and the provisions that earned them out.
 */
import type { Condition, Provision, TreatyFile, Trigger, VocabularyFile } from '../../model/index.js';
import { ATOP_CODES, ATOP_MAPPING, type AtopCode, type AtopMapping, type AtopRule, type TriggerPattern } from './mapping.js';

export interface AtopEvidence {
  provision: string;
  article: string;
  rule: string;
}

export interface AtopCodeResult {
  code: AtopCode;
  value: 0 | 1;
  provisions: AtopEvidence[];
}

export type AtopCoding = Record<AtopCode, AtopCodeResult>;

/** The five codes of a treaty, in ATOP's order, each with the provisions that earned it (file order). */
export function atopCoding(treaty: TreatyFile, vocabulary: VocabularyFile, mapping: AtopMapping = ATOP_MAPPING): AtopCoding {
  const reader = new TriggerReader(treaty, vocabulary, mapping);
  const coding = {} as AtopCoding;
  for (const code of ATOP_CODES) {
    const definition = mapping.codes.find((c) => c.code === code);
    const provisions: AtopEvidence[] = [];
    for (const p of treaty.provisions) {
      const rule = definition?.rules.find((r) => matches(p, r, reader));
      if (rule) provisions.push({ provision: p.id, article: p.article, rule: rule.id });
    }
    coding[code] = { code, value: provisions.length ? 1 : 0, provisions };
  }
  return coding;
}

/** `DEFENSE: art1-mutual-assistance; NONAGG: art2-no-hostile-alliance` (codes with value 1 only). */
export function describeEvidence(coding: AtopCoding): string {
  return ATOP_CODES.filter((c) => coding[c].value === 1)
    .map((c) => `${c}: ${coding[c].provisions.map((e) => e.provision).join(', ')}`)
    .join('; ');
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

const KEYWORDS = new Set(['any-state', 'non-party']);

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
