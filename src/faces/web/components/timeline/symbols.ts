/** The shapes of a timeline's markers as SVG paths centred on (x, y). */
import type { GanttMarker } from '../../lib/gantt.js';

export function markerPath(symbol: GanttMarker['symbol'], x: number, y: number, r = 6): string {
  switch (symbol) {
    case 'diamond':
      return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
    case 'triangle':
      return `M${x} ${y - r}L${x + r} ${y + r * 0.8}L${x - r} ${y + r * 0.8}Z`;
    case 'rect':
      return `M${x - r * 0.8} ${y - r * 0.8}h${r * 1.6}v${r * 1.6}h${-r * 1.6}Z`;
    case 'pin':
      return `M${x} ${y + r}L${x - r * 0.7} ${y - r * 0.2}A${r * 0.7} ${r * 0.7} 0 1 1 ${x + r * 0.7} ${y - r * 0.2}Z`;
    case 'circle':
      return `M${x - r} ${y}A${r} ${r} 0 1 0 ${x + r} ${y}A${r} ${r} 0 1 0 ${x - r} ${y}Z`;
  }
}
