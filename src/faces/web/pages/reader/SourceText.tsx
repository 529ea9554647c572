/**
 * A source document as published, unit by unit, with each provision's quote highlighted (select one
 * with a click, or Tab and Enter) and the non-operative passages greyed with their reason.
 */
import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import type { Provision, TreatySourceText } from '../../api/types.js';
import { segmentsOf, type Highlights, type Segment } from './marks.js';
import { FoundText, type FoundSpan } from './found.js';
import { documentUnits, languageName, type Inline, type TextUnit } from './units.js';
import { articleLabel } from '../../lib/articles.js';

export interface NonOperativePassage {
  reason: string;
  part: string;
}

interface Props {
  source: TreatySourceText;
  highlights: Highlights;
  provisions: ReadonlyMap<string, Provision>;
  passages: ReadonlyMap<number, NonOperativePassage>;
  selected: string | null;
  onSelect: (id: string) => void;
  /** Characters found by search, marked where they stand (raw offsets). */
  found?: FoundSpan | null;
}

export function provisionLabel(p: Pick<Provision, 'article' | 'paragraph'>): string {
  return articleLabel(p.article, p.paragraph);
}

export function SourceText(props: Props) {
  const { source } = props;
  const units = useMemo(() => documentUnits(source.document, source.text.length), [source]);
  // The first piece of each quote takes the Tab stop; the rest of the quote is clickable too.
  const tabStops = useMemo(
    () => new Map([...props.highlights.quotes].map(([id, spans]) => [id, Math.min(...spans.map((s) => s.start))])),
    [props.highlights],
  );
  const removed = source.document?.removed ?? [];
  const expressions = source.document?.otherExpressions ?? [];
  const main = units.filter((u) => u.expression === undefined);
  return (
    <div className="source-text" lang={source.language}>
      {main.map((unit) => (
        <UnitView key={unit.pointer || 'all'} unit={unit} tabStops={tabStops} {...props} />
      ))}
      {expressions.map((e, k) => (
        // The same treaty in another language, printed in the source after the text: apart, under its own heading.
        <section
          key={k}
          className="other-expression"
          lang={e.language === 'und' ? undefined : e.language}
          aria-labelledby={`expr-${source.id}-${k}`}
        >
          {/* In the units' grid, so the heading lines up with the text (and stands above it on a narrow screen). */}
          <div className="unit unit-expression-heading">
            <span className="unit-label" aria-hidden />
            <div className="unit-body">
              <h3 id={`expr-${source.id}-${k}`} className="expression-heading" lang="en">
                Also in the source: {languageName(e.language)}, {e.articles.length} article{e.articles.length === 1 ? '' : 's'}
              </h3>
            </div>
          </div>
          {units
            .filter((u) => u.expression === k)
            .map((unit) => (
              <UnitView key={unit.pointer} unit={unit} tabStops={tabStops} {...props} />
            ))}
        </section>
      ))}
      {removed.length ? (
        <details className="removed">
          <summary>
            Left out as clutter by ingestion ({removed.length}): {[...new Set(removed.map((r) => r.reason.replace(/-/g, ' ')))].join(', ')}
          </summary>
          <ul>
            {removed.map((r, i) => (
              <li key={i}>
                <span className="badge">{r.reason.replace(/-/g, ' ')}</span> {r.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

type UnitProps = Props & { unit: TextUnit; tabStops: ReadonlyMap<string, number> };

function UnitView(props: UnitProps) {
  const { unit, passages, highlights } = props;
  const reasons = [...highlights.nonOperative]
    .filter(([, spans]) => spans.some((s) => unit.spans.some((u) => s.start < u.end && s.end > u.start)))
    .map(([i]) => passages.get(i))
    .filter((p): p is NonOperativePassage => p !== undefined);
  const content = <UnitContent {...props} />;
  const division = divisionOf(props.source, unit);
  const body =
    unit.kind === 'division-label' ? (
      <h3 className="division-label">{content}</h3>
    ) : unit.kind === 'article-label' ? (
      <h3 className="article-label">{content}</h3>
    ) : unit.kind === 'footnote' ? (
      <aside
        className="footnote"
        id={footnoteId(props.source.id, unit.footnote?.marker)}
        aria-label={`Footnote ${unit.footnote?.marker ?? ''}`}
      >
        <span className="fn-tag">footnote {unit.footnote?.marker}</span> {content}
      </aside>
    ) : (
      <p className={`unit-text kind-${unit.kind}`}>{content}</p>
    );
  return (
    <div
      className={`unit unit-${unit.kind}${division && unit.kind === 'division-label' ? ` division-${division.kind}` : ''}${reasons.length ? ' has-non-operative' : ''}`}
      data-pointer={unit.pointer}
      data-depth={unit.depth || undefined}
    >
      <span className="unit-label" aria-hidden={unit.label ? undefined : true}>
        {unit.label}
      </span>
      {/* Indented by how deep the unit stands in the parts, chapters…; the margin label stays in the margin. */}
      <div className="unit-body" style={unit.depth ? { paddingLeft: `${unit.depth * 1.25}rem` } : undefined}>
        {body}
        {reasons.length ? (
          <p className="non-operative-reason">
            <span className="badge">not operative</span> {[...new Set(reasons.map((r) => r.reason))].join(' ')}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The division a unit belongs to, in the main text or in its other expression. */
function divisionOf(source: TreatySourceText, unit: TextUnit) {
  const doc = source.document;
  if (!doc || unit.division === undefined) return undefined;
  const part = unit.expression === undefined ? doc : doc.otherExpressions[unit.expression];
  return part?.divisions[unit.division];
}

function footnoteId(source: string, marker: string | undefined): string {
  return `fn-${source}-${marker ?? ''}`;
}

/** The unit's spans in order, with what stands between them (a footnote, a marker, a space). */
function UnitContent(props: UnitProps) {
  const { unit, source } = props;
  const out: ReactNode[] = [];
  // What stands in the raw text between two spans (or after the last), in its order: footnote
  // markers, interrupting footnotes, and a space wherever the text had one.
  const gap = (from: number, to: number) => {
    let cursor = from;
    for (const inline of unit.inlines) {
      if (inline.at < from || inline.at >= to) continue;
      if (/\s/.test(source.text.slice(cursor, inline.at))) out.push(' ');
      out.push(<InlineView key={`i${inline.kind}${inline.at}`} inline={inline} source={source.id} />);
      cursor = inline.end;
    }
    if (to !== Infinity && /\s/.test(source.text.slice(cursor, to))) out.push(' ');
  };
  unit.spans.forEach((span, i) => {
    if (i > 0) gap(unit.spans[i - 1]!.end, span.start);
    for (const segment of segmentsOf(span, props.highlights))
      out.push(<SegmentView key={`s${segment.start}`} segment={segment} {...props} />);
  });
  gap(unit.spans[unit.spans.length - 1]?.end ?? 0, Infinity);
  return <>{out}</>;
}

function InlineView({ inline, source }: { inline: Inline; source: string }) {
  const { footnote } = inline;
  if (inline.kind === 'anchor') {
    return (
      <sup className="fn-ref">
        <a href={`#${footnoteId(source, footnote.marker)}`} aria-label={`footnote ${footnote.marker}`}>
          {footnote.marker}
        </a>
      </sup>
    );
  }
  return (
    <span
      className="inline-footnote"
      role="note"
      id={footnoteId(source, footnote.marker)}
      aria-label={`Footnote ${footnote.marker}, standing at a page break`}
    >
      <span className="fn-tag">footnote {footnote.marker} · stands here, at a page break</span> {footnote.text}
    </span>
  );
}

function SegmentView({ segment, source, provisions, passages, selected, onSelect, tabStops, found }: UnitProps & { segment: Segment }) {
  const text = <FoundText text={source.text.slice(segment.start, segment.end)} start={segment.start} found={found} />;
  const passage = segment.nonOperative !== null ? passages.get(segment.nonOperative) : undefined;
  const inner = passage ? (
    <span className="non-operative" title={`Not operative (${passage.part}): ${passage.reason}`}>
      {text}
    </span>
  ) : (
    text
  );
  const id = segment.provision;
  if (!id) return <>{inner}</>;
  const provision = provisions.get(id);
  const select = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(id);
  };
  return (
    <mark
      className={`quote q-${provision?.kind ?? 'unknown'}${selected === id ? ' selected' : ''}`}
      data-provision={id}
      role="button"
      tabIndex={tabStops.get(id) === segment.start ? 0 : -1}
      aria-pressed={selected === id}
      title={`${provision ? provisionLabel(provision) : ''} · ${id}: select to see its rule`}
      onClick={() => onSelect(id)}
      onKeyDown={select}
    >
      {inner}
    </mark>
  );
}
