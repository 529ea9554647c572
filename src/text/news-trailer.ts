/** What follows the story on a captured news page: the agency's source line, then the site's navigation (removed). */
import type { Metadata, Removed } from '../model/index.js';
import { dateValue, pieceOf, textValue } from './build.js';
import { findDates, findJucheDates } from './dates.js';
import { DATELINE } from './detect.js';
import { mapLine, type Line } from './lines.js';
import { isDateOnly } from './news-lines.js';

const SOURCE_LINE = /^(?:https?:\/\/|www\.)[^\s()]{1,200}(?: ?\(([^()]{1,60})\))?$/;
const NAVIGATION =
  /^(?:More From\b|More Articles$|More News$|Related(?: Articles| News| Stories)?$|Read More$|Most Read$|Latest News$|Top Stories$|Back to top$|Share(?: this)?$)/i;

/** The site's navigation after the story: headings, and groups of headline, teasers and dates. */
export function parseTrailer(raw: string, lines: readonly Line[]): Removed[] {
  const removed: Removed[] = [];
  let group: Line[] = [];
  const close = (): void => {
    const piece = pieceOf(
      raw,
      group.map((line) => line.content),
    );
    if (piece) removed.push({ reason: 'related-article', text: piece.text, spans: piece.spans });
    group = [];
  };
  for (const line of lines) {
    if (line.blank) continue;
    const text = line.text;
    if (NAVIGATION.test(text)) {
      close();
      const piece = pieceOf(raw, [line.content]);
      if (piece) removed.push({ reason: 'site-navigation', text: piece.text, spans: piece.spans });
    } else if (group.length > 0 && (isDateOnly(text) || DATELINE.test(text) || (group.length === 1 && text === group[0]!.text))) {
      group.push(line);
    } else {
      close();
      group.push(line);
    }
  }
  close();
  return removed;
}

/** The first line after the story, when the story has no end mark: a source line, navigation, a date, a repeated headline. */
export function isTrailerStart(text: string, next: string | undefined): boolean {
  return SOURCE_LINE.test(text) || NAVIGATION.test(text) || isDateOnly(text) || text === next;
}

/** The agency's source line, "www.kcna.kp (Juche113.6.20.)", with its date (Juche or Gregorian). */
export function readSourceLine(raw: string, line: Line): NonNullable<Metadata['sourceLine']> | null {
  if (!SOURCE_LINE.test(line.text)) return null;
  const mapped = mapLine(raw, line);
  const piece = pieceOf(raw, line.segments)!;
  const url = textValue(raw, mapped, 0, mapped.text.search(/\s|\(|$/))!;
  const juche = findJucheDates(mapped.text)[0];
  const written = findDates(mapped.text)[0];
  const date = juche
    ? dateValue(raw, mapped, juche.index, juche.index + juche.length, juche.value, 'juche')
    : written
      ? dateValue(raw, mapped, written.index, written.index + written.length, written.value)
      : null;
  return date ? { url, date, text: piece.text, spans: piece.spans } : { url, text: piece.text, spans: piece.spans };
}
