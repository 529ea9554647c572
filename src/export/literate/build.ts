/**
 * The literate document of a treaty: its source text unit by unit (preamble parts, article
 * paragraphs, report paragraphs, closing, signatures), each with the provisions and non-operative
 * marks whose quotes stand in it. Markdown and HTML render this same structure.
 */
import {
  describeDuration,
  describeEntryIntoForce,
  describeProvisionalApplication,
  type NonOperative,
  type Provision,
  type SourceSpan,
  type TreatyCheck,
  type TreatyFile,
} from '../../model/index.js';
import { sourceView } from '../../text/index.js';

export interface LiterateUnit {
  label: string;
  /** The unit's raw text, spans joined (a footnote interruption shown as " … "). */
  text: string;
  spans: SourceSpan[];
  provisions: Provision[];
  nonOperative: NonOperative[];
  /** What the source lacks where this unit stands (a gap's marker or the words it follows lie in it). */
  gaps: string[];
  /** Quoted spans inside this unit, for highlighting: provision id or "non-operative". */
  marks: { by: string; spans: SourceSpan[] }[];
}

export interface LiterateSource {
  id: string;
  file: string;
  publisher: string;
  translation: boolean;
  units: LiterateUnit[];
  /** percent: of the text the source has; gaps: what it lacks (its listed gaps, incomplete provisions), in words. */
  coverage: { sentences: number; percent: number; gaps: string[] };
}

export interface LiterateDocument {
  treaty: TreatyFile;
  /** The lifecycle clause in words (provisional application only where the treaty provides for it). */
  lifecycle: { entryIntoForce: string; provisionalApplication?: string; duration: string };
  sources: LiterateSource[];
}

const overlaps = (a: readonly SourceSpan[], b: readonly SourceSpan[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/** "21 sentences, 100% covered or marked non-operative.", and where the source lacks text, what it lacks: never 100% as if complete. */
export function describeLiterateCoverage(c: LiterateSource['coverage']): string {
  if (!c.gaps.length) return `${c.sentences} sentences, ${c.percent}% covered or marked non-operative.`;
  const n = c.gaps.length;
  return `${c.sentences} sentences; of the text the source has, ${c.percent}% covered or marked non-operative; complete except for ${n} gap${n === 1 ? '' : 's'}: ${c.gaps.join('; ')}.`;
}

export function buildLiterate(treaty: TreatyFile, check: TreatyCheck): LiterateDocument {
  const sources: LiterateSource[] = treaty.sources.map((source) => {
    const doc = check.documents.get(source.id);
    const raw = check.sourceTexts.get(source.id) ?? '';
    const coverage = check.coverage.find((c) => c.source === source.id);
    const units = doc
      ? sourceView(doc).units.map((unit): LiterateUnit => {
          const provisions = treaty.provisions.filter(
            (p) => check.quoteSpans[p.id]?.source === source.id && overlaps(check.quoteSpans[p.id]!.spans, unit.spans),
          );
          const nonOperative = treaty.nonOperative.filter((_, i) => {
            const located = check.nonOperativeSpans.get(i);
            return located?.source === source.id && overlaps(located.spans, unit.spans);
          });
          const marks = [
            ...provisions.map((p) => ({ by: p.id, spans: check.quoteSpans[p.id]!.spans })),
            ...treaty.nonOperative.flatMap((_, i) => {
              const located = check.nonOperativeSpans.get(i);
              return located && located.source === source.id && overlaps(located.spans, unit.spans)
                ? [{ by: 'non-operative', spans: located.spans }]
                : [];
            }),
          ];
          const gaps = (coverage?.gaps ?? []).filter((g) => g.at && unit.spans.some((s) => s.start <= g.at!.start && g.at!.start <= s.end));
          return {
            label: unit.label,
            text: unit.spans.map((s) => raw.slice(s.start, s.end).replace(/\s+/g, ' ').trim()).join(' … '),
            spans: unit.spans,
            provisions,
            nonOperative,
            gaps: gaps.map((g) => g.what),
            marks,
          };
        })
      : [];
    return {
      id: source.id,
      file: source.file,
      publisher: source.publisher,
      translation: source.translation,
      units,
      coverage: {
        sentences: coverage?.totals.sentences ?? 0,
        percent: coverage?.totals.percent ?? 0,
        gaps: (coverage?.gaps ?? []).map((g) =>
          g.kind === 'provision' ? `${g.provisions?.[0] ?? 'a provision'} incomplete: ${g.what}` : g.what,
        ),
      },
    };
  });
  const eif = treaty.lifecycle.entryIntoForce;
  const pa = treaty.lifecycle.provisionalApplication;
  return {
    treaty,
    lifecycle: {
      entryIntoForce: `${describeEntryIntoForce(eif)}${eif.provision ? ` (provision ${eif.provision})` : eif.attestedBy ? ` (attested by ${eif.attestedBy.cite})` : ''}`,
      ...(pa
        ? {
            provisionalApplication: `${describeProvisionalApplication(pa)}${pa.provision ? ` (provision ${pa.provision})` : pa.attestedBy ? ` (attested by ${pa.attestedBy.cite})` : ''}`,
          }
        : {}),
      duration: describeDuration(treaty.lifecycle.duration),
    },
    sources,
  };
}
