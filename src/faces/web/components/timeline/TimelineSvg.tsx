/** The SVG of a timeline, from its layout: rows, grid, shared lines, bars, markers, axis. */
import type { KeyboardEvent } from 'react';
import { BAR_HEIGHT, type GanttSpec, type TimelineLayout } from '../../lib/gantt.js';
import { barInWords, markerInWords } from '../../lib/ganttWords.js';
import { markerPath } from './symbols.js';
import type { Active } from './TimelinePopover.js';

interface Props {
  spec: GanttSpec;
  layout: TimelineLayout;
  /** A prefix for the ids inside (several charts on a page). */
  ids: string;
  title: string;
  opens: (bar: number) => boolean;
  onOpen: (bar: number) => void;
  onActive: (active: Active | null) => void;
}

export function TimelineSvg({ spec, layout, ids, title, opens, onOpen, onActive }: Props) {
  const { plot } = layout;
  const hatch = `${ids}-hatch`;
  const clip = `${ids}-clip`;
  const bottom = plot.top + plot.height;
  const fontSize = spec.compact ? 11 : 12;
  const key = (bar: number) => (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && opens(bar)) {
      e.preventDefault();
      onOpen(bar);
    }
  };
  const hover = (active: Active) => ({
    onMouseEnter: () => onActive(active),
    onMouseLeave: () => onActive(null),
    onFocus: () => onActive(active),
    onBlur: () => onActive(null),
  });
  return (
    <svg
      className="timeline-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-desc`}
    >
      <title id={`${ids}-title`}>{title}</title>
      <desc id={`${ids}-desc`}>
        {`${spec.bars.length} bars and ${spec.markers.length} markers in ${spec.rows.length} rows. Each can be focused with the Tab key; "Show as a table" lists them all.`}
      </desc>
      <defs>
        <pattern id={hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="1.6" strokeOpacity="0.75" />
        </pattern>
        <clipPath id={clip}>
          <rect x={plot.left} y={0} width={plot.width} height={layout.height} />
        </clipPath>
      </defs>
      {layout.rows.map((row) => (
        <g key={row.index} className="tl-row">
          <rect x={0} y={row.y - 17} width={layout.width} height={34} fill={row.index % 2 ? '#f7f8fa' : '#ffffff'} />
          <text x={8} y={row.y} fontSize={fontSize} fill="#1d2733" dominantBaseline="central">
            {row.name !== row.lines.join('\n') ? <title>{row.name.replace(/\n/g, ' ')}</title> : null}
            {row.lines.map((line, i) => (
              <tspan key={i} x={8} dy={i === 0 ? `${-(row.lines.length - 1) * 0.55}em` : '1.1em'}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {layout.ticks.map((tick) => (
        <g key={tick.at} className="tl-tick">
          <line x1={tick.x} x2={tick.x} y1={plot.top} y2={bottom + 4} stroke="#e1e5ea" />
          <text x={tick.x} y={bottom + 18} fontSize={11} fill="#3d4752" textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.left + plot.width} y1={bottom} y2={bottom} stroke="#9aa3ad" />
      <g clipPath={`url(#${clip})`}>
        {layout.lines.map((line, i) => (
          <g key={i} className="tl-line">
            {line.title ? <title>{line.title}</title> : null}
            <line x1={line.x} x2={line.x} y1={plot.top - 4} y2={bottom} stroke="#56606b" strokeDasharray="4 3" />
            {line.label ? (
              <text x={line.x + 3} y={plot.top - 8} fontSize={11} fill="#3d4752">
                {line.label}
              </text>
            ) : null}
          </g>
        ))}
        {layout.bars.map((placed) => {
          const bar = spec.bars[placed.index]!;
          const button = opens(placed.index);
          return (
            <g
              key={placed.index}
              className={`tl-bar${button ? ' tl-opens' : ''}`}
              data-bar={placed.index}
              tabIndex={0}
              role={button ? 'button' : 'img'}
              aria-label={barInWords(spec, placed.index)}
              onClick={button ? () => onOpen(placed.index) : undefined}
              onKeyDown={key(placed.index)}
              {...hover({ kind: 'bar', index: placed.index })}
            >
              <rect
                className="tl-shape"
                x={placed.x}
                y={placed.y}
                width={placed.width}
                height={placed.height}
                rx={2}
                fill={bar.colour}
                fillOpacity={bar.light ? 0.35 : 1}
                stroke={bar.light ? bar.colour : 'none'}
                strokeDasharray={bar.light ? '4 3' : undefined}
              />
              {bar.hatch ? (
                <rect x={placed.x} y={placed.y} width={placed.width} height={placed.height} rx={2} fill={`url(#${hatch})`} />
              ) : null}
              {placed.text ? (
                <>
                  {bar.hatch ? (
                    <rect
                      x={placed.x + 3}
                      y={placed.y + 3}
                      width={placed.text.length * 6.6 + 6}
                      height={BAR_HEIGHT - 6}
                      rx={2}
                      fill={bar.colour}
                    />
                  ) : null}
                  <text
                    x={placed.x + 6}
                    y={placed.y + placed.height / 2}
                    fontSize={12}
                    dominantBaseline="central"
                    fill={bar.ink ?? (bar.light ? '#3b2a00' : '#ffffff')}
                    pointerEvents="none"
                  >
                    {placed.text}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
        {layout.markers.map((placed) => {
          const marker = spec.markers[placed.index]!;
          return (
            <g
              key={placed.index}
              className="tl-marker"
              data-marker={placed.index}
              tabIndex={0}
              role="img"
              aria-label={markerInWords(spec, placed.index)}
              {...hover({ kind: 'marker', index: placed.index })}
            >
              <path className="tl-shape" d={markerPath(marker.symbol, placed.x, placed.y)} fill={marker.colour} stroke="#ffffff" />
              {marker.label && !spec.compact ? (
                <text x={placed.x + 9} y={placed.y} fontSize={11} fill="#1d2733" dominantBaseline="central" pointerEvents="none">
                  {marker.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
