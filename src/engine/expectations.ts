/**
 * Checking a scenario's `expect` block against a run result: each expectation is met in every run
 * whose readings it names (all runs if it names none), or a mismatch says what was expected and what
 * the engine concluded.
 */
import type { Expectation, IsoDate, Outcome, RunResult, StatusIntervalJson } from '../model/index.js';
import { rowInWords } from './obligations/index.js';
import { choiceMatches, describeChoice } from './readings.js';

export interface ExpectationOutcome {
  index: number;
  expectation: Expectation;
  passed: boolean;
  /** Per run that was checked, what the engine concluded. */
  actual: string[];
  expected: string;
}

export function checkExpectations(result: RunResult, expectations: readonly Expectation[]): ExpectationOutcome[] {
  return expectations.map((expectation, index) => {
    const runs = result.runs.filter((r) => choiceMatches(r.readings, expectation.reading));
    const actual: string[] = [];
    let passed = runs.length > 0;
    if (runs.length === 0) actual.push(`no run has the readings ${describeChoice(expectation.reading ?? {})}`);
    for (const run of runs) {
      const label = result.runs.length > 1 ? ` [${describeChoice(run.readings)}]` : '';
      if ('obligation' in expectation) {
        const o = expectation.obligation;
        const found = run.obligations.filter(
          (x) =>
            x.treaty === o.treaty &&
            (!o.provision || x.provision === o.provision) &&
            (!o.article || x.article === o.article) &&
            (!o.bearer || x.bearer === o.bearer) &&
            (!o.beneficiary || x.beneficiary === o.beneficiary),
        );
        // Every provision and binding has a row in every run. "not-triggered" holds when no duty arose
        // (each row says not-triggered or not-applicable: scenarios written before the why-not rows
        // keep their meaning); "not-applicable" asks for a row that says so.
        const ok =
          expectation.outcome === 'not-triggered'
            ? found.every((x) => x.outcome === 'not-triggered' || x.outcome === 'not-applicable')
            : found.some(
                (x) =>
                  x.outcome === expectation.outcome &&
                  (!expectation.from || x.from === expectation.from) &&
                  (!expectation.to || x.to === expectation.to),
              );
        if (!ok) passed = false;
        actual.push(
          (found.length
            ? found.map((x) => `${x.provision} ${x.bearer}${x.beneficiary ? `→${x.beneficiary}` : ''} ${rowInWords(x)}`).join('; ')
            : 'not triggered') + label,
        );
      } else {
        const timeline = run.treaties.find((t) => t.id === expectation.treaty);
        const on = (list: readonly StatusIntervalJson[] | undefined) =>
          list?.find((i) => (i.from === null || i.from <= expectation.at) && (i.to === null || expectation.at < i.to));
        // A party's own status (named by its code, or by the state acting for it that day); else the treaty's.
        const party = expectation.party
          ? timeline?.parties.find((p) => p.party === expectation.party || on(p.intervals)?.state === expectation.party)
          : undefined;
        const interval = on(expectation.party ? party?.intervals : timeline?.intervals);
        const ok =
          !!interval && interval.status === expectation.status && (expectation.term === undefined || interval.term === expectation.term);
        if (!ok) passed = false;
        actual.push(
          (interval
            ? `${interval.status}${interval.term ? ` (term ${interval.term})` : ''} on ${expectation.at}`
            : !timeline
              ? `treaty ${expectation.treaty} not evaluated in this scenario`
              : `${expectation.party} is not a party to ${expectation.treaty} (its parties: ${timeline.parties.map((p) => p.party).join(', ')})`) +
            label,
        );
      }
    }
    return { index, expectation, passed, actual, expected: describeExpectation(expectation) };
  });
}

/** An expected row in the words of an actual one (rowInWords); a `to` without a `from` said as the day the row ends. */
function expectedRowWords(outcome: Outcome, from: IsoDate | null, to: IsoDate | null): string {
  if (from !== null) return rowInWords({ outcome, from, to, deadline: null });
  return to === null ? outcome : `${outcome}, the row ending ${to}`;
}

export function describeExpectation(x: Expectation): string {
  if ('obligation' in x) {
    const o = x.obligation;
    const who = [
      o.provision ?? (o.article ? `article ${o.article}` : 'any provision'),
      o.bearer ? `bearer ${o.bearer}` : '',
      o.beneficiary ? `beneficiary ${o.beneficiary}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `${o.treaty} ${who}: ${expectedRowWords(x.outcome, x.from ?? null, x.to ?? null)}${x.reading ? ` under ${describeChoice(x.reading)}` : ''}`;
  }
  return `${x.treaty}${x.party ? ` for ${x.party}` : ''} ${x.status}${x.term ? ` (term ${x.term})` : ''} on ${x.at}`;
}
