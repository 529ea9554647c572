/**
 * JSON export: the whole formalized treaty (treaty.yaml, history, the states it names), its
 * lifecycle computed from the recorded history, where each quote stands in its source, and the ATOP
 * codes, in the versioned format of ./schema.ts. Deterministic: the same corpus gives the same bytes.
 */
import { ATOP_CODES } from '../atop/mapping.js';
import { atopCodingOf } from '../atop/classify.js';
import type { TreatyExportInput } from '../common/input.js';
import { lifecycleSummary } from '../common/lifecycle.js';
import type { CoverageGap } from '../../model/index.js';
import type { AtopCodeResult } from '../atop/classify.js';
import { type AtopCodeExport, EXPORT_FORMAT_VERSION, type SourceGapExport, type TreatyExport } from './schema.js';

export function buildJsonExport(input: TreatyExportInput): TreatyExport {
  const { treaty, compiled, check, timeline, states } = input;
  const named = new Set<string>(treaty.parties);
  for (const e of compiled.history) for (const code of [e.by, e.against, e.to, ...(e.parties ?? [])]) if (code) named.add(code);
  const successions = states.successions.filter((s) => treaty.parties.includes(s.predecessor));
  for (const s of successions) named.add(s.continuator);
  const coding = atopCodingOf(input);
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    treaty,
    history: compiled.history,
    states: states.states.filter((s) => named.has(s.code)),
    successions,
    lifecycle: {
      ...lifecycleSummary(input),
      intervals: timeline.intervals,
      parties: timeline.parties,
      ...(timeline.suspensions?.length ? { suspensions: timeline.suspensions } : {}),
    },
    sources: treaty.sources.map((s) => {
      const doc = check.documents.get(s.id);
      const coverage = check.coverage.find((c) => c.source === s.id);
      return {
        id: s.id,
        file: s.file,
        language: s.language,
        translation: s.translation,
        publisher: s.publisher,
        kind: doc?.kind ?? 'unknown',
        sha256: doc?.source.sha256 ?? '',
        length: doc?.source.length ?? 0,
        coverage: {
          sentences: coverage?.totals.sentences ?? 0,
          percent: coverage?.totals.percent ?? 0,
          ...(coverage?.gaps.length ? { gaps: coverage.gaps.map(gapExport) } : {}),
        },
      };
    }),
    quotes: Object.fromEntries(treaty.provisions.flatMap((p) => (compiled.quoteSpans[p.id] ? [[p.id, compiled.quoteSpans[p.id]!]] : []))),
    atop: ATOP_CODES.map((code) => atopExport(coding[code])),
    warnings: input.warnings,
  };
}

function gapExport(g: CoverageGap): SourceGapExport {
  return {
    what: g.what,
    ...(g.provisions?.length ? { provisions: g.provisions } : {}),
    ...(g.marker ? { marker: g.marker } : {}),
    ...(g.after ? { after: g.after } : {}),
    ...(g.at ? { at: g.at } : {}),
  };
}

/** A code as the format gives it: value 0 or 1 with the provisions behind it, or null with the reason. */
function atopExport(r: AtopCodeResult): AtopCodeExport {
  if (r.value !== null) return { code: r.code, value: r.value, provisions: r.provisions };
  return { code: r.code, value: null, provisions: r.provisions, reason: r.reason!, incomplete: r.incomplete ?? [], gaps: r.gaps ?? [] };
}

export function exportJson(input: TreatyExportInput): string {
  return JSON.stringify(buildJsonExport(input), null, 2) + '\n';
}
