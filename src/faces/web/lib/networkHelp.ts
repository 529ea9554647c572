/**
 * "Who must help?": the form's fields as the page's query string (so a question is a URL anyone
 * can open), the question as the API's query (`GET /api/obligations`), and the answer's duties
 * grouped by treaty and provision so each quote is shown once above the pairs it binds.
 */
import { isCalendarDate } from './networkDates.js';

/** The form: an event type, the state that acts and the state acted against, where, and the day. */
export interface HelpForm {
  event: string;
  by: string;
  against: string;
  /** Gazetteer place ids, separated by commas (or spaces). */
  place: string;
  on: string;
}

export const DEFAULT_EVENT = 'armed-attack';

/** The page's query keys for the form (the network's own `at` keeps its meaning: the day drawn). */
const PAGE_KEYS = { event: 'event', by: 'by', against: 'against', place: 'place', on: 'on' } as const satisfies Record<
  keyof HelpForm,
  string
>;

export function helpFormOf(query: URLSearchParams): HelpForm {
  const get = (key: keyof HelpForm) => query.get(PAGE_KEYS[key])?.trim() ?? '';
  return { event: get('event') || DEFAULT_EVENT, by: get('by'), against: get('against'), place: get('place'), on: get('on') };
}

/** The form as the page's query fields (empty fields left out; the default event too). */
export function helpQueryOf(form: HelpForm): Record<string, string | undefined> {
  return {
    event: form.event === DEFAULT_EVENT ? undefined : form.event,
    by: form.by || undefined,
    against: form.against || undefined,
    place: placesOf(form.place).join(',') || undefined,
    on: form.on || undefined,
  };
}

/** The place ids written in the field: split at commas and spaces, each once, in the order written. */
export function placesOf(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

/**
 * What the form lacks or has wrong before it is asked, by field (the server checks the rest: unknown
 * states and places). `roles`: the roles the event type must name (vocabulary.yaml: armed-attack
 * names by and against); the state attacked is always asked for.
 */
export function helpProblems(form: HelpForm, roles: readonly string[] = []): Partial<Record<keyof HelpForm, string>> {
  const problems: Partial<Record<keyof HelpForm, string>> = {};
  if (!form.event) problems.event = 'choose an event type';
  if (!form.by && roles.includes('by')) problems.by = `choose the state that acts: ${form.event} names one`;
  if (!form.against) problems.against = 'choose the state attacked';
  if (!form.on) problems.on = 'give the day of the event (YYYY-MM-DD)';
  else if (!isCalendarDate(form.on)) problems.on = `${form.on} is not a day of the calendar: write it YYYY-MM-DD`;
  if (form.by && form.by === form.against) problems.by = 'the state that acts and the state acted against are the same';
  return problems;
}

/** The question as `GET /api/obligations` reads it: event, by, against, place (places, comma-separated), on. */
export function obligationsQuery(form: HelpForm): URLSearchParams {
  const params = new URLSearchParams({ event: form.event });
  if (form.by) params.set('by', form.by);
  if (form.against) params.set('against', form.against);
  const places = placesOf(form.place);
  if (places.length) params.set('place', places.join(','));
  params.set('on', form.on);
  return params;
}

/** The question in words, as the CLI writes it (`pacta obligations --if "…"`). */
export function hypothesisText(form: HelpForm): string {
  const places = placesOf(form.place);
  return [
    form.event,
    form.by && `by ${form.by}`,
    form.against && `against ${form.against}`,
    places.length ? `at ${places.join(',')}` : '',
    `on ${form.on}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Rows of one treaty's provision, in the order they came (the answer's fixed order). */
export interface ProvisionGroup<R> {
  treaty: string;
  provision: string;
  rows: R[];
}

export function groupByProvision<R extends { treaty: string; provision: string }>(rows: readonly R[]): ProvisionGroup<R>[] {
  const groups: ProvisionGroup<R>[] = [];
  for (const row of rows) {
    const same = groups.find((g) => g.treaty === row.treaty && g.provision === row.provision);
    if (same) same.rows.push(row);
    else groups.push({ treaty: row.treaty, provision: row.provision, rows: [row] });
  }
  return groups;
}

/** The readings a row holds under, in words: "every reading" or "state-of-war: armed-hostilities; …". */
export function readingsText(readings: readonly Record<string, string>[], everyReading: boolean): string {
  if (everyReading) return 'every reading';
  const choices = readings.map((choice) =>
    Object.entries(choice)
      .map(([term, reading]) => `${term}: ${reading}`)
      .join(', '),
  );
  return choices.filter(Boolean).join('; ') || 'the default readings';
}

/** The form field a field of the API's problem names (its `at` is the form's place), or null. */
export function formFieldOf(apiField: string): keyof HelpForm | null {
  return apiField === 'place' || apiField === 'event' || apiField === 'by' || apiField === 'against' || apiField === 'on' ? apiField : null;
}
