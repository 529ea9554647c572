/** Inline semantics read from the structured document's metadata: dates, parties, titles, places, organizations, people. */
import type { DateValue, Piece, SourceSpan, TextValue } from '../../model/index.js';
import type { AknContext } from './context.js';
import type { Wrap } from './inline.js';
import { first, last } from './spans.js';
import { el, type XmlElement, type XmlNode } from './xml.js';

export function dateWrap(ctx: AknContext, value: DateValue, element: 'date' | 'docDate', refersTo?: string): Wrap {
  return {
    start: first(value.spans),
    end: last(value.spans),
    make: (children: XmlNode[]) => el(element, { date: value.value, refersTo: refersTo ? `#${refersTo}` : undefined }, children),
  };
}

export function valueWrap(value: TextValue, make: (children: XmlNode[]) => XmlElement): Wrap {
  return { start: first(value.spans), end: last(value.spans), make };
}

/** The markup the metadata gives words of the source: parties, titles, places, dates, people. */
export function metadataWraps(ctx: AknContext, parent: string): Wrap[] {
  const m = ctx.doc.metadata;
  const wraps: Wrap[] = [];
  const party = (code: string, value: TextValue) =>
    valueWrap(value, (children) =>
      el('party', { eId: ctx.eids.next(parent, 'party'), refersTo: `#${ctx.state(code)}`, as: `#${partyRole(ctx)}` }, children),
    );
  (m.parties ?? []).forEach((value, i) => {
    // The corpus's name for it, else the code ingestion gave it (from the caller's state list) when the corpus knows that state, else the party in that place.
    const given = value.code && ctx.input.states.states.some((s) => s.code === value.code) ? value.code : undefined;
    const code = ctx.stateByName(value.value) ?? given ?? ctx.treaty.parties[i];
    if (code) wraps.push(party(code, value));
  });
  for (const t of m.titles ?? [])
    if (t.language === ctx.source.language) wraps.push(valueWrap(t, (children) => el('docTitle', {}, children)));
  if (m.signature?.place) {
    const place = m.signature.place;
    wraps.push(
      valueWrap(place, (children) =>
        el('location', { eId: ctx.eids.next(parent, 'location'), refersTo: `#${ctx.location(place.value)}` }, children),
      ),
    );
  }
  if (m.signature?.date) wraps.push(dateWrap(ctx, m.signature.date, 'docDate'));
  if (m.registration?.by) {
    const by = m.registration.by;
    const code = ctx.stateByName(by.value);
    if (code)
      wraps.push(
        valueWrap(by, (children) =>
          el('organization', { eId: ctx.eids.next(parent, 'organization'), refersTo: `#${ctx.state(code)}` }, children),
        ),
      );
  }
  if (m.registration?.date) wraps.push(dateWrap(ctx, m.registration.date, 'date', ctx.events.registration));
  if (m.registrationNumber) {
    const line = ctx.doc.metadataLines.filter((l) => l.role === 'registration-number');
    for (const l of line) wraps.push({ start: first(l.spans), end: last(l.spans), make: (children) => el('docNumber', {}, children) });
  }
  if (m.dateline) {
    const d = m.dateline;
    wraps.push(
      valueWrap(d.place, (children) =>
        el('location', { eId: ctx.eids.next(parent, 'location'), refersTo: `#${ctx.location(d.place.value)}` }, children),
      ),
    );
    if (d.date) wraps.push(dateWrap(ctx, d.date, 'date'));
    if (d.agency)
      wraps.push(
        valueWrap(d.agency, (children) =>
          el('organization', { eId: ctx.eids.next(parent, 'organization'), refersTo: `#${ctx.publisher()}` }, children),
        ),
      );
  }
  for (const s of m.signatories ?? []) {
    wraps.push(
      valueWrap(s.name, (children) =>
        el('person', { eId: ctx.eids.next(parent, 'person'), refersTo: `#${ctx.person(s.name.value)}` }, children),
      ),
    );
  }
  if (m.sourceLine?.date) wraps.push(dateWrap(ctx, m.sourceLine.date, 'date'));
  return wraps;
}

export function partyRole(ctx: AknContext): string {
  return ctx.refs.add('TLCRole', 'party', '/akn/ontology/role/un/party', 'Party');
}

/** `<party>` around the parties' names where a title gives them ("… BETWEEN THE UNION OF SOVIET SOCIALIST REPUBLICS AND …"). */
export function partyNameWraps(ctx: AknContext, piece: Piece, parent: string): Wrap[] {
  const wraps: Wrap[] = [];
  const taken: SourceSpan[] = [];
  for (const span of piece.spans) {
    const text = ctx.raw.slice(span.start, span.end).toLowerCase();
    for (const { code, name } of ctx.partyNames()) {
      const needle = name.toLowerCase();
      for (let from = text.indexOf(needle); from >= 0; from = text.indexOf(needle, from + needle.length)) {
        const start = span.start + from;
        const end = start + needle.length;
        const boundary = !/[\p{L}\p{N}]/u.test(text[from - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[from + needle.length] ?? ' ');
        if (!boundary || taken.some((t) => t.start < end && start < t.end)) continue;
        taken.push({ start, end });
        wraps.push({
          start,
          end,
          make: (children) =>
            el('party', { eId: ctx.eids.next(parent, 'party'), refersTo: `#${ctx.state(code)}`, as: `#${partyRole(ctx)}` }, children),
        });
      }
    }
  }
  return wraps.sort((a, b) => a.start - b.start);
}
