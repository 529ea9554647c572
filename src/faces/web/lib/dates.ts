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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A tick on a time axis: where (a chart time, UTC midnight of a day) and what it says. */
export interface AxisTick {
  at: number;
  label: string;
}

/** The steps a time axis may take, finest first: days, months, years. */
const STEPS: readonly { unit: 'day' | 'month' | 'year'; size: number }[] = [
  { unit: 'day', size: 1 },
  { unit: 'day', size: 2 },
  { unit: 'day', size: 7 },
  { unit: 'day', size: 14 },
  { unit: 'month', size: 1 },
  { unit: 'month', size: 2 },
  { unit: 'month', size: 3 },
  { unit: 'month', size: 6 },
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].map((size) => ({ unit: 'year' as const, size })),
];

/** The average length of a step, to count how many fit in a span. */
function stepLength(step: (typeof STEPS)[number]): number {
  return step.size * (step.unit === 'day' ? DAY : step.unit === 'month' ? 30.44 * DAY : 365.25 * DAY);
}

function utcParts(time: number): { year: number; month: number; day: number } {
  const d = new Date(time);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

function timeOf(year: number, month: number, day: number): number {
  const time = new Date(0);
  time.setUTCFullYear(year, month, day);
  return time.getTime();
}

/** The room a tick's label needs, by its unit ("1986", "Sep 1986", "10 Sep 1986" in 11 px type, and a gap). */
const TICK_ROOM = { year: 60, month: 90, day: 105 } as const;

/**
 * The ticks of a time axis from `from` to `to` (chart times) drawn `width` pixels wide: whole years
 * ("1986"), months ("Sep 1986") or days ("10 Sep 1986"), the finest step whose labels have room,
 * each at the UTC midnight that starts its day (so no tick moves with the viewer's time zone).
 */
export function axisTicks(from: number, to: number, width: number): AxisTick[] {
  const span = Math.max(to - from, DAY);
  const step = STEPS.find((s) => span / stepLength(s) <= Math.max(2, Math.floor(width / TICK_ROOM[s.unit]))) ?? STEPS[STEPS.length - 1]!;
  const ticks: AxisTick[] = [];
  const start = utcParts(from);
  if (step.unit === 'year') {
    let year = Math.ceil(start.year / step.size) * step.size;
    for (let at = timeOf(year, 0, 1); at <= to; year += step.size, at = timeOf(year, 0, 1))
      if (at >= from) ticks.push({ at, label: String(year).padStart(4, '0') });
  } else if (step.unit === 'month') {
    let index = Math.ceil((start.year * 12 + start.month) / step.size) * step.size;
    for (
      let at = timeOf(Math.floor(index / 12), index % 12, 1);
      at <= to;
      index += step.size, at = timeOf(Math.floor(index / 12), index % 12, 1)
    )
      if (at >= from) ticks.push({ at, label: `${MONTHS[index % 12]} ${String(Math.floor(index / 12)).padStart(4, '0')}` });
  } else {
    // Days counted from 1970-01-01, so that a step of 7 or 14 days falls on the same weekdays whatever the window.
    let n = Math.ceil(from / DAY / step.size) * step.size;
    for (let at = n * DAY; at <= to; n += step.size, at = n * DAY) {
      const { year, month, day } = utcParts(at);
      ticks.push({ at, label: `${day} ${MONTHS[month]} ${String(year).padStart(4, '0')}` });
    }
  }
  return ticks;
}
