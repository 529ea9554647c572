// Covers src/faces/web/lib/dayWords.ts: the reader's status on a day in words (the one wording of time),
// the next deadlines from a day, how a treaty ended, each party's status, key days, and days refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PartyStatus, RecordedEvent, StatusIntervalJson, StatusResult, TreatyDetail } from '../../src/faces/web/api/types.js';
import {
  continuingFrom,
  dayProblem,
  deadlinesOnDay,
  eventsByDate,
  eventTypeInWords,
  keyDays,
  partyCounts,
  partyOnDay,
  stretchOnDay,
  treatyEnd,
  treatyOnDay,
  unknownReason,
} from '../../src/faces/web/lib/dayWords.js';

const status = (more: Partial<StatusResult>): StatusResult => ({
  treaty: 't',
  date: '1990-01-01',
  party: null,
  status: 'in-force',
  since: '1961-09-10',
  until: null,
  term: null,
  termEnd: null,
  noticeDeadline: null,
  readings: {},
  explanation: [],
  parties: [],
  suspensions: [],
  ...more,
});

const interval = (s: StatusIntervalJson['status'], from: string | null, to: string | null, more: Partial<StatusIntervalJson> = {}) => ({
  status: s,
  from,
  to,
  term: null,
  explanation: [],
  ...more,
});

const party = (more: Partial<PartyStatus>): PartyStatus => ({
  party: 'PRK',
  state: 'PRK',
  status: 'in-force',
  since: '1961-09-10',
  until: null,
  explanation: [],
  ...more,
});

