/** What the colours of a timeline chart mean. */
export interface LegendEntry {
  colour: string;
  label: string;
  /** Drawn as a light, dashed box (a window), a striped bar (hatched: provisional, unknown) or a diamond (an event). */
  shape?: 'bar' | 'window' | 'hatch' | 'marker';
}

export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend" aria-label="Chart legend">
      {entries.map((e) => (
        <li key={e.label}>
          <span className={`swatch swatch-${e.shape ?? 'bar'}`} style={{ ['--swatch' as string]: e.colour }} aria-hidden="true" />
          {e.label}
        </li>
      ))}
    </ul>
  );
}
