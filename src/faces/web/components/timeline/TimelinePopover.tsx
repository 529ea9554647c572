/** The details of the bar or marker hovered or focused, beside it: what it is, its days in words, the rest of its tooltip. */
import type { GanttSpec, TimelineLayout } from '../../lib/gantt.js';
import { popoverLines } from '../../lib/ganttWords.js';

export interface Active {
  kind: 'bar' | 'marker';
  index: number;
}

const WIDTH = 280;

export function TimelinePopover({
  spec,
  layout,
  active,
  opens,
}: {
  spec: GanttSpec;
  layout: TimelineLayout;
  active: Active;
  opens: (bar: number) => boolean;
}) {
  const said = popoverLines(spec, active.kind, active.index);
  const placed =
    active.kind === 'bar' ? layout.bars.find((b) => b.index === active.index) : layout.markers.find((m) => m.index === active.index);
  if (!said || !placed) return null;
  const anchor = 'width' in placed && typeof placed.width === 'number' ? placed.x + Math.min(placed.width / 2, 40) : placed.x;
  const left = Math.max(4, Math.min(anchor - 20, layout.width - WIDTH - 4));
  const below = placed.y + 30;
  // Below the item, or above it on the last rows.
  const style = below + 90 > layout.height ? { left, bottom: layout.height - placed.y + 8 } : { left, top: below };
  return (
    <div className="timeline-popover" style={{ ...style, maxWidth: WIDTH }} aria-hidden="true">
      <strong>{said.head}</strong>
      {said.lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
      {active.kind === 'bar' && opens(active.index) ? <em>Click, or press Enter, for the explanation.</em> : null}
    </div>
  );
}
