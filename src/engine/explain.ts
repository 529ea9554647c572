/** Building explanation steps: the provision with its quote and span, events, readings, lifecycle facts. */
import {
  addDurationWithin,
  citationText,
  fromTo,
  type CompiledTreaty,
  type ExplanationStep,
  type IsoDate,
  type IsoDuration,
  type Provision,
} from '../model/index.js';
import { originLabel, type TimelineEvent } from './event-index/index.js';
import type { FluentSpan } from './fluents.js';

export function provisionStep(treaty: CompiledTreaty, provision: Provision, text?: string): ExplanationStep {
  const located = treaty.quoteSpans[provision.id];
  const article =
    provision.article === 'unknown'
      ? 'an unnumbered article'
      : `Article ${provision.article}${provision.paragraph ? `(${provision.paragraph})` : ''}`;
  return {
    step: 'provision',
    text: text ?? `${article} of ${treaty.treaty.id} (${provision.id}): "${provision.quote.text}"`,
    provision: {
      id: provision.id,
      article: provision.article,
      quote: provision.quote.text,
      source: provision.quote.source,
      ...(located ? { file: located.file } : {}),
      spans: located?.spans ?? [],
    },
  };
}

export function eventStep(event: TimelineEvent, text: string): ExplanationStep {
  const source = citationText(event.source);
  const origin = originLabel(event);
  return {
    step: 'event',
    text: flat([text, ' (event ', event.id, ', ', event.date, ', from the ', origin, source ? '; source: ' + source : '', ')']),
    event: source
      ? { id: event.id, date: event.date, type: event.type, source, origin }
      : { id: event.id, date: event.date, type: event.type, origin },
  };
}

const typeLabels = new Map<string, string>();

/** An event type in words: `armed-attack` → `armed attack`. */
function typeLabel(type: string): string {
  let label = typeLabels.get(type);
  if (label === undefined) typeLabels.set(type, (label = type.replace(/-/g, ' ')));
  return label;
}

export function describeEvent(event: TimelineEvent): string {
  const parts = [typeLabel(event.type)];
  if (event.by) parts.push(' by ', event.by);
  if (event.against) parts.push(' against ', event.against);
  if (event.to) parts.push(' to ', event.to);
  if (event.parties) parts.push(' between ', event.parties.join(', '));
  if (event.kind) parts.push(' (', typeof event.kind === 'string' ? event.kind : event.kind.join(', '), ')');
  parts.push(' on ', event.date);
  return flat(parts);
}

/**
 * The pieces as one string laid out flat. Joining with `+` leaves a chain of links, one per piece,
 * that lives as long as the text: twice the memory of the flat string for an event's citation, and
 * results keep tens of thousands of them.
 */
function flat(parts: readonly string[]): string {
  return parts.join('');
}

export function readingStep(term: string, reading: string, description: string): ExplanationStep {
  return { step: 'reading', text: `Reading "${term}" as ${reading}: ${description}`, reading: { term, reading } };
}

/** The steps of a fluent span: the span, and the events that started and ended it. */
export interface SpanSteps {
  readonly fluent: ExplanationStep;
  readonly initiatedBy: ExplanationStep;
  readonly terminatedBy?: ExplanationStep;
}

/**
 * Steps that many results cite alike (a provision, a triggering event, a fluent), built once per
 * evaluation and shared: results are data, never modified after they are made.
 */
export class StepCache {
  private readonly provisions = new Map<CompiledTreaty, Map<Provision, ExplanationStep>>();
  private readonly events = new Map<TimelineEvent, ExplanationStep>();
  private readonly others = new Map<object, ExplanationStep>();
  private readonly spans = new Map<FluentSpan, SpanSteps>();
  private readonly readings = new Map<string, ExplanationStep>();
  private readonly dates = new Map<string, IsoDate | null>();

  provision(treaty: CompiledTreaty, provision: Provision): ExplanationStep {
    let byProvision = this.provisions.get(treaty);
    if (!byProvision) this.provisions.set(treaty, (byProvision = new Map()));
    let step = byProvision.get(provision);
    if (!step) byProvision.set(provision, (step = provisionStep(treaty, provision)));
    return step;
  }

  /** The step for an event a result rests on, described plainly. */
  event(event: TimelineEvent): ExplanationStep {
    let step = this.events.get(event);
    if (!step) this.events.set(event, (step = eventStep(event, describeEvent(event))));
    return step;
  }

  /** A step citing an event with a word on its part in the result ("Discharged: "), sharing the event's reference. */
  eventAs(prefix: string, event: TimelineEvent): ExplanationStep {
    const { text, event: ref } = this.event(event);
    // Two literals rather than a spread: one small object of a fixed shape per result. The text is
    // left joined (a link to the shared citation), not laid out flat: a copy would cost its length.
    return ref ? { step: 'event', text: prefix + text, event: ref } : { step: 'event', text: prefix + text };
  }

  /**
   * The steps for a fluent span an episode rests on: the span itself and the events that started and
   * ended it (looked up once per span; many duties rest on one span).
   */
  span(span: FluentSpan): SpanSteps {
    let steps = this.spans.get(span);
    if (!steps) {
      steps = {
        fluent: {
          step: 'fluent',
          text: `${span.subject} is in "${span.fluent}" ${fromTo(span.from, span.to)}, started by ${span.initiatedBy.id}${span.terminatedBy ? `, ended by ${span.terminatedBy.id}` : ''}`,
        },
        initiatedBy: this.event(span.initiatedBy),
        ...(span.terminatedBy ? { terminatedBy: this.event(span.terminatedBy) } : {}),
      };
      this.spans.set(span, steps);
    }
    return steps;
  }

  /** The step for a reading of a contested term. */
  reading(term: string, reading: string, description: string): ExplanationStep {
    const key = `${term}\u0000${reading}`;
    let step = this.readings.get(key);
    if (!step) this.readings.set(key, (step = readingStep(term, reading, description)));
    return step;
  }

  /**
   * `date` + `duration`, or null past 9999-12-31 (a deadline beyond the calendar: none within it).
   * Cached: calendar arithmetic is slow, and many results share a day and a deadline.
   */
  addDuration(date: IsoDate, duration: IsoDuration): IsoDate | null {
    const key = `${date}+${duration}`;
    let result = this.dates.get(key);
    if (result === undefined) this.dates.set(key, (result = addDurationWithin(date, duration)));
    return result;
  }

  /** Any other step that depends on one object only (a fluent span, a succession). */
  of(key: object, build: () => ExplanationStep): ExplanationStep {
    let step = this.others.get(key);
    if (!step) this.others.set(key, (step = build()));
    return step;
  }
}
