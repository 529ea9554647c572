/**
 * A timeline chart drawn in SVG by the app: rows with their names, bars (colour, stripes where the
 * colour alone would not tell them apart, a label where it fits), markers for event days, dashed
 * lines for shared dates, a date axis in UTC. It follows its box's width; buttons and a range
 * control zoom and pan. Each bar and marker is focusable and named in words; Enter or Space opens a
 * bar as a click does; a popover gives its details on hover or focus; a table gives the same facts.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { clampView, layoutTimeline, timeAt, wheelFactor, zoomView, type GanttSpec, type View } from '../../lib/gantt.js';
import { TimelineControls } from './TimelineControls.js';
import { TimelinePopover, type Active } from './TimelinePopover.js';
import { TimelineSvg } from './TimelineSvg.js';
import { TimelineTable } from './TimelineTable.js';

interface Props {
  spec: GanttSpec;
  /** What the chart shows, in words: its title for screen readers. */
  label: string;
  /** Opens a bar (its index in spec.bars): a click, or Enter/Space on the focused bar. */
  onBarClick?: (bar: number) => void;
  /** Which bars open something (the others are not buttons); all of them by default when onBarClick is given. */
  canOpen?: (bar: number) => boolean;
  testId?: string;
}

/** The width drawn before the box is measured (the first frame only). */
const FIRST_WIDTH = 960;

function initialView(spec: GanttSpec): [number, number] {
  return clampView(spec.window ?? spec.range, spec.range);
}

export function Timeline({ spec, label, onBarClick, canOpen, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FIRST_WIDTH);
  const initial = useMemo(() => initialView(spec), [spec]);
  // Another span (another run, another treaty) starts again from its own first window; the same
  // span drawn again (a new spec object for the same facts) keeps the window chosen.
  const span = `${spec.range.join()}/${initial.join()}/${spec.rows.length}`;
  const [shown, setShown] = useState<{ span: string; view: [number, number] }>({ span, view: initial });
  const view: View = shown.span === span ? shown.view : initial;
  const setView = (next: [number, number]) => setShown({ span, view: next });
  const [hover, setHover] = useState<{ span: string; active: Active | null }>({ span, active: null });
  const active = hover.span === span ? hover.active : null;
  const setActive = (next: Active | null) => setHover({ span, active: next });
  const [table, setTable] = useState(false);
  // React's ids hold characters (« », :) that a url(#…) reference would not match: kept to letters and digits.
  const ids = `timeline-${useId().replace(/[^A-Za-z0-9]/g, '')}`;

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    // The inner width (within the border), whole pixels.
    const measure = () => setWidth(Math.max(element.clientWidth, 280));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const layout = useMemo(() => layoutTimeline(spec, width, view), [spec, width, view]);

  // Ctrl (or ⌘) + wheel over the chart zooms around the pointer; a plain wheel scrolls the page.
  const zoomAt = useRef<(deltaY: number, x: number) => void>(() => undefined);
  useEffect(() => {
    zoomAt.current = (deltaY, x) => setShown({ span, view: zoomView(view, spec.range, wheelFactor(deltaY), timeAt(layout, view, x)) });
  });
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      zoomAt.current(e.deltaY, e.clientX - element.getBoundingClientRect().left);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);
  const opens = (bar: number) => onBarClick !== undefined && (canOpen ? canOpen(bar) : true);

  return (
    <figure className="timeline" data-testid={testId} aria-label={label}>
      <TimelineControls view={view} range={spec.range} initial={initial} onChange={setView} chart={label} />
      <div ref={box} className="timeline-box" onKeyDown={(e) => e.key === 'Escape' && setActive(null)}>
        <TimelineSvg
          spec={spec}
          layout={layout}
          ids={ids}
          title={label}
          opens={opens}
          onOpen={(bar) => onBarClick?.(bar)}
          onActive={setActive}
        />
        {active ? <TimelinePopover spec={spec} layout={layout} active={active} opens={opens} /> : null}
      </div>
      <button type="button" className="quiet timeline-table-toggle" aria-expanded={table} onClick={() => setTable(!table)}>
        {table ? 'Hide the table' : 'Show as a table'}
      </button>
      {table ? <TimelineTable spec={spec} caption={label} onOpen={onBarClick} canOpen={opens} /> : null}
    </figure>
  );
}
