/**
 * DATA: how Pacta derives the five obligation codes of the Alliance Treaty Obligations and
 * Provisions project (ATOP, Leeds et al.; codebook v5.1) from a formalized treaty. Nothing here is
 * typed in per treaty: a code is earned by a provision whose kind, act, trigger and tags match one
 * of the code's rules below, and the export lists the provisions that earned it.
 *
 * How a rule is read (src/export/atop/classify.ts interprets it; every field given must match):
 *   kinds      the provision's kind is one of these;
 *   acts       its act (the event type it owes or forbids) is one of these;
 *   actKinds   its act names one of these sub-kinds (e.g. assistance "military");
 *   tags       it carries one of these tags;
 *   trigger    its trigger has this shape (see TRIGGER_PATTERNS);
 *   beneficiary "party": it is owed to a party role (a partner), not to the world at large.
 *
 * Triggers are read as alternatives ("branches"): a single condition or `all` is one branch, `any`
 * gives one branch per condition. A role named in a trigger binds to a party, so "a party is
 * attacked" is an attack event whose `against` field is a role (or `party`, or a party's code). A
 * fluent counts as "being attacked" when the vocabulary starts it only by attack events against its
 * subject: `state-of-war` (started by `armed-attack` or `war-declared` against the subject) is one,
 * `direct-threat` is not (it is a crisis).
 *
 * The names of event types and fluents are those of corpus/vocabulary.yaml; a corpus with other
 * words needs its own lists here.
 */
import { ATOP_CODE_NAMES, type AtopCodeName, type ProvisionKind } from '../../model/index.js';

/** The codes in the codebook's order: the model's list (src/model/network.ts), which the network's schemas name too. */
export const ATOP_CODES = ATOP_CODE_NAMES;
export type AtopCode = AtopCodeName;

export const TRIGGER_PATTERNS = {
  none: 'no trigger: a standing promise, owed for as long as the treaty is in force',
  'partner-attacked':
    'some branch of the trigger has a party as the target of an attack (an attack event against it, or a fluent started only by such attacks)',
  'partner-not-target':
    'some branch involves a party in armed conflict (at war, or attacking) without requiring that it be the target of an attack',
  'partner-in-conflict': 'some branch involves a party in armed conflict, as target or as belligerent',
  crisis:
    'some branch concerns a party in a crisis that could become a militarized conflict: an armed conflict, or a threat of attack or invasion',
} as const;
export type TriggerPattern = keyof typeof TRIGGER_PATTERNS;

export interface AtopRule {
  /** Stable name of the rule, shown beside each provision that matched it. */
  id: string;
  kinds: readonly ProvisionKind[];
  acts?: readonly string[];
  actKinds?: readonly string[];
  tags?: readonly string[];
  trigger?: TriggerPattern;
  beneficiary?: 'party';
  /** Why a provision matching this rule carries the code. */
  why: string;
}

export interface AtopCodeDefinition {
  code: AtopCode;
  /** ATOP's definition, in short. */
  definition: string;
  rules: readonly AtopRule[];
  /** What does not earn the code, and the borderline cases decided. */
  notes: string;
}

export interface AtopMapping {
  codebook: string;
  /** Event types by which one state attacks another (`by` attacks `against`). */
  attackEvents: readonly string[];
  /** Further event types and fluents that mark a crisis short of war, about the state they name. */
  crisisEvents: readonly string[];
  crisisFluents: readonly string[];
  codes: readonly AtopCodeDefinition[];
}

