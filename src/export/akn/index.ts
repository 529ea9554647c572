/**
 * Akoma Ntoso 3.0 export: one XML document per treaty, `<act name="treaty">` as the UN profile
 * (AKN4UN) marks treaties, valid against the OASIS schema (the tests run xmllint against
 * standards/akoma-ntoso/akomantoso30.xsd). The text is that of one source (the English
 * one, else the first), unit by unit as ingest structured it; the rules travel with it. Decisions
 * and the `pacta:` vocabulary are described in ./README.md.
 */
import { atopCodingOf } from '../atop/classify.js';
import type { TreatyExportInput } from '../common/input.js';
import { lifecycleSummary } from '../common/lifecycle.js';
import { EXPORT_FORMAT_VERSION } from '../json/schema.js';
import { AknContext } from './context.js';
import { componentIdentification } from './divisions.js';
import { buildMeta, planLifecycle } from './meta.js';
import { treatyIris } from './names.js';
import { buildText } from './text.js';
import { el, PACTA_NS, serialize, type XmlElement } from './xml.js';

function referencedStates(input: TreatyExportInput): string[] {
  const codes = new Set<string>(input.treaty.parties);
  for (const e of input.compiled.history) for (const c of [e.by, e.against, e.to, ...(e.parties ?? [])]) if (c) codes.add(c);
  for (const s of input.states.successions) if (input.treaty.parties.includes(s.predecessor)) codes.add(s.continuator);
  return [...codes];
}

export class AknExportError extends Error {}

export function exportAkn(input: TreatyExportInput): string {
  const { treaty } = input;
  const source = treaty.sources.find((s) => s.language === 'en') ?? treaty.sources[0]!;
  const doc = input.check.documents.get(source.id);
  const raw = input.check.sourceTexts.get(source.id);
  if (!doc || raw === undefined) throw new AknExportError(`${treaty.id}: source "${source.id}" was not ingested`);
  const ctx = new AknContext(input, source, doc, raw);
  const iris = treatyIris(treaty, source.language);
  const life = lifecycleSummary(input);
  const coding = atopCodingOf(input);
  const plan = planLifecycle(ctx, life, iris);
  // The parties, the states the history names and the parties' continuators; the rules' concepts, in file order.
  for (const code of referencedStates(input)) ctx.state(code);
  treaty.provisions.forEach((p) => ctx.provisionConcept(p));
  treaty.nonOperative.forEach((_, i) => ctx.nonOperativeConcept(i));
  const text = buildText(ctx);
  const meta = buildMeta(ctx, iris, plan, life, coding, EXPORT_FORMAT_VERSION);
  // An annex is a document of its own, identified as a component of the act's work and expression.
  const identification = meta.children[0] as XmlElement;
  for (const c of text.components) c.meta.children.push(componentIdentification(identification, c.component));
  const act = el('act', { name: 'treaty' }, [meta, text.preface, text.preamble, text.body, text.conclusions, text.attachments]);
  return serialize(el('akomaNtoso', {}, [act]), { pacta: PACTA_NS });
}
