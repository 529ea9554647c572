/**
 * CSV export: one row per treaty (or, with members, one per state bound), in a fixed column order, as
 * RFC 4180 says: comma-separated, CRLF line ends, a header row, fields quoted when they hold a comma,
 * a double quote or a line break (quotes doubled). UTF-8 without a byte-order mark.
 *
 * Dates are computed from the recorded history (entry into force, end); durations are whole months
 * (blank for an indefinite treaty, or a period that is not whole months). The five ATOP codes are
 * derived from the provisions by src/export/atop/mapping.ts: 1 (a complete provision earns it), 0, or
 * `unknown` when no complete provision earns it but the text is incomplete where such a clause could
 * stand (an incomplete provision that matches as far as its words go, or a gap of a source that
 * could hold one; src/export/atop/classify.ts). `atop_provisions` names the provisions behind each
 * code that is 1, and for each unknown code what leaves it open (`DEFENSE unknown: art3-x incomplete,
 * gap Article 4`).
 */
import { ATOP_CODES } from '../atop/mapping.js';
import { atopCodingOf, describeEvidence } from '../atop/classify.js';
import type { TreatyExportInput } from '../common/input.js';
import { lifecycleSummary, type MemberSummary } from '../common/lifecycle.js';

export const TREATY_COLUMNS = [
  'treaty_id',
  'short_title',
  'title',
  'parties',
  'signature_date',
  'signature_place',
  'entry_into_force',
  'end_date',
  'end_cause',
  'duration_type',
  'duration_months',
  'renewal_months',
  'notice_months',
  ...ATOP_CODES,
  'atop_provisions',
] as const;

/**
 * A member row is a state bound: a party, or the continuator bound in its place from a succession on
 * (RUS from 1991-12-25, `member_continuing` SUN), whose row follows the party's, which ends there.
 */
export const MEMBER_COLUMNS = ['member', 'member_name', 'member_from', 'member_to', 'member_continuing', 'member_continued_by'] as const;

type Row = Record<string, string | number | null>;

export interface CsvOptions {
  /** One row per party, with its own dates, instead of one per treaty. */
  members?: boolean;
}

export function exportCsv(inputs: readonly TreatyExportInput[], options: CsvOptions = {}): string {
  const columns: readonly string[] = options.members ? [TREATY_COLUMNS[0], ...MEMBER_COLUMNS, ...TREATY_COLUMNS.slice(1)] : TREATY_COLUMNS;
  const rows: Row[] = [];
  for (const input of inputs) {
    const row = treatyRow(input);
    if (!options.members) rows.push(row);
    else for (const m of lifecycleSummary(input).members) rows.push({ ...row, ...memberRow(m) });
  }
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? null))].map((fields) => fields.map(csvField).join(',') + '\r\n').join('');
}

function treatyRow(input: TreatyExportInput): Row {
  const { treaty } = input;
  const life = lifecycleSummary(input);
  const coding = atopCodingOf(input);
  const row: Row = {
    treaty_id: treaty.id,
    short_title: treaty.shortTitle,
    title: treaty.titles.en ?? Object.values(treaty.titles)[0] ?? '',
    parties: treaty.parties.join(';'),
    signature_date: life.signature.date,
    signature_place: life.signature.place,
    entry_into_force: life.entryIntoForce,
    end_date: life.end,
    end_cause: life.endCause,
    duration_type: life.durationType,
    duration_months: life.durationMonths,
    renewal_months: life.renewalMonths,
    notice_months: life.noticeMonths,
    atop_provisions: describeEvidence(coding),
  };
  for (const code of ATOP_CODES) row[code] = coding[code].value ?? 'unknown';
  return row;
}

function memberRow(m: MemberSummary): Row {
  return {
    member: m.party,
    member_name: m.name,
    member_from: m.from,
    member_to: m.to,
    member_continuing: m.continuing,
    member_continued_by: m.continuedBy ? `${m.continuedBy.state} from ${m.continuedBy.from}` : null,
  };
}

/** One field, quoted when RFC 4180 requires it; null is an empty field. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
