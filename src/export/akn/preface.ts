/** Preface: the title block and the publisher's heading, in source order; a news report's lead. */
import type { DocumentParagraph, SourceSpan } from '../../model/index.js';
import type { AknContext } from './context.js';
import type { FootnotePlacer } from './footnotes.js';
import { inlineContent } from './inline.js';
import { first, inside, last } from './spans.js';
import { metadataWraps, partyNameWraps } from './wraps.js';
import { el, type XmlElement, type XmlNode } from './xml.js';

// Not the title block: the aggregator's capture lines, a report's closing apparatus, and a Markdown
// file's YAML front matter (the editor's record of the file, not words of the treaty).
const APPARATUS_ROLES = new Set(['captured-on', 'source-info', 'end-mark', 'source-line', 'front-matter']);

interface Block {
  spans: SourceSpan[];
  roles: string[];
  title: boolean;
  lead: DocumentParagraph | null;
}

export function prefaceBlocks(ctx: AknContext): Block[] {
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

export function buildPreface(ctx: AknContext, footnotes: FootnotePlacer): XmlElement | null {
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
