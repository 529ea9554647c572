/** Building explanation steps: the provision with its quote and span, events, readings, lifecycle facts. */
import type { CompiledTreaty, TimelineEvent } from '../model/compiled.js';
import { citationText } from '../model/common.js';
import type { Provision } from '../model/provision.js';
import type { ExplanationStep } from '../model/results.js';
import { originLabel } from './timeline.js';

export function provisionStep(treaty: CompiledTreaty, provision: Provision, text?: string): ExplanationStep {
  const located = treaty.quoteSpans[provision.id];
  const article = provision.article === 'unknown' ? 'an unnumbered article' : `Article ${provision.article}${provision.paragraph ? `(${provision.paragraph})` : ''}`;
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
  return {
    step: 'event',
    text: `${text} (event ${event.id}, ${event.date}, from the ${originLabel(event)}${source ? `; source: ${source}` : ''})`,
    event: { id: event.id, date: event.date, type: event.type, ...(source ? { source } : {}), origin: originLabel(event) },
  };
}

export function describeEvent(event: TimelineEvent): string {
  const parts = [event.type.replace(/-/g, ' ')];
  if (event.by) parts.push(`by ${event.by}`);
  if (event.against) parts.push(`against ${event.against}`);
  if (event.to) parts.push(`to ${event.to}`);
  if (event.parties) parts.push(`between ${event.parties.join(', ')}`);
  if (event.kind) parts.push(`(${[event.kind].flat().join(', ')})`);
  return `${parts.join(' ')} on ${event.date}`;
}

export function readingStep(term: string, reading: string, description: string): ExplanationStep {
  return { step: 'reading', text: `Reading "${term}" as ${reading}: ${description}`, reading: { term, reading } };
}
