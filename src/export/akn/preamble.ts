/** Preamble: the parties' organs, the recitals, the plenipotentiaries, the agreement formula. */
import type { SourceSpan } from '../../model/index.js';
import type { AknContext } from './context.js';
import type { FootnotePlacer } from './footnotes.js';
import { inlineContent, type Wrap } from './inline.js';
import { partyRole, valueWrap } from './wraps.js';
import { el, type XmlElement } from './xml.js';

export function buildPreamble(ctx: AknContext, footnotes: FootnotePlacer): XmlElement | null {
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
