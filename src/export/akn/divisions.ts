/**
 * The hierarchy above the articles (src/model/document.ts `divisions`) as Akoma Ntoso: parts,
 * chapters, sections, sub-sections, titles and sub-titles become `part`, `chapter`, `section`,
 * `subsection`, `title`, `subtitle` nesting their articles in `body`; annexes, protocols, schedules
 * and appendices become `attachments/attachment/doc name="annex"` after the conclusions, each a
 * document of its own (its `meta` identifies it as a component of the treaty: `…/eng@/!annex_1`),
 * whose articles are numbered again from 1 under its own eId (`att_1__art_1`), never clashing with
 * the main body's `art_1`.
 *
 * eIds follow the naming convention (AKN-NC): the path of abbreviated names from the top,
 * `part_II__chp_3__art_5`, the number as printed without punctuation, or counted when there is none.
 *
 * The tree is built once (`divisionTree`) and walked twice in the same order: by `treeUnits`, which
 * lists the units of text up front (the footnote placer needs them all before rendering), and by the
 * builders, which render them; so a footnote lands in the unit it stands in.
 */
import {
  type AttachmentKind,
  type Division,
  type DivisionKind,
  isAttachmentKind,
  type SourceSpan,
  type StructuredDocument,
} from '../../model/index.js';
import type { AknContext } from './context.js';
import type { FootnotePlacer } from './footnotes.js';
import { inlineContent } from './inline.js';
import { el, type XmlElement } from './xml.js';

/** The AKN element of each hierarchical division and its eId abbreviation (AKN-NC). */
const HIERARCHY: Record<Exclude<DivisionKind, AttachmentKind>, { element: string; abbr: string }> = {
  part: { element: 'part', abbr: 'part' },
  chapter: { element: 'chapter', abbr: 'chp' },
  section: { element: 'section', abbr: 'sec' },
  'sub-section': { element: 'subsection', abbr: 'subsec' },
  title: { element: 'title', abbr: 'title' },
  'sub-title': { element: 'subtitle', abbr: 'subtitle' },
};

/** A division with what it holds; `at` (everywhere) is where the node starts in the raw text, for document order. */
export interface DivisionNode {
  type: 'division';
  index: number;
  at: number;
  children: TreeNode[];
  attachments: DivisionNode[];
}
export type TreeNode =
  DivisionNode | { type: 'article'; index: number; at: number } | { type: 'paragraph'; division: number; index: number; at: number };

export interface DivisionTree {
  /** The body's articles and hierarchical divisions, in document order. */
  main: TreeNode[];
  /** The attachments (annexes…) that no other attachment holds, in document order. */
  attachments: DivisionNode[];
}

const isAttachment = (d: Division) => isAttachmentKind(d.kind);
const start = (spans: readonly SourceSpan[]) => spans[0]?.start ?? 0;

export function divisionTree(doc: StructuredDocument): DivisionTree {
  const { divisions } = doc;
  // A parent stands before its child in document order; any other parent is read as none, so the tree has no cycle.
  const parentOf = (i: number): number | null => {
    const p = divisions[i]!.parent;
    return p !== null && p < i ? p : null;
  };
  const nodes: DivisionNode[] = divisions.map((d, index) => ({
    type: 'division',
    index,
    at: start(d.label.spans),
    children: [],
    attachments: [],
  }));
  const main: TreeNode[] = [];
  const attachments: DivisionNode[] = [];
  divisions.forEach((d, i) => {
    const node = nodes[i]!;
    if (isAttachment(d)) {
      // An annex goes with the nearest annex holding it (an appendix to an annex), else with the treaty.
      let holder = parentOf(i);
      while (holder !== null && !isAttachment(divisions[holder]!)) holder = parentOf(holder);
      (holder === null ? attachments : nodes[holder]!.attachments).push(node);
    } else {
      const parent = parentOf(i);
      (parent === null ? main : nodes[parent]!.children).push(node);
    }
    d.paragraphs.forEach((p, j) => node.children.push({ type: 'paragraph', division: i, index: j, at: start(p.spans) }));
  });
  doc.articles.forEach((a, index) => {
    const holder = a.division !== null && a.division < nodes.length ? nodes[a.division]! : null;
    (holder ? holder.children : main).push({ type: 'article', index, at: start(a.label.spans) });
  });
  const byPosition = (x: TreeNode, y: TreeNode) => x.at - y.at;
  main.sort(byPosition);
  attachments.sort(byPosition);
  for (const n of nodes) {
    n.children.sort(byPosition);
    n.attachments.sort(byPosition);
  }
  return { main, attachments };
}

/** The units of text of some nodes (article paragraphs, a division's own paragraphs) in the order the builders render them. */
export function treeUnits(doc: StructuredDocument, nodes: readonly TreeNode[]): SourceSpan[][] {
  const units: SourceSpan[][] = [];
  const stack: TreeNode[] = [...nodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'article') for (const p of doc.articles[node.index]!.paragraphs) units.push(p.spans);
    else if (node.type === 'paragraph') units.push(doc.divisions[node.division]!.paragraphs[node.index]!.spans);
    else {
      // An attachment's nested attachments come after its own text, as they are rendered.
      for (let k = node.attachments.length - 1; k >= 0; k--) stack.push(node.attachments[k]!);
      for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
    }
  }
  return units;
}

