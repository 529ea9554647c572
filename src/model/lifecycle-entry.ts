/**
 * How a treaty enters into force, as `treaty.yaml` writes it (`lifecycle.entryIntoForce`), and its
 * provisional application (`lifecycle.provisionalApplication`). The engine derives the dates from
 * these and the recorded events (`src/engine/treaty-lifecycle`); none is typed in as a bare date,
 * except the fixed calendar date a clause itself names.
 *
 * Examples:
 *   { event: ratifications-exchanged, provision: art6 }                      on the act
 *   { event: ratifications-exchanged, offset: P30D, provision: art6 }        thirty days after it
 *   { event: instrument-deposited, monthStart: 3, provision: art20 }         first day of the 3rd month following
 *   { date: 1995-01-01, provision: art9 }                                    on a fixed calendar date
 *   { event: treaty-signed, provision: art9 }                                on signature
 *   { event: ratification-deposited, notBefore: 2000-01-01, provision: a }  whichever is later
 *   { event: ratification-deposited, threshold: { instruments: 7, including: [USA] },
 *     laterParties: { offset: P30D }, provision: art11 }                     a threshold, then each later state
 *   { unknown: "the final clauses are not in the source", attestedBy: {…} } unknown, and said so
 */
import { z } from 'zod';
import { IsoDate, IsoDuration, MonthStart } from './calendar.js';
import { Citation, Id, StateCode } from './common.js';

const monthStart = MonthStart('the act').describe(
  "on the first day of the Nth month following the act (after `offset`, if any): 1 = the month after the act's month",
);
const offset = IsoDuration.describe('this long after the act, e.g. P30D for "on the thirtieth day after"');

/** When a later state's own instrument takes effect for it. */
export const LaterPartyRule = z
  .strictObject({
    offset: offset.optional(),
    monthStart: monthStart.optional(),
  })
  .describe(
    "for a state whose instrument comes after the treaty's entry into force (a later ratification or an accession): when it takes effect for that state; {} is the day of the instrument",
  );
export type LaterPartyRule = z.infer<typeof LaterPartyRule>;

export const Threshold = z
  .strictObject({
    instruments: z
      .number()
      .int('instruments is a whole number of states')
      .min(1, 'instruments is at least 1')
      .max(1000, 'instruments is at most 1000')
      .describe('the number of instruments (one per state) that must have been deposited'),
    including: z.array(StateCode).default([]).describe('states whose instruments must be among them'),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.including.forEach((code, i) => {
      if (seen.has(code)) ctx.addIssue({ code: 'custom', path: ['including', i], message: `${code} is named twice: name each state once` });
      seen.add(code);
    });
    if (seen.size > t.instruments)
      ctx.addIssue({
        code: 'custom',
        path: ['including'],
        message: `${seen.size} states must be among ${t.instruments} instruments: raise instruments to at least ${seen.size}, or name fewer states`,
      });
  })
  .describe('the treaty enters into force when this many instruments are in, including those of the states named');
export type Threshold = z.infer<typeof Threshold>;

const source = {
  provision: Id.optional().describe('the procedural provision whose words set this rule'),
  attestedBy: Citation.optional().describe('where the source does not carry the clause: who reports it'),
};

export const EntryIntoForce = z
  .strictObject({
    event: Id.optional().describe(
      "the event type whose recorded occurrence puts the treaty in force (e.g. ratifications-exchanged); with a threshold, each state's instrument",
    ),
    date: IsoDate.optional().describe('a fixed calendar date the clause names, without an act'),
    notBefore: IsoDate.optional().describe('with `event`: "or on this date, whichever is later"'),
    offset: offset.optional(),
    monthStart: monthStart.optional(),
    threshold: Threshold.optional(),
    laterParties: LaterPartyRule.optional().describe(
      "with a threshold or accession: when a later state's instrument takes effect for it; default: the treaty's own rule (offset, monthStart) applied to its instrument",
    ),
    unknown: z
      .string()
      .min(1)
      .optional()
      .describe('the clause is missing from the sources or unverified: say why; every answer that rests on it is "unknown"'),
    ...source,
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (e.provision === undefined && e.attestedBy === undefined && e.unknown === undefined)
      issue('provision', 'say where the entry-into-force rule comes from: provision (its words in the source) or attestedBy (a report)');
    const shapes = [e.event, e.date, e.unknown].filter((x) => x !== undefined).length;
    if (shapes !== 1)
      issue(
        'event',
        shapes === 0
          ? 'give the act that puts the treaty in force (event), a fixed date (date), or say why it is unknown (unknown)'
          : 'give only one of event, date and unknown: for "the later of a date and an act" write event with notBefore',
      );
    if (e.event === undefined) {
      for (const field of ['notBefore', 'offset', 'monthStart', 'threshold', 'laterParties'] as const)
        if (e[field] !== undefined) issue(field, `${field} qualifies an act: give the act's event type in event`);
    }
  })
  .describe('when the treaty enters into force');
export type EntryIntoForce = z.infer<typeof EntryIntoForce>;

export const ProvisionalApplication = z
  .strictObject({
    event: Id.optional().describe('applied provisionally from this act (e.g. treaty-signed), for each state from its own'),
    date: IsoDate.optional().describe('or from this calendar date'),
    parties: z.array(StateCode).optional().describe('the states that apply it provisionally; default: every original party'),
    endEvent: Id.optional().describe(
      "the event type of a state's notice that it will not become a party: it ends that state's provisional application (VCLT Art. 25(2))",
    ),
    ...source,
  })
  .superRefine((p, ctx) => {
    if (p.event === undefined && p.date === undefined)
      ctx.addIssue({ code: 'custom', path: ['event'], message: 'say from when it is applied: event (an act, e.g. treaty-signed) or date' });
    if (p.event !== undefined && p.date !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: 'give only one of event and date: provisional application starts on an act or on a date',
      });
    if (p.provision === undefined && p.attestedBy === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['provision'],
        message: 'say where provisional application comes from: provision or attestedBy',
      });
  })
  .describe(
    'the treaty (or its obligations) applied before entry into force, until it enters into force for a state or the state says it will not ratify',
  );
export type ProvisionalApplication = z.infer<typeof ProvisionalApplication>;