describe('the reader’s status on a day, in words', () => {
  it('refuses what is not a calendar day, saying what to write', () => {
    assert.equal(dayProblem('1990-01-01'), null);
    assert.equal(dayProblem('2000-02-29'), null);
    assert.equal(dayProblem('1990-13-45'), '“1990-13-45” is not a day: there is no month 13 (months run from 01 to 12)');
    assert.equal(dayProblem('1900-02-29'), '“1900-02-29” is not a day: month 02 of 1900 has days 01 to 28');
    assert.equal(dayProblem('1990-1-1'), '“1990-1-1” is not a day: write it as YYYY-MM-DD, e.g. 1990-01-01');
    assert.equal(dayProblem('0000-01-01'), '“0000-01-01” is not a day: years run from 0001; write it as YYYY-MM-DD, e.g. 1990-01-01');
  });

  it('says a term by its first and last day, and the stretch in force around it', () => {
    const r = status({ term: 5, termStart: '1986-09-10', termEnd: '1991-09-10', until: '1996-09-10', noticeDeadline: '1990-09-10' });
    assert.equal(treatyOnDay(r), 'In force from 1986-09-10 to 1991-09-10 (last day 1991-09-09), term 5');
    assert.equal(stretchOnDay(r), 'In force without a break from 1961-09-10 to 1996-09-10 (last day 1996-09-09).');
    assert.equal(stretchOnDay(status({ term: 1, termStart: '1961-09-10', termEnd: '1971-09-10' })), null);
    assert.equal(treatyOnDay(status({})), 'In force from 1961-09-10 (open-ended)');
    assert.equal(
      treatyOnDay(status({ status: 'not-in-force', since: null, until: '1961-09-10' })),
      'Not yet in force: in force from 1961-09-10',
    );
    assert.equal(
      treatyOnDay(status({ status: 'terminated', since: '1996-09-10' })),
      'Terminated on 1996-09-10 (last day in force 1996-09-09)',
    );
  });

  it('says an unknown status with the reason the explanation gives', () => {
    const explanation = [
      { step: 'lifecycle' as const, text: 'Entry into force rule.' },
      { step: 'missing-fact' as const, text: 'The day of the exchange is not recorded.' },
    ];
    assert.equal(unknownReason(explanation), 'The day of the exchange is not recorded.');
    assert.equal(
      treatyOnDay(status({ status: 'unknown', since: '2000-01-01', explanation })),
      'Unknown from 2000-01-01: The day of the exchange is not recorded.',
    );
    assert.equal(unknownReason([]), null);
  });

  it('gives the next deadlines from a day: the term’s end, the last day for notice, before and after it', () => {
    const inTerm6 = { term: 6, termStart: '1991-09-10', termEnd: '1996-09-10', noticeDeadline: '1995-09-10' };
    assert.deepEqual(deadlinesOnDay(status({ ...inTerm6, date: '1995-06-01' })), [
      'Term 6 ends 1996-09-10 (last day 1996-09-09).',
      'To stop its renewal: notice by 1995-09-10 (last day); a notice given by then ends the treaty on 1996-09-10, when term 6 ends.',
    ]);
    // After the deadline, with no end recorded: the next deadline the API gives.
    assert.deepEqual(
      deadlinesOnDay(
        status({ ...inTerm6, date: '1995-10-01', nextNoticeDeadline: { date: '2000-09-10', term: 7, termEnd: '2001-09-10' } }),
      ),
      [
        'Term 6 ends 1996-09-10 (last day 1996-09-09).',
        'To stop the renewal of term 6: notice by 1995-09-10 (last day), a day already past on 1995-10-01.',
        'Next: notice by 2000-09-10 (last day) ends the treaty on 2001-09-10, when term 7 ends.',
      ],
    );
    // With the end recorded, no next deadline: the end instead.
    assert.deepEqual(
      deadlinesOnDay(
        status({
          ...inTerm6,
          date: '1995-10-01',
          until: '1996-09-10',
          nextNoticeDeadline: { date: '2000-09-10', term: 7, termEnd: '2001-09-10' },
        }),
      ),
      [
        'Term 6 ends 1996-09-10 (last day 1996-09-09).',
        'To stop the renewal of term 6: notice by 1995-09-10 (last day), a day already past on 1995-10-01.',
        'The recorded acts end it on 1996-09-10 (last day in force 1996-09-09).',
      ],
    );
  });

  it('gives a withdrawal’s effect, or says there is no notice to give; nothing on a day not in force', () => {
    assert.deepEqual(deadlinesOnDay(status({ date: '1980-01-01', endIfNoticeGiven: '1981-01-01' })), [
      'No term to run out. A notice of denunciation or withdrawal given on 1980-01-01 would take effect on 1981-01-01 (last day bound 1980-12-31).',
    ]);
    assert.deepEqual(deadlinesOnDay(status({ endIfNoticeGiven: null })), [
      'No term to run out, and the treaty’s rules as formalized provide no notice to end it.',
    ]);
    assert.deepEqual(deadlinesOnDay(status({ status: 'terminated', since: '1996-09-10' })), []);
    assert.deepEqual(deadlinesOnDay(status({ status: 'not-in-force', since: null, until: '1961-09-10' })), []);
  });

  it('says each party’s status, and counts many parties by status', () => {
    assert.equal(
      partyOnDay(party({ since: '1991-12-25', until: '1996-09-10' })),
      'in force from 1991-12-25 to 1996-09-10 (last day 1996-09-09)',
    );
    assert.equal(partyOnDay(party({ status: 'not-in-force', since: null, until: '1982-05-30' })), 'not yet bound: bound from 1982-05-30');
    assert.equal(
      partyOnDay(party({ status: 'terminated', since: '1996-09-10', until: null })),
      'no longer bound: ended on 1996-09-10 (last day bound 1996-09-09)',
    );
    assert.equal(partyCounts([party({}), party({}), party({ status: 'not-in-force' })]), 'in force for 2 of 3 parties; not in force for 1');
  });
});

