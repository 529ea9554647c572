/** Conclusions: the closing formula, the signatures, and a report's closing apparatus. */
import type { AknContext } from './context.js';
import type { FootnotePlacer } from './footnotes.js';
import { inlineContent, type Wrap } from './inline.js';
import { first, last } from './spans.js';
import { dateWrap, metadataWraps, partyRole, valueWrap } from './wraps.js';
import { el, type XmlElement } from './xml.js';

const CLOSING_ROLES = new Set(['end-mark', 'source-line']);

export function closingLines(ctx: AknContext) {
  return ctx.doc.metadataLines.filter((l) => CLOSING_ROLES.has(l.role));
}

export function buildConclusions(ctx: AknContext, footnotes: FootnotePlacer): XmlElement | null {
  const { doc } = ctx;
  const children: XmlElement[] = [];
  if (doc.closing) {
    const c = doc.closing;
    const eId = ctx.eids.next('conclusions', 'formula');
    const { refersTo, wraps } = ctx.marks(c.spans);
    const extra: Wrap[] = [];
    if (c.place) {
      const place = c.place;
      extra.push(
        valueWrap(place, (ch) => el('location', { eId: ctx.eids.next(eId, 'location'), refersTo: `#${ctx.location(place.value)}` }, ch)),
      );
    }
    if (c.date) extra.push(dateWrap(ctx, c.date, 'date', ctx.events.signature));
    ctx.unit(eId, c.spans);
    children.push(
      el('formula', { name: 'closingFormula', eId, refersTo }, [
        el('p', {}, inlineContent(ctx.raw, c.spans, [...extra, ...wraps], footnotes.next(eId))),
      ]),
    );
  }
  for (const s of doc.signatures) {
    const eId = ctx.eids.next('conclusions', 'blockContainer');
    const { refersTo, wraps } = ctx.marks(s.spans);
    const extra: Wrap[] = [{ start: first(s.spans), end: last(s.spans), make: (ch) => el('signature', {}, ch) }];
    const code = s.party ? ctx.stateByName(s.party.value) : undefined;
    if (s.party && code)
      extra.push(
        valueWrap(s.party, (ch) =>
          el('party', { eId: ctx.eids.next(eId, 'party'), refersTo: `#${ctx.state(code)}`, as: `#${partyRole(ctx)}` }, ch),
        ),
      );
    if (s.name) {
      const name = s.name;
      extra.push({
        start: first(name.spans),
        end: last(name.spans),
        make: (ch) => el('person', { eId: ctx.eids.next(eId, 'person'), refersTo: `#${ctx.person(name.text)}` }, ch),
      });
    }
    ctx.unit(eId, s.spans);
    children.push(
      el('blockContainer', { eId, class: 'signature', refersTo }, [
        el('p', {}, inlineContent(ctx.raw, s.spans, [...extra, ...wraps], footnotes.next(eId))),
      ]),
    );
  }
  for (const line of closingLines(ctx)) {
    const eId = ctx.eids.next('conclusions', 'p');
    const { refersTo, wraps } = ctx.marks(line.spans);
    const extra = metadataWraps(ctx, eId).filter((w) => w.start >= first(line.spans) && w.end <= last(line.spans));
    ctx.unit(eId, line.spans);
    children.push(
      el('p', { eId, class: line.role, refersTo }, inlineContent(ctx.raw, line.spans, [...extra, ...wraps], footnotes.next(eId))),
    );
  }
  return children.length ? el('conclusions', { eId: 'conclusions' }, children) : null;
}
