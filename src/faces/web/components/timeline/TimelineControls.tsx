/** Zoom and pan of a timeline: buttons, and a range control that moves the window along the whole span. */
import { dateOfChartTime } from '../../lib/dates.js';
import { isWhole, moveView, panView, zoomView, type View } from '../../lib/gantt.js';

interface Props {
  view: View;
  range: View;
  onChange: (view: [number, number]) => void;
  /** The window shown first, to come back to. */
  initial: View;
  /** Names the chart the controls move, for screen readers. */
  chart: string;
}

/** The position control's steps along the span. */
const STEPS = 1000;

export function TimelineControls({ view, range, onChange, initial, chart }: Props) {
  const whole = isWhole(view, range);
  const free = range[1] - range[0] - (view[1] - view[0]);
  const position = free > 0 ? Math.round(((view[0] - range[0]) / free) * STEPS) : 0;
  const atStart = view[0] <= range[0];
  const atEnd = view[1] >= range[1];
  return (
    <div className="timeline-controls" role="group" aria-label={`Zoom and pan: ${chart}`}>
      <button
        type="button"
        onClick={() => onChange(zoomView(view, range, 0.5))}
        aria-label="Zoom in"
        title="Zoom in (or Ctrl + wheel over the chart)"
      >
        +
      </button>
      <button type="button" onClick={() => onChange(zoomView(view, range, 2))} disabled={whole} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={() => onChange(panView(view, range, -0.5))} disabled={atStart} aria-label="Earlier">
        ◀
      </button>
      <input
        type="range"
        min={0}
        max={STEPS}
        value={position}
        disabled={free <= 0}
        aria-label="Position of the window shown"
        aria-valuetext={`${dateOfChartTime(view[0])} to ${dateOfChartTime(view[1])}`}
        onChange={(e) => onChange(moveView(view, range, range[0] + (Number(e.target.value) / STEPS) * free))}
      />
      <button type="button" onClick={() => onChange(panView(view, range, 0.5))} disabled={atEnd} aria-label="Later">
        ▶
      </button>
      <button type="button" className="quiet" onClick={() => onChange([range[0], range[1]])} disabled={whole}>
        Whole span
      </button>
      {initial[0] !== range[0] || initial[1] !== range[1] ? (
        <button type="button" className="quiet" onClick={() => onChange([initial[0], initial[1]])}>
          First view
        </button>
      ) : null}
      <span className="timeline-window" aria-live="polite">
        {dateOfChartTime(view[0])} – {dateOfChartTime(view[1])}
      </span>
    </div>
  );
}
