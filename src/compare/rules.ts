/**
 * The grading rules, as a table: every grade the comparison gives names one of these, and the
 * comparison's output lists the ones it applied. The rules look only at what the provisions say and
 * do (kinds, roles, triggers, acts, qualifiers, the vocabulary's readings), never at which treaty
 * they come from. Read every grade from A's commitment to B's: widens = B commits more or in more
 * cases.
 */
import type { GradingRule } from './schema.js';

export const RULES = {
  'kind-force': {
    fields: ['kind'],
    text: 'Binding force: a declaration < an obligation or a prohibition. Up the scale widens, down narrows. An obligation turned prohibition (or the reverse), or a change to or from a permission or a procedural clause, is unclear.',
  },
  'trigger-added': {
    fields: ['trigger'],
    text: 'A trigger where there was none narrows: the duty is owed only when it fires, no longer whenever the treaty is in force. A trigger dropped widens.',
  },
  'trigger-conditions': {
    fields: ['trigger'],
    text: "Where every condition must hold, an extra condition narrows and a dropped one widens; where any one suffices, an extra alternative widens and a dropped one narrows. Conditions on other events or fluents, or a change between 'all' and 'any', are unclear.",
  },
  'trigger-constraints': {
    fields: ['trigger'],
    text: 'The same events and fluents with different constraints: a constraint that matches more events (any actor, armed groups included, rather than any state; any state rather than a party; a party rather than one named state; a constraint dropped) widens; one that matches fewer narrows; both ways is unclear.',
  },
  'wording-table': {
    fields: ['trigger.text', 'act.text', 'means', 'purpose', 'manner'],
    text: 'Verbatim words are compared through a table of phrases (src/compare/wording.ts): phrases of equal scope are equivalent (same); a phrase of narrower scope narrows, of wider scope widens. Drafting words (party designations, connectives) are ignored; any other word that differs makes the grade unclear.',
  },
  'role-scope': {
    fields: ['bearer', 'beneficiary'],
    text: 'Roles by how many parties they take in: each party > the other party > a party named by the trigger (the attacked party…). More bearers, or more beneficiaries, widens; fewer narrows. A change to or from a joint duty of all the parties together, or between parties named by different triggers, is unclear.',
  },
  'beneficiary-named': {
    fields: ['beneficiary'],
    text: 'A beneficiary named where there was none, or dropped, is unclear: a duty with no named beneficiary is owed to the parties generally.',
  },
  'act-type': {
    fields: ['act.type'],
    text: 'A different act (another event type) is a different duty: unclear. So is an act named where a standing duty named none, or the reverse.',
  },
  'act-kinds': {
    fields: ['act.kind'],
    text: 'Sub-kinds of the act (military, other…): more widens (more is owed, forbidden or allowed), fewer narrows, a different set is unclear, a list against none is unclear.',
  },
  'act-discretion': {
    fields: ['act.kind'],
    text: "Where the bearer decides what counts as performance ('such action as it deems necessary'), the kinds that count depend on a reading of a contested term: they are compared with the other side's kinds reading by reading (both on the same term) or for every pair of readings, each by the act-kinds scale (more widens, fewer narrows, others unclear), and the grades combined: one way everywhere is that way, both ways is unclear.",
  },
  continuing: {
    fields: ['continuing'],
    text: 'A standing duty, which no single act discharges, widens a duty that one act discharges; the reverse narrows.',
  },
  'timing-readings': {
    fields: ['timing'],
    text: 'Timing words are compared through the readings of their contested terms in the vocabulary: the same deadline under every reading is same; a shorter deadline under some readings and a longer one under none widens (B is stricter); the reverse narrows; both is unclear. Two terms whose readings differ: the same deadlines under readings named otherwise are the same; readings both terms give (the same id) correspond, and a reading only one gives is compared with every reading of the other; with no reading in common, unclear. A time limit added widens, dropped narrows. Timing words with no contested term are compared as words.',
  },
  'means-extent': {
    fields: ['means'],
    text: "Means owed, by extent: all > possible > necessary. More widens, less narrows; equal extents compare their words through the wording table. 'All' means added widens (dropped narrows); other means clauses added or dropped are unclear.",
  },
  'legal-bound': {
    fields: ['legal-bound'],
    text: "A legal bound added ('in accordance with …') narrows: the duty is owed only within what the instruments named allow. Dropped widens. Bounds replaced by others are unclear; the same instruments in other words are the same.",
  },
  condition: {
    fields: ['condition'],
    text: "A condition added ('at the request of …') narrows: the duty arises only once it is met. Dropped widens; replaced by another is unclear.",
  },
  'subject-to': {
    fields: ['subject-to'],
    text: "A 'subject to' or 'taking into account' clause added narrows: the duty yields to what it names. Dropped widens; replaced is unclear.",
  },
  area: {
    fields: ['area'],
    text: "Where the triggering event must lie (the provision's places, which the engine tests against the gazetteer): an area added narrows (an event elsewhere gives rise to no duty), dropped widens. Both bounded: B's area takes in all of A's and more (every place of A's lies within a place of B's, by the gazetteer's containments that hold on every day) widens; the reverse narrows; each with places the other lacks is unclear. Where either provision has places, they decide, and the regions its scope words name are shown as the area's words, not graded again.",
  },
  scope: {
    fields: ['scope'],
    text: 'A geographic scope added narrows (owed only there), dropped widens; more regions (or the whole world) widen, fewer narrow, others are unclear. A scope of another nature (a forum, a subject) added narrows, dropped widens; scopes of different natures are unclear.',
  },
  exceptions: {
    fields: ['exceptions'],
    text: 'Exceptions that defeat the rule (an act of these kinds, or one accompanied by this act, is no breach), compared by what they excuse: an exception added narrows (the rule yields in more cases); dropped widens; others are unclear; the same acts excused in other words are the same.',
  },
  incomplete: {
    fields: ['incomplete'],
    text: 'A provision whose words are cut off in the only source cannot be graded on what is missing: unclear, whichever side it is on.',
  },
  'purpose-manner': {
    fields: ['purpose', 'manner'],
    text: 'Purpose and manner clauses guide interpretation (VCLT Art. 31(1)) but add or remove no case: a change is unclear unless the wording table finds the words the same.',
  },
  'provision-only-in-one': {
    fields: ['provision'],
    text: 'A provision found only in B widens when it is an obligation, a prohibition or a declaration: B commits to something A does not. Found only in A, it narrows. A permission in one treaty only is unclear. A procedural clause takes the combined grade of the lifecycle rows it sets.',
  },
  'entry-into-force': {
    fields: ['lifecycle.entry-into-force'],
    text: "The same entry-into-force rule is the same, whether it stands in the text or is attested elsewhere. After the same act, a longer delay narrows and a shorter one widens: the delays (offset, month-start rounding) are compared on every day of two years, and one that is longer on some days and shorter on others is unclear; a 'whichever is later' date added or later narrows, dropped or sooner widens; so does a later state's own delay (threshold or accession). A threshold of more instruments, or more states named among them, narrows; fewer widens; other states named is unclear. Two fixed dates: later narrows, sooner widens. A different act, a fixed date against an act, a threshold against a single act, or a clause that is unknown, is unclear. Provisional application added widens (obligations apply before entry into force), dropped narrows, changed is unclear.",
  },
  'duration-length': {
    fields: ['lifecycle.duration'],
    text: 'How long the treaty runs if no party acts: indefinitely (no end date, a first term then no end date, or renewed automatically) > a fixed term, and a longer fixed term > a shorter one. Longer widens. Lasting as long as another treaty is the same as lasting as long as the same one, and unclear against anything else; an unknown clause is unclear. Where a clause depends on the reading of a contested term, this and every other duration row is graded reading by reading (both on the same term) or for every pair of readings, and the grades combined: one way everywhere is that way, both ways is unclear.',
  },
  'renewal-term': {
    fields: ['lifecycle.renewal'],
    text: 'Both renewing: a longer renewal term widens. Renewals added to a fixed term widen. A treaty without terms against one with renewals is unclear here: the duration and notice rows grade the difference.',
  },
  'exit-by-notice': {
    fields: ['lifecycle.notice'],
    text: "The earliest day a party acting alone can end the treaty, counted from entry into force: the end of the first term after notice of non-renewal, or the withdrawal's notice period (month-start rounding at its longest), not before its minimum time in force or the end of a first term, and counted from the day a notice is first allowed. A treaty with no provision for notice, or one that lasts as long as another, offers no unilateral exit under its terms (VCLT Art. 56). A later exit, or none, widens; a sooner one narrows; on the same day, a longer notice widens.",
  },
  withdrawal: {
    fields: ['lifecycle.withdrawal'],
    text: 'A withdrawal clause added narrows (a party may leave early); dropped widens; a longer notice period (with month-start rounding, compared on every day of two years), minimum time in force, or time before a notice is allowed widens; a shorter one narrows; longer in one and shorter in another is unclear.',
  },
  'termination-agreement': {
    fields: ['lifecycle.termination-by-agreement'],
    text: 'The parties may always end a treaty by consent (VCLT Art. 54(b)): whether the treaty also says so changes nothing.',
  },
  'withdrawal-alone': {
    fields: ['lifecycle.withdrawal-of-one-party'],
    text: "Whether one party's withdrawal or notice ends the treaty for every party or only its own participation. Only its own, the treaty continuing among the others, widens: the others' duties to one another outlive one party's leaving. For every party narrows. Where both treaties have two parties and neither is open to accession, the difference is the same: when one party leaves, the other has no party left to be bound to, so the treaty ends either way.",
  },
  accession: {
    fields: ['lifecycle.accession'],
    text: 'Open to accession (a state becomes a party by its instrument) where the other is closed widens: more states can become bound, and a duty owed to each party is owed to more states. Closed where the other is open narrows. Both open (whatever the instrument is called) or both closed is the same; when an acceding state is bound is graded in the entry-into-force row.',
  },
  parties: {
    fields: ['lifecycle.parties'],
    text: "The states that have been parties by the recorded history: the original parties and every state whose instrument of accession is recorded (each with its date; notices of leaving are listed where a party leaves alone). More such states widens: each party's duties bind, and are owed to, more states; fewer narrows; as many (whichever states) is the same. The accession row grades whether a treaty allows states to join; this row what the history records.",
  },
  suspension: {
    fields: ['lifecycle.suspension'],
    text: "A suspension rule (of the whole treaty's operation, or of one party's obligations towards another; in the text or attested under the general law of treaties, VCLT Arts. 57–60) added narrows: while suspended no obligation arises, and one in course lapses. Dropped widens. Both with one: a rule under which an act ends a suspension widens against one under which nothing does (the suspended obligations stay suspended), and the reverse narrows; suspension, or its end, by different acts is unclear.",
  },
  'outside-end': {
    fields: ['lifecycle.ends-on-outside-event'],
    text: "Each outside event on its own: one that ends the treaty, or the participation of the party it names, in B only narrows (B's duties can end on it); in A only widens. The same event ending the whole treaty in B but only the named party's participation in A narrows; the reverse widens. The events' grades combined: one way everywhere is that way, both ways (as with different events) is unclear.",
  },
  'minimum-parties': {
    fields: ['lifecycle.minimum-parties'],
    text: 'The treaty ends on the first day fewer than N parties remain: a minimum added, or a higher one, narrows (the treaty can end while more parties remain); dropped, or lower, widens. No minimum is the same as a minimum of one: without a clause, a multilateral treaty does not end because its parties become few (VCLT Art. 55).',
  },
  survival: {
    fields: ['lifecycle.survival'],
    text: "Provisions that continue to apply after the treaty's termination or a party's withdrawal, compared through the alignment, each provision of A against its counterparts in B and for each end (termination, withdrawal) apart: surviving longer in B widens, for less time narrows; not surviving counts as surviving for no time (the end releases the parties from further performance, VCLT Art. 70(1)(a)), and a surviving provision with no counterpart is compared with no survival. Longer after one end and shorter after the other is unclear, and so is a permission that survives longer or shorter (a freedom, not a duty). The grades combined: one way everywhere is that way, both ways is unclear.",
  },
} as const satisfies Record<string, { fields: readonly string[]; text: string }>;

export type RuleId = keyof typeof RULES;

/** The rules named, in the table's order. */
export function rulesUsed(ids: ReadonlySet<string>): GradingRule[] {
  return (Object.keys(RULES) as RuleId[])
    .filter((id) => ids.has(id))
    .map((id) => ({ id, fields: [...RULES[id].fields], text: RULES[id].text }));
}
