/** A treaty's status on a day (`pacta status`), and one provision's duties on a day, from the recorded history or a scenario. */
import {
  type CompiledCorpus,
  type IsoDate,
  LAST_DATE,
  nextDayWithin,
  type ObligationResult,
  type ReadingChoice,
  type ScenarioFile,
  type StatusIntervalJson,
  type StatusResult,
  statusRuns,
} from '../model/index.js';
import {
  computeLifecycles,
  EngineInputError,
  evaluateScenario,
  HISTORY_ONLY,
  lifecycleEventTypes,
  selectTreaties,
  scenarioTimeline,
  treatySetup,
  treatyViews,
} from './evaluate.js';
import { statusOn } from './lifecycle/index.js';
import { readingCombinations } from './readings.js';
import { intervalOn } from './treaty-lifecycle/index.js';
import { isDuty } from './one-provision.js';

/** The run of intervals around `date` with the same status and the same state bound as on `date`: one stretch across terms. */
function stretchOn(intervals: readonly StatusIntervalJson[], date: IsoDate): { from: IsoDate | null; to: IsoDate | null } {
  return statusRuns(intervals).find((r) => (r.from === null || r.from <= date) && (r.to === null || date < r.to))!;
}

/** The status of a treaty on a day, with its explanation (`pacta status`); with `party`, that party's status. */
export function statusAt(
  corpus: CompiledCorpus,
  treatyId: string,
  date: IsoDate,
  scenario: ScenarioFile = HISTORY_ONLY,
  party?: string,
): StatusResult {
  const setup = treatySetup(corpus, selectTreaties(corpus, [treatyId]), scenario);
  const { computed, successions, members } = setup;
  const timeline = scenarioTimeline(corpus, scenario, setup, computed.flatMap(lifecycleEventTypes));
  const views = treatyViews(timeline, setup);
  const choice: ReadingChoice = readingCombinations(corpus.vocabulary, scenario.readings)[0]!;
  const lc = computeLifecycles(corpus, computed, views, members, successions, date, choice).get(treatyId)!;
  const parties = lc.parties.map((p) => {
    const i = intervalOn(p.intervals, date)!;
    const stretch = stretchOn(p.intervals, date);
    return {
      party: p.party,
      state: successions.actingFor(p.party, date),
      status: i.status,
      since: stretch.from,
      until: stretch.to,
      explanation: i.explanation,
    };
  });
  const asked =
    party === undefined
      ? undefined
      : lc.parties.find((p) => p.party === party || parties.find((x) => x.party === p.party)?.state === party);
  if (party !== undefined && !asked)
    throw new EngineInputError(`${party} is not a party to ${treatyId}: its parties are ${lc.members.join(', ')}`);
  const intervals = asked ? asked.intervals : lc.intervals;
  const interval = intervalOn(intervals, date)!;
  // Term details from the term arithmetic, for the treaty or the party asked about, on days in force.
  const detail =
    lc.input && lc.entryIntoForce && date >= lc.entryIntoForce && (interval.status === 'in-force' || interval.status === 'suspended')
      ? statusOn(lc.input, date, asked && lc.input.perParty ? { party: asked.party } : {})
      : undefined;
  // Since and until: the whole stretch of the same status (and the same state bound), across terms.
  const stretch = stretchOn(intervals, date);
  const notYet = interval.status === 'not-in-force' && (interval.from === null || interval.to !== null);
  return {
    treaty: treatyId,
    date,
    party: asked ? asked.party : null,
    status: interval.status,
    since: notYet ? null : stretch.from,
    until: stretch.to,
    term: detail?.term ?? null,
    termStart: detail?.termStart ?? null,
    termEnd: detail?.termEnd ?? null,
    noticeDeadline: detail?.noticeDeadline ?? null,
    nextNoticeDeadline: detail?.nextNoticeDeadline ?? null,
    endIfNoticeGiven: detail?.endIfNoticeGiven ?? null,
    readings: choice,
    explanation: interval.explanation,
    parties,
    suspensions: lc.suspensions.filter((s) => s.from <= date && (s.to === null || date < s.to)),
  };
}

/**
 * One provision on a day (`pacta status --provision`): the rows of the recorded history (or the
 * scenario) that concern it on that day — duties active or decided that day — or, where none arose,
 * why not. Evaluated up to the day, as `statusAt` is.
 */
export function provisionAt(
  corpus: CompiledCorpus,
  treatyId: string,
  provisionId: string,
  date: IsoDate,
  scenario: ScenarioFile = HISTORY_ONLY,
): ObligationResult[] {
  const [treaty] = selectTreaties(corpus, [treatyId]);
  const provision = treaty!.treaty.provisions.find((p) => p.id === provisionId);
  if (!provision)
    throw new EngineInputError(
      `${treatyId} has no provision "${provisionId}": its provisions are ${treaty!.treaty.provisions.map((p) => p.id).join(', ')}`,
    );
  if (!isDuty(provision))
    throw new EngineInputError(
      `${provisionId} is a ${provision.kind}, not a duty: it has no outcome on a day (only obligations and prohibitions do)`,
    );
  const result = evaluateScenario(corpus, { ...scenario, treaties: [treatyId], until: scenario.until ?? nextDayWithin(date) ?? LAST_DATE });
  const rows = result.runs[0]!.obligations.filter((o) => o.provision === provisionId);
  const onDay = rows.filter(
    (o) => o.from !== null && o.from <= date && (o.to === null || date < o.to || (o.to === o.from && o.to === date)),
  );
  return onDay.length ? onDay : rows.filter((o) => o.from === null);
}