const history: RecordedEvent[] = [
  { id: 'signature', date: '1961-07-06', type: 'treaty-signed', parties: ['SUN', 'PRK'], source: 'UNTS' },
  {
    id: 'notice-1995',
    date: '1995-08-07',
    type: 'denunciation-notice',
    by: 'RUS',
    to: 'PRK',
    source: { cite: 'Hankook Ilbo', note: 'why' },
  },
  { id: 'ratifications-exchanged', date: '1961-09-10', type: 'ratifications-exchanged', parties: ['SUN', 'PRK'], source: 'UNTS fn 1' },
];
const eventStep = (id: string, date: string) => ({
  step: 'event' as const,
  text: `event ${id}`,
  event: { id, date, type: 'x', origin: 'recorded history' },
});
const lifecycle: TreatyDetail['lifecycle'] = {
  id: 't',
  intervals: [
    interval('not-in-force', null, '1961-09-10'),
    interval('in-force', '1961-09-10', '1991-09-10', { term: 1, termEnd: '1991-09-10', noticeDeadline: '1990-09-10' }),
    interval('in-force', '1991-09-10', '1996-09-10', { term: 2, termEnd: '1996-09-10', noticeDeadline: '1995-09-10' }),
    interval('terminated', '1996-09-10', null, {
      cause: 'notice notice-1995',
      explanation: [eventStep('ratifications-exchanged', '1961-09-10'), eventStep('notice-1995', '1995-08-07')],
    }),
  ],
  parties: [
    {
      party: 'SUN',
      intervals: [interval('in-force', '1961-09-10', '1991-12-25'), interval('in-force', '1991-12-25', '1996-09-10', { state: 'RUS' })],
    },
    { party: 'PRK', intervals: [interval('in-force', '1961-09-10', '1996-09-10')] },
  ],
};

describe('how the treaty ended, its key days and its events', () => {
  it('names the notice that ended it, its author as a continuator, and the term it was in time for', () => {
    const end = treatyEnd({ history, lifecycle });
    assert.ok(end);
    assert.equal(end.date, '1996-09-10');
    assert.equal(end.lastDay, '1996-09-09');
    assert.equal(end.event?.id, 'notice-1995');
    assert.equal(end.continuing, 'SUN');
    assert.equal(end.term, 2);
    assert.equal(end.noticeDeadline, '1995-09-10');
    assert.equal(end.cause, undefined);
  });

  it('falls back to the engine’s cause where no event says it; null for a treaty still in force', () => {
    const noEvent = {
      ...lifecycle,
      intervals: lifecycle.intervals.map((i) => (i.status === 'terminated' ? { ...i, explanation: [] } : i)),
    };
    assert.deepEqual(treatyEnd({ history, lifecycle: noEvent }), {
      date: '1996-09-10',
      lastDay: '1996-09-09',
      cause: 'notice notice-1995',
    });
    assert.equal(treatyEnd({ history, lifecycle: { ...lifecycle, intervals: lifecycle.intervals.slice(0, 3) } }), null);
  });

  it('finds when a continuator began to be bound in a party’s place', () => {
    assert.equal(continuingFrom(lifecycle.parties[0], 'RUS'), '1991-12-25');
    assert.equal(continuingFrom(lifecycle.parties[1], 'RUS'), null);
  });

  it('offers the treaty’s key days, and sorts events by date, stable within a day', () => {
    const treaty = { signature: { date: '1961-07-06' } } as TreatyDetail['treaty'];
    assert.deepEqual(keyDays({ treaty, lifecycle }, '2026-12-07'), [
      { label: 'Signed', day: '1961-07-06' },
      { label: 'Entry into force', day: '1961-09-10' },
      { label: 'Last day in force', day: '1996-09-09' },
      { label: 'Ended', day: '1996-09-10' },
      { label: 'Today', day: '2026-12-07' },
    ]);
    assert.deepEqual(
      eventsByDate(history).map((e) => e.id),
      ['signature', 'ratifications-exchanged', 'notice-1995'],
    );
    assert.equal(eventTypeInWords('denunciation-notice'), 'Denunciation notice');
  });
});
