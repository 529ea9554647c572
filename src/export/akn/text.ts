/**
 * The text of the treaty as Akoma Ntoso: `preface`, `preamble`, `body`, `conclusions`, built from
 * the structured document of one source (src/model/document.ts). Every unit of text keeps its words
 * exactly as the structured document gives them, and says which rules stand in it (`refersTo` the
 * provisions' and non-operative marks' concepts). See ./README.md for the decisions.
 */
import type { SourceSpan } from '../../model/index.js';
import { articleBuilder, bodyParagraphs, buildBody } from './body.js';
import { buildConclusions, closingLines } from './conclusions.js';
import type { AknContext } from './context.js';
import { buildAttachments, divisionTree, TreeEids, treeUnits, type ComponentMeta, type DivisionTree } from './divisions.js';
import { FootnotePlacer } from './footnotes.js';
import { buildPreamble } from './preamble.js';
import { buildPreface, prefaceBlocks } from './preface.js';
import type { XmlElement } from './xml.js';

export interface TextParts {
  preface: XmlElement | null;
  preamble: XmlElement | null;
  body: XmlElement;
  conclusions: XmlElement | null;
  /** The annexes, protocols… as documents of their own, after the conclusions. */
  attachments: XmlElement | null;
  /** Each attachment's `meta`, to be given its identification once the act's is built. */
  components: ComponentMeta[];
}

export function buildText(ctx: AknContext): TextParts {
  const tree = divisionTree(ctx.doc);
  const footnotes = new FootnotePlacer(ctx, allUnitSpans(ctx, tree));
  const eids = new TreeEids(ctx);
  const preface = buildPreface(ctx, footnotes);
  const preamble = buildPreamble(ctx, footnotes);
  const body = buildBody(ctx, footnotes, tree, eids);
  const conclusions = buildConclusions(ctx, footnotes);
  const components: ComponentMeta[] = [];
  const attachments = buildAttachments(ctx, tree.attachments, '', '', eids, articleBuilder(ctx, footnotes), footnotes, components);
  return { preface, preamble, body, conclusions, attachments, components };
}

/**
 * Every unit in the order the builders render them: preface blocks, preamble parts, the body's
 * article paragraphs (through its parts, chapters…), report paragraphs, closing, signatures, closing
 * apparatus, then the attachments' units.
 */
function allUnitSpans(ctx: AknContext, tree: DivisionTree): SourceSpan[][] {
  const { doc } = ctx;
  const units: SourceSpan[][] = prefaceBlocks(ctx).map((b) => b.spans);
  const p = doc.preamble;
  if (p) {
    if (p.parties) units.push(p.parties.spans);
    for (const r of p.recitals) units.push(r.spans);
    for (const x of p.plenipotentiaries) units.push(x.spans);
    if (p.agreement) units.push(p.agreement.spans);
  }
  for (const u of treeUnits(doc, tree.main)) units.push(u);
  for (const para of bodyParagraphs(ctx)) units.push(para.spans);
  if (doc.closing) units.push(doc.closing.spans);
  for (const s of doc.signatures) units.push(s.spans);
  for (const line of closingLines(ctx)) units.push(line.spans);
  for (const u of treeUnits(doc, tree.attachments)) units.push(u);
  return units;
}
