/**
 * The text of the treaty as Akoma Ntoso: `preface`, `preamble`, `body`, `conclusions`, built from
 * the structured document of one source (src/model/document.ts). Every unit of text keeps its words
 * exactly as the structured document gives them, and says which rules stand in it (`refersTo` the
 * provisions' and non-operative marks' concepts). See ./README.md for the decisions.
 */
import type { DateValue, DocumentParagraph, Footnote, Piece, SourceSpan, TextValue } from '../../model/index.js';
import type { AknContext } from './context.js';
import { inlineContent, type Insert, type Wrap } from './inline.js';
import { el, type XmlElement, type XmlNode } from './xml.js';

const APPARATUS_ROLES = new Set(['captured-on', 'source-info', 'end-mark', 'source-line']);
const CLOSING_ROLES = new Set(['end-mark', 'source-line']);

interface Block {
  spans: SourceSpan[];
  roles: string[];
  title: boolean;
  lead: DocumentParagraph | null;
}

const first = (spans: readonly SourceSpan[]) => spans[0]!.start;
const last = (spans: readonly SourceSpan[]) => spans[spans.length - 1]!.end;

export interface TextParts {
  preface: XmlElement | null;
  preamble: XmlElement | null;
  body: XmlElement;
  conclusions: XmlElement | null;
}

export function buildText(ctx: AknContext): TextParts {
  const footnotes = new FootnotePlacer(ctx, allUnitSpans(ctx));
  const preface = buildPreface(ctx, footnotes);
  const preamble = buildPreamble(ctx, footnotes);
  const body = buildBody(ctx, footnotes);
  const conclusions = buildConclusions(ctx, footnotes);
  return { preface, preamble, body, conclusions };
}

// ---------------------------------------------------------------------------------------------
// Footnotes: an authorialNote where the marker stands (or, without a marker, where the note
// itself stands), inside the unit that holds that point.