export const ATOP_MAPPING: AtopMapping = {
  codebook:
    'ATOP codebook v5.1 (Leeds, Ritter, Mitchell and Long): alliance-level obligation variables DEFENSE, OFFENSE, NEUTRAL, NONAGG, CONSUL',
  attackEvents: ['armed-attack', 'war-declared'],
  crisisEvents: ['invasion-threat-created'],
  crisisFluents: ['direct-threat'],
  codes: [
    {
      code: 'DEFENSE',
      definition: 'a promise of active military support if a partner is attacked',
      rules: [
        {
          id: 'military-assistance-on-attack',
          kinds: ['obligation'],
          acts: ['assistance-provided'],
          actKinds: ['military'],
          trigger: 'partner-attacked',
          why: 'an obligation to give military assistance, triggered by an attack on a party',
        },
        {
          id: 'defence-assistance-on-attack',
          kinds: ['obligation'],
          acts: ['assistance-provided'],
          tags: ['defence'],
          trigger: 'partner-attacked',
          why: 'an obligation to assist, tagged defence (the words include armed force), triggered by an attack on a party',
        },
      ],
      notes:
        'Assistance owed without a trigger (standing co-operation, joint defence measures) does not earn DEFENSE: the promise must be contingent on an attack on a partner.',
    },
    {
      code: 'OFFENSE',
      definition: 'a promise of active military support in conflicts where the partner is not the target of attack',
      rules: [
        {
          id: 'military-assistance-in-partners-war',
          kinds: ['obligation'],
          acts: ['assistance-provided'],
          actKinds: ['military'],
          trigger: 'partner-not-target',
          why: 'an obligation to give military assistance in a conflict a party is in without having been attacked (its own war)',
        },
      ],
      notes:
        'A trigger that requires an attack on the partner (both treaties of the corpus: "suffer armed attack", "put in a state of war by an armed invasion") earns DEFENSE, not OFFENSE.',
    },
    {
      code: 'NEUTRAL',
      definition: "a promise to stay out of, or not to aid the adversary in, a partner's conflict",
      rules: [
        {
          id: 'no-aid-to-adversary-in-conflict',
          kinds: ['prohibition'],
          acts: ['assistance-provided', 'hostile-alliance-joined', 'hostile-action-joined'],
          trigger: 'partner-in-conflict',
          why: 'a prohibition on aiding, or joining action with, others while a party is in armed conflict',
        },
        {
          id: 'neutrality-in-conflict',
          kinds: ['obligation', 'prohibition'],
          tags: ['neutrality'],
          trigger: 'partner-in-conflict',
          why: 'a promise tagged neutrality, owed while a party is in armed conflict',
        },
      ],
      notes:
        'A standing promise not to join alliances or actions against a partner (1961 Art. 2, 2024 Art. 5) is not conditioned on a partner being at war: it earns NONAGG, not NEUTRAL.',
    },
    {
      code: 'NONAGG',
      definition: 'a promise not to use force against the partners, or not to join action against them',
      rules: [
        {
          id: 'no-force-or-hostile-action-against-partner',
          kinds: ['prohibition'],
          acts: ['armed-attack', 'war-declared', 'hostile-alliance-joined', 'hostile-action-joined', 'hostile-agreement-concluded'],
          trigger: 'none',
          beneficiary: 'party',
          why: 'a standing prohibition, owed to a party, on attacking it or joining alliances, actions or agreements directed against it',
        },
      ],
      notes:
        'A general promise to refrain from force "inconsistent with the purposes of the United Nations", not owed to the partners and naming no act, does not earn NONAGG.',
    },
    {
      code: 'CONSUL',
      definition: 'a promise to consult in crises that could become militarized conflicts, aimed at coordinating policy',
      rules: [
        {
          id: 'consultation-in-crisis',
          kinds: ['obligation'],
          acts: ['consultations-held'],
          trigger: 'crisis',
          why: 'an obligation to consult, triggered by a crisis (a threat of attack or invasion, an armed conflict) concerning a party',
        },
        {
          id: 'consultation-tagged-crisis',
          kinds: ['obligation'],
          acts: ['consultations-held'],
          tags: ['crisis-consultation'],
          why: 'an obligation to consult whose words name a threat to a party (tagged crisis-consultation by the formalizer)',
        },
      ],
      notes:
        'A general promise to consult on international questions (1961 Art. 3, 2024 Art. 2), owed at all times and not tied to a crisis, does not earn CONSUL.',
    },
  ],
};
