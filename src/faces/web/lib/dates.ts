/**
 * Calendar dates on a chart axis. A date `YYYY-MM-DD` becomes the UTC midnight of that day, and the
 * charts format their axes in UTC (`useUTC`), so no date ever moves with the viewer's time zone.
 */
const DAY = 86_400_000;

export function chartTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  // setUTCFullYear, not Date.UTC: Date.UTC reads a year 0–99 as 1900–1999.
  const time = new Date(0);
  time.setUTCFullYear(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return time.getTime();
}

export function dateOfChartTime(time: number): string {
  const d = new Date(time);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(time: number, days: number): number {
  return time + days * DAY;
}

/** The span [min, max] of some dates, widened by a margin on each side (at least `minDays`). */
export function paddedRange(times: readonly number[], fraction: number, minDays: number): [number, number] {
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max((max - min) * fraction, minDays * DAY);
  return [min - pad, max + pad];
}
