/**
 * The five ATOP codes of a directed dyad over one interval: 1 where a complete provision running
 * from A to B earns the code (src/export/atop/mapping.ts), unknown (null, with the reason) where
 * only an incomplete provision running that way might earn it or a gap of the treaty's sources could
 * hold such a clause, or where the treaty's status between them over the interval is itself unknown;
 * 0 otherwise.
 */
import { ATOP_CODE_NAMES, type CompiledTreaty, type DyadCode, type DyadProvision, type DyadStatus } from '../../model/index.js';
import type { ProvisionCoding } from '../atop/classify.js';

/** The codes over an interval of the dyad whose provisions (running from A to B) are `ids`. */
export function dyadCodes(
  ids: readonly string[],
  coding: ProvisionCoding,
  treaty: CompiledTreaty,
  span: { status: DyadStatus; reason?: string },
): DyadCode[] {
  return ATOP_CODE_NAMES.map((code) => {
    const earning = ids.filter((id) => coding.provisions.get(id)?.codes.includes(code));
    const complete = earning.filter((id) => coding.provisions.get(id)!.incomplete === undefined);
    if (complete.length && span.status !== 'unknown') return { code, value: 1, provisions: complete };
    if (complete.length)
      return {
        code,
        value: null,
        provisions: complete,
        reason: `${complete.join(', ')} would earn it, but whether the treaty applies between them over these days is unknown: ${span.reason ?? 'its status is not settled'}`,
      };
    const incomplete = earning;
    const gaps = coding.gaps[code];
    if (!incomplete.length && !gaps.length) return { code, value: 0, provisions: [] };
    const parts = incomplete.map((id) => {
      const p = treaty.treaty.provisions.find((x) => x.id === id)!;
      return `provision ${id} (article ${p.article}) is incomplete (${coding.provisions.get(id)!.incomplete}) and, as far as its words go, earns it`;
    });
    if (gaps.length) {
      const one = treaty.treaty.sources.length === 1;
      parts.push(
        `the source has ${gaps.length === 1 ? 'a gap' : 'gaps'} that could hold such a clause: ${gaps.map((g) => (one ? g.what : `${g.what} (${g.source})`)).join('; ')}`,
      );
    }
    return { code, value: null, provisions: incomplete, reason: parts.join('; and ') };
  });
}

/** The provisions of a dyad that earn or might earn a code, with their words and where they stand. */
export function dyadProvisions(ids: readonly string[], coding: ProvisionCoding, treaty: CompiledTreaty): DyadProvision[] {
  return ids.flatMap((id) => {
    const codes = coding.provisions.get(id);
    if (!codes) return [];
    const p = treaty.treaty.provisions.find((x) => x.id === id)!;
    const located = treaty.quoteSpans[id];
    return [
      {
        id,
        article: p.article,
        quote: p.quote.text,
        source: p.quote.source,
        ...(located ? { file: located.file } : {}),
        spans: located ? located.spans.map((s) => ({ start: s.start, end: s.end })) : [],
        codes: [...codes.codes],
        ...(codes.incomplete !== undefined ? { incomplete: codes.incomplete } : {}),
      },
    ];
  });
}

/** Whether a code list says anything: some code is 1 or unknown. */
export const saysSomething = (codes: readonly DyadCode[]): boolean => codes.some((c) => c.value !== 0);
