/** Body: the articles as the source numbers them; a report's paragraphs as articles where reports attest their number (num marked editorial), as unnumbered paragraphs elsewhere. */
import type { DocumentParagraph, SourceSpan } from '../../model/index.js';
import type { AknContext } from './context.js';
import type { FootnotePlacer } from './footnotes.js';
import { inlineContent } from './inline.js';
import { buildNodes, type ArticleBuilder, type DivisionTree, type TreeEids } from './divisions.js';
import { el, type XmlElement } from './xml.js';

export function bodyParagraphs(ctx: AknContext): DocumentParagraph[] {
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

/** One article as an `article` element under the eId it is given (in the body, a division or an annex). */
export function articleBuilder(ctx: AknContext, footnotes: FootnotePlacer): ArticleBuilder {
  return (index, eId) => {
    const article = ctx.doc.articles[index]!;
    const paragraphs = article.paragraphs.map((para) => {
      const own = para.number ? splitNumber(ctx, para.spans, para.number) : null;
      const pEid = ctx.eids.next(eId, 'para');
      return paragraphElement(ctx, pEid, own ? own.spans : para.spans, footnotes, own ? el('num', {}, [own.num]) : undefined);
    });
    const provisions = ctx.provisionsIn(article.paragraphs.flatMap((p) => p.spans));
    const refersTo = provisions.length ? provisions.map((p) => `#${ctx.provisionConcept(p)}`).join(' ') : undefined;
    return el('article', { eId, refersTo }, [
      el('num', {}, inlineContent(ctx.raw, article.label.spans)),
      article.heading ? el('heading', {}, inlineContent(ctx.raw, article.heading.spans)) : null,
      ...paragraphs,
    ]);
  };
}

/** The body: the articles (in their parts, chapters… where the source has them), then a report's paragraphs. Annexes are attachments (divisions.ts). */
export function buildBody(ctx: AknContext, footnotes: FootnotePlacer, tree: DivisionTree, eids: TreeEids): XmlElement {
  const children: XmlElement[] = buildNodes(ctx, tree.main, '', eids, articleBuilder(ctx, footnotes), footnotes);
  const articleEid = (number: string) => eids.named('', 'art', number.replace(/[^\p{L}\p{N}]+/gu, '') || 'nn');
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
