/** Footnotes: an authorialNote where the marker stands (or, without a marker, where the note itself stands), inside the unit that holds that point. */
import type { Footnote, SourceSpan } from '../../model/index.js';
import type { AknContext } from './context.js';
import { inlineContent, type Insert, type Wrap } from './inline.js';
import { first, inside, last } from './spans.js';
import { dateWrap } from './wraps.js';
import { el } from './xml.js';

export class FootnotePlacer {
  private readonly byUnit = new Map<number, { at: number; footnote: Footnote }[]>();
  private unitIndex = 0;

  constructor(
    private readonly ctx: AknContext,
    units: SourceSpan[][],
  ) {
    for (const footnote of ctx.doc.footnotes) {
      const at = footnote.anchor ? first(footnote.anchor.spans) : first(footnote.placement.spans);
      let index = units.findIndex((u) => first(u) <= at && at <= last(u));
      if (index < 0) index = Math.max(0, units.map((u) => last(u) <= at).lastIndexOf(true));
      const list = this.byUnit.get(index) ?? [];
      list.push({ at, footnote });
      this.byUnit.set(index, list);
    }
  }

  /** The notes of the next unit (units are rendered in the order `allUnitSpans` lists them), with their eIds under `parent`. */
  next(parent: string): Insert[] {
    const notes = this.byUnit.get(this.unitIndex++) ?? [];
    return notes.map(({ at, footnote }) => {
      const eId = `${parent}__authorialNote_${footnote.marker}`;
      const date = this.ctx.doc.metadata.entryIntoForce;
      const wraps: Wrap[] =
        date && inside(date.spans, footnote.spans) ? [dateWrap(this.ctx, date, 'date', this.ctx.events.entryIntoForce)] : [];
      const node = el('authorialNote', { marker: footnote.marker, placement: 'bottom', eId }, [
        el('p', {}, inlineContent(this.ctx.raw, footnote.spans, wraps)),
      ]);
      this.ctx.unit(eId, footnote.spans);
      return { at, node };
    });
  }
}