class FootnotePlacer {
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

const inside = (inner: readonly SourceSpan[], outer: readonly SourceSpan[]) => first(inner) >= first(outer) && last(inner) <= last(outer);

/** Every unit in the order the builders render them: preface blocks, preamble parts, article paragraphs, report paragraphs, closing, signatures, closing apparatus. */
function allUnitSpans(ctx: AknContext): SourceSpan[][] {
  const { doc } = ctx;
  const units: SourceSpan[][] = prefaceBlocks(ctx).map((b) => b.spans);
  const p = doc.preamble;
  if (p) {
    if (p.parties) units.push(p.parties.spans);
    for (const r of p.recitals) units.push(r.spans);
    for (const x of p.plenipotentiaries) units.push(x.spans);
    if (p.agreement) units.push(p.agreement.spans);
  }
  for (const a of doc.articles) for (const para of a.paragraphs) units.push(para.spans);
  for (const para of bodyParagraphs(ctx)) units.push(para.spans);
  if (doc.closing) units.push(doc.closing.spans);
  for (const s of doc.signatures) units.push(s.spans);
  for (const line of closingLines(ctx)) units.push(line.spans);
  return units;
}

// ---------------------------------------------------------------------------------------------
// Inline semantics read from the structured document's metadata.

function dateWrap(ctx: AknContext, value: DateValue, element: 'date' | 'docDate', refersTo?: string): Wrap {
  return {
    start: first(value.spans),
    end: last(value.spans),
    make: (children: XmlNode[]) => el(element, { date: value.value, refersTo: refersTo ? `#${refersTo}` : undefined }, children),
  };
}

function valueWrap(value: TextValue, make: (children: XmlNode[]) => XmlElement): Wrap {
  return { start: first(value.spans), end: last(value.spans), make };
}

/** The markup the metadata gives words of the source: parties, titles, places, dates, people. */
function metadataWraps(ctx: AknContext, parent: string): Wrap[] {
  const m = ctx.doc.metadata;
  const wraps: Wrap[] = [];
  const party = (code: string, value: TextValue) =>
    valueWrap(value, (children) =>
      el('party', { eId: ctx.eids.next(parent, 'party'), refersTo: `#${ctx.state(code)}`, as: `#${partyRole(ctx)}` }, children),
    );
  (m.parties ?? []).forEach((value, i) => {
    const code = ctx.stateByName(value.value) ?? ctx.treaty.parties[i];
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

function partyRole(ctx: AknContext): string {
  return ctx.refs.add('TLCRole', 'party', '/akn/ontology/role/un/party', 'Party');
}

/** `<party>` around the parties' names where a title gives them ("… BETWEEN THE UNION OF SOVIET SOCIALIST REPUBLICS AND …"). */
function partyNameWraps(ctx: AknContext, piece: Piece, parent: string): Wrap[] {
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

// ---------------------------------------------------------------------------------------------
// Preface: the title block and the publisher's heading, in source order; a news report's lead.

function prefaceBlocks(ctx: AknContext): Block[] {
  const { doc } = ctx;
  const pieces: { spans: SourceSpan[]; role: string; title: boolean; lead: DocumentParagraph | null }[] = [];
  if (doc.title) pieces.push({ spans: doc.title.spans, role: 'title', title: true, lead: null });
  for (const line of doc.metadataLines) {
    if (APPARATUS_ROLES.has(line.role)) continue;
    if (line.language !== undefined && line.language !== ctx.source.language) continue;
    pieces.push({ spans: line.spans, role: line.role, title: false, lead: null });
  }
  for (const p of doc.paragraphs) if (p.role === 'lead') pieces.push({ spans: p.spans, role: 'lead', title: false, lead: p });
  pieces.sort((a, b) => first(a.spans) - first(b.spans));
  const blocks: Block[] = [];
  for (const piece of pieces) {
    const previous = blocks[blocks.length - 1];
    const joins =
      previous && !previous.lead && !piece.lead && !/\n[ \t]*\r?\n/.test(ctx.raw.slice(last(previous.spans), first(piece.spans)));
    if (joins) {
      previous.spans.push(...fillGap(ctx, last(previous.spans), first(piece.spans)), ...piece.spans);
      previous.roles.push(piece.role);
      previous.title ||= piece.title;
    } else {
      blocks.push({ spans: [...piece.spans], roles: [piece.role], title: piece.title, lead: piece.lead });
    }
  }
  return blocks;
}

/**
 * The raw text between two pieces of one line that is punctuation ("KOREA. SIGNED AT …"), kept as
 * text; footnote markers and Markdown emphasis are not text.
 */
function fillGap(ctx: AknContext, from: number, to: number): SourceSpan[] {
  const cuts = ctx.doc.footnotes.flatMap((f) => f.anchor?.spans ?? []).filter((s) => s.start >= from && s.end <= to);
  const parts: SourceSpan[] = [];
  let at = from;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    parts.push({ start: at, end: cut.start });
    at = cut.end;
  }
  parts.push({ start: at, end: to });
  return parts.filter(
    (p) => p.end > p.start && /^[\s.,;:()\-–—]*$/.test(ctx.raw.slice(p.start, p.end)) && /[^\s]/.test(ctx.raw.slice(p.start, p.end)),
  );
}

function buildPreface(ctx: AknContext, footnotes: FootnotePlacer): XmlElement | null {
  const blocks = prefaceBlocks(ctx);
  if (!blocks.length) return null;
  const children = blocks.map((block): XmlElement => {
    const container = block.title ? ctx.eids.next('preface', 'longTitle') : null;
    const eId = container ? `${container}__p_1` : ctx.eids.next('preface', 'p');
    const { refersTo, wraps } = ctx.marks(block.spans);
    const titleWraps =
      block.title && ctx.doc.title
        ? [{ start: first(ctx.doc.title.spans), end: last(ctx.doc.title.spans), make: (c: XmlNode[]) => el('docTitle', {}, c) }]
        : [];
    const names = [ctx.doc.title, ...(ctx.doc.metadata.titles ?? [])].flatMap((t) =>
      t && inside(t.spans, block.spans) ? partyNameWraps(ctx, t, eId) : [],
    );
    const all = [...titleWraps, ...metadataWraps(ctx, eId), ...names, ...wraps].filter(
      (w) => w.start >= first(block.spans) && w.end <= last(block.spans),
    );
    const p = el(
      'p',
      { eId, class: block.roles.join(' '), refersTo },
      inlineContent(ctx.raw, block.spans, all, footnotes.next(container ?? eId)),
    );
    ctx.unit(eId, block.spans);
    return container ? el('longTitle', { eId: container }, [p]) : p;
  });
  return el('preface', { eId: 'preface' }, children);
}

// ---------------------------------------------------------------------------------------------
// Preamble: the parties' organs, the recitals, the plenipotentiaries, the agreement formula.

function buildPreamble(ctx: AknContext, footnotes: FootnotePlacer): XmlElement | null {
  const pre = ctx.doc.preamble;
  if (!pre) return null;
  const children: XmlElement[] = [];
  const para = (eId: string, spans: SourceSpan[], extra: Wrap[] = [], attrs: Record<string, string | undefined> = {}) => {
    const { refersTo, wraps } = ctx.marks(spans);
    ctx.unit(eId, spans);
    return { refersTo, content: [el('p', attrs, inlineContent(ctx.raw, spans, [...extra, ...wraps], footnotes.next(eId)))] };
  };
  if (pre.parties) {
    const eId = ctx.eids.next('preamble', 'parties');
    const { refersTo, content } = para(eId, pre.parties.spans);
    children.push(el('container', { name: 'parties', eId, refersTo }, content));
  }
  if (pre.recitals.length) {
    const recs = ctx.eids.next('preamble', 'recs');
    children.push(
      el(
        'recitals',
        { eId: recs },
        pre.recitals.map((r) => {
          const eId = ctx.eids.next(recs, 'rec');
          const { refersTo, content } = para(eId, r.spans);
          return el('recital', { eId, refersTo }, content);
        }),
      ),
    );
  }
  if (pre.plenipotentiaries.length) {
    const eId = ctx.eids.next('preamble', 'plenipotentiaries');
    children.push(
      el(
        'container',
        { name: 'plenipotentiaries', eId },
        pre.plenipotentiaries.map((x) => {
          const pEid = ctx.eids.next(eId, 'p');
          const wraps: Wrap[] = [];
          const code = x.party ? ctx.stateByName(x.party.value) : undefined;
          if (x.party && code)
            wraps.push(
              valueWrap(x.party, (c) =>
                el('party', { eId: ctx.eids.next(pEid, 'party'), refersTo: `#${ctx.state(code)}`, as: `#${partyRole(ctx)}` }, c),
              ),
            );
          if (x.name) {
            const name = x.name;
            wraps.push(
              valueWrap(name, (c) => el('person', { eId: ctx.eids.next(pEid, 'person'), refersTo: `#${ctx.person(name.value)}` }, c)),
            );
          }
          const { refersTo, content } = para(pEid, x.spans, wraps);
          const p = content[0]!;
          return el('p', { eId: pEid, refersTo }, p.children);
        }),
      ),
    );
  }
  if (pre.agreement) {
    const eId = ctx.eids.next('preamble', 'formula');
    const { refersTo, content } = para(eId, pre.agreement.spans);
    children.push(el('formula', { name: 'enactingFormula', eId, refersTo }, content));
  }
  return children.length ? el('preamble', { eId: 'preamble' }, children) : null;
}

// ---------------------------------------------------------------------------------------------
// Body: the articles as the source numbers them; a report's paragraphs as articles where reports
// attest their number (num marked editorial), as unnumbered paragraphs elsewhere.

function bodyParagraphs(ctx: AknContext): DocumentParagraph[] {
  return ctx.doc.paragraphs.filter((p) => p.role === 'body');
}

function paragraphElement(ctx: AknContext, eId: string, spans: SourceSpan[], footnotes: FootnotePlacer, num?: XmlElement): XmlElement {
  const { refersTo, wraps } = ctx.marks(spans);
  ctx.unit(eId, spans);
  return el('paragraph', { eId, refersTo }, [
    num,
    el('content', {}, [el('p', {}, inlineContent(ctx.raw, spans, wraps, footnotes.next(eId)))]),
  ]);
}

function buildBody(ctx: AknContext, footnotes: FootnotePlacer): XmlElement {
  const children: XmlElement[] = [];
  const used = new Set<string>();
  const articleEid = (number: string) => {
    const base = `art_${number.replace(/[^\p{L}\p{N}]+/gu, '') || 'nn'}`;
    let eId = base;
    for (let k = 2; used.has(eId); k++) eId = `${base}-${k}`;
    used.add(eId);
    return eId;
  };
  for (const article of ctx.doc.articles) {
    const eId = articleEid(article.number);
    const paragraphs = article.paragraphs.map((para) => {
      const own = para.number ? splitNumber(ctx, para.spans, para.number) : null;
      const pEid = ctx.eids.next(eId, 'para');
      return paragraphElement(ctx, pEid, own ? own.spans : para.spans, footnotes, own ? el('num', {}, [own.num]) : undefined);
    });
    const provisions = ctx.provisionsIn(article.paragraphs.flatMap((p) => p.spans));
    const refersTo = provisions.length ? provisions.map((p) => `#${ctx.provisionConcept(p)}`).join(' ') : undefined;
    children.push(
      el('article', { eId, refersTo }, [
        el('num', {}, inlineContent(ctx.raw, article.label.spans)),
        article.heading ? el('heading', {}, inlineContent(ctx.raw, article.heading.spans)) : null,
        ...paragraphs,
      ]),
    );
  }
  // A report's paragraphs: consecutive paragraphs attested as the same article form one article.
  interface OpenArticle {
    number: string;
    eId: string;
    children: XmlElement[];
    refs: Set<string>;
    note: string | undefined;
  }
  const state: { open: OpenArticle | null } = { open: null };
  const close = () => {
    const o = state.open;
    if (!o) return;
    const attestation = o.note
      ? ctx.refs.add('TLCConcept', `attestation_${o.eId}`, `/akn/ontology/concept/pacta/${ctx.treaty.id}/attestation/${o.eId}`, o.note)
      : undefined;
    const num = el('num', { status: 'editorial', refersTo: attestation ? `#${attestation}` : undefined }, [`Article ${o.number}`]);
    children.push(el('article', { eId: o.eId, refersTo: o.refs.size ? [...o.refs].join(' ') : undefined }, [num, ...o.children]));
    state.open = null;
  };
  for (const para of bodyParagraphs(ctx)) {
    const provisions = ctx.provisionsIn(para.spans);
    const numbers = new Set(provisions.map((p) => p.article));
    const number = provisions.length && numbers.size === 1 && !numbers.has('unknown') ? provisions[0]!.article : null;
    if (number === null) {
      close();
      children.push(paragraphElement(ctx, ctx.eids.next('', 'para'), para.spans, footnotes));
      continue;
    }
    if (state.open?.number !== number) {
      close();
      state.open = {
        number,
        eId: articleEid(number),
        children: [],
        refs: new Set(),
        note: provisions.find((p) => p.articleNote)?.articleNote,
      };
    }
    const o = state.open!;
    o.children.push(paragraphElement(ctx, ctx.eids.next(o.eId, 'para'), para.spans, footnotes));
    for (const p of provisions) o.refs.add(`#${ctx.provisionConcept(p)}`);
  }
  close();
  if (!children.length) children.push(el('hcontainer', { name: 'noText', eId: 'hcontainer_1' }, [el('content', {}, [el('p')])]));
  return el('body', {}, children);
}

/** A numbered paragraph's own number ("1.", "(a)") apart from its text, when the text starts with it. */
function splitNumber(ctx: AknContext, spans: SourceSpan[], number: string): { num: string; spans: SourceSpan[] } | null {
  const head = spans[0]!;
  const text = ctx.raw.slice(head.start, head.end);
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^\\s*(\\(?${escaped}[.)]?)\\s*`).exec(text);
  if (!match || match[0].length >= text.length) return null;
  return { num: match[1]!, spans: [{ start: head.start + match[0].length, end: head.end }, ...spans.slice(1)] };
}

// ---------------------------------------------------------------------------------------------
// Conclusions: the closing formula, the signatures, and a report's closing apparatus.

function closingLines(ctx: AknContext) {
  return ctx.doc.metadataLines.filter((l) => CLOSING_ROLES.has(l.role));
}

function buildConclusions(ctx: AknContext, footnotes: FootnotePlacer): XmlElement | null {
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
