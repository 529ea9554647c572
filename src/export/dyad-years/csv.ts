/**
 * The network and the dyad-year rows as CSV (RFC 4180, as src/export/csv: CRLF line ends, a header,
 * fields quoted where they must be). A code's value is 1, 0, or empty for unknown; lists are joined
 * with ";".
 */
import type { DyadYearsResult, NetworkResult } from '../../model/index.js';
import { csvField } from '../csv/index.js';

export const DYAD_YEAR_COLUMNS = [
  'stateA',
  'stateB',
  'year',
  'treaty',
  'atopid',
  'defense',
  'offense',
  'neutral',
  'nonagg',
  'consul',
  'start',
  'end',
  'provisions',
] as const;

export const EDGE_COLUMNS = ['from', 'to', 'treaty', 'codes', 'unknown', 'since', 'until'] as const;

const lines = (rows: readonly (readonly (string | number | null)[])[]): string =>
  rows.map((fields) => fields.map(csvField).join(',') + '\r\n').join('');

export function dyadYearsCsv(result: DyadYearsResult): string {
  return lines([
    DYAD_YEAR_COLUMNS,
    ...result.rows.map((r) => DYAD_YEAR_COLUMNS.map((c) => (c === 'provisions' ? r.provisions.join(';') : r[c]))),
  ]);
}

/** The directed edge list: `codes` those that are 1, `unknown` those that are unknown, `until` empty when open. */
export function networkEdgesCsv(result: NetworkResult): string {
  return lines([
    EDGE_COLUMNS,
    ...result.edges.map((e) => [
      e.from,
      e.to,
      e.treaty,
      e.codes.flatMap((c) => (c.value === 1 ? [c.code] : [])).join(';'),
      e.codes.flatMap((c) => (c.value === null ? [c.code] : [])).join(';'),
      e.since,
      e.until,
    ]),
  ]);
}