/** How one article becomes an `article` element under an eId (body.ts). */
export type ArticleBuilder = (index: number, eId: string) => XmlElement;

/** Hands out eIds along the tree: unique across the whole act, as the schema requires. */
export class TreeEids {
  private readonly used = new Set<string>();

  constructor(private readonly ctx: AknContext) {}

  /** `{parent}__{abbr}_{number}`, the number without punctuation, or counted per parent when there is none; `-2`… on a clash. */
  named(parent: string, abbr: string, number: string | null): string {
    const token = (number ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
    const base = token ? `${parent ? `${parent}__` : ''}${abbr}_${token}` : this.ctx.eids.next(parent, abbr);
    let eId = base;
    for (let k = 2; this.used.has(eId); k++) eId = `${base}-${k}`;
    this.used.add(eId);
    return eId;
  }
}

/** A division's own paragraph (text not in an article) as a `paragraph`. */
function divisionParagraph(ctx: AknContext, parent: string, spans: SourceSpan[], footnotes: FootnotePlacer): XmlElement {
  const eId = ctx.eids.next(parent, 'para');
  const { refersTo, wraps } = ctx.marks(spans);
  ctx.unit(eId, spans);
  return el('paragraph', { eId, refersTo }, [el('content', {}, [el('p', {}, inlineContent(ctx.raw, spans, wraps, footnotes.next(eId)))])]);
}

/** The nodes under `parent` (an eId, '' for the body) as AKN elements, in order. */
export function buildNodes(
  ctx: AknContext,
  nodes: readonly TreeNode[],
  parent: string,
  eids: TreeEids,
  article: ArticleBuilder,
  footnotes: FootnotePlacer,
): XmlElement[] {
  return nodes.map((node) => {
    if (node.type === 'article') return article(node.index, eids.named(parent, 'art', ctx.doc.articles[node.index]!.number));
    if (node.type === 'paragraph')
      return divisionParagraph(ctx, parent, ctx.doc.divisions[node.division]!.paragraphs[node.index]!.spans, footnotes);
    const d = ctx.doc.divisions[node.index]!;
    // Only hierarchical divisions reach here: attachments are listed apart by divisionTree.
    const { element, abbr } = HIERARCHY[d.kind as keyof typeof HIERARCHY];
    const eId = eids.named(parent, abbr, d.number);
    return el(element, { eId }, [
      el('num', {}, inlineContent(ctx.raw, d.label.spans)),
      d.heading ? el('heading', {}, inlineContent(ctx.raw, d.heading.spans)) : null,
      ...buildNodes(ctx, node.children, eId, eids, article, footnotes),
    ]);
  });
}

/** An attachment's `meta`, filled with its identification once the act's is built (index.ts). */
export interface ComponentMeta {
  meta: XmlElement;
  /** The component's name in its IRIs (AKN-NC): `annex_1`, `annex_1/appendix_1`. */
  component: string;
}

/** `attachments` after the conclusions: one `attachment` holding a `doc name="annex"` (protocol…) per top-level annex. */
export function buildAttachments(
  ctx: AknContext,
  list: readonly DivisionNode[],
  parent: string,
  parentComponent: string,
  eids: TreeEids,
  article: ArticleBuilder,
  footnotes: FootnotePlacer,
  metas: ComponentMeta[],
): XmlElement | null {
  if (!list.length) return null;
  const perKind = new Map<string, number>();
  const items = list.map((node) => {
    const d = ctx.doc.divisions[node.index]!;
    const eId = ctx.eids.next(parent, 'att');
    const n = (perKind.get(d.kind) ?? 0) + 1;
    perKind.set(d.kind, n);
    const component = `${parentComponent ? `${parentComponent}/` : ''}${d.kind}_${n}`;
    const meta = el('meta');
    metas.push({ meta, component });
    const preface = el('preface', {}, [
      el('p', { class: 'label' }, [el('docNumber', {}, inlineContent(ctx.raw, d.label.spans))]),
      d.heading ? el('p', { class: 'heading' }, [el('docTitle', {}, inlineContent(ctx.raw, d.heading.spans))]) : null,
    ]);
    const body = buildNodes(ctx, node.children, eId, eids, article, footnotes);
    if (!body.length) body.push(el('hcontainer', { name: 'noText', eId: `${eId}__hcontainer_1` }, [el('content', {}, [el('p')])]));
    const nested = buildAttachments(ctx, node.attachments, eId, component, eids, article, footnotes, metas);
    return el('attachment', { eId }, [el('doc', { name: d.kind }, [meta, preface, el('mainBody', {}, body), nested])]);
  });
  return el('attachments', {}, items);
}

/** The act's identification, renamed for one of its components: FRBRthis `…/!main` → `…/!annex_1`, the rest as the act's. */
export function componentIdentification(identification: XmlElement, component: string): XmlElement {
  const rename = (node: XmlElement): XmlElement => ({
    ...node,
    attrs:
      node.name === 'FRBRthis'
        ? node.attrs.map(([k, v]) => [k, k === 'value' ? v.replace(/!main(\.xml)?$/, `!${component}$1`) : v])
        : node.attrs,
    children: node.children.map((c) => (typeof c === 'string' ? c : rename(c))),
  });
  return rename(identification);
}
