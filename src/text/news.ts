/**
 * A news report as a web page captures it:
 *
 *     February 22, 2026Feb 22, 2026            the aggregator's capture date (not the report's)
 *     KCNA KCNA.kp (En)                        the aggregator's feed label        → removed
 *     <headline>                               the last header line before the story
 *     Date: 20/06/2024 | Source: … | …         the aggregator's note of date and source
 *     Pyongyang, June 20 (KCNA) -- <lead>      the wire dateline opens the lead paragraph
 *     <paragraphs> … -0-                       the story, to the wire's end mark
 *     www.kcna.kp (Juche113.6.20.)             the agency's source line, maybe with a Juche date
 *     More From …, headlines, teasers, dates   the site's navigation               → removed
 *
 * Rules, not positions: the dateline is found by its shape, the header lines by theirs, the end of the
 * story by the end mark (or, without one, by the first line of page furniture), and the navigation by
 * its headings and the repeated headline/teaser/date groups it is made of.
 */
import type { DocumentParagraph, IngestWarning, Metadata, MetadataLine, Piece, Removed } from '../model/index.js';
import { blocksOfFlow } from './blocks.js';
import { DATELINE } from './detect.js';
import type { FlowLine } from './layout.js';
import { datelineMetadata, readDateline } from './news-dateline.js';
import { parseHeader, reportDate } from './news-header.js';
import { readLead } from './news-lead.js';
import { asLine } from './news-lines.js';
import { readStory } from './news-story.js';
import { parseTrailer, readSourceLine } from './news-trailer.js';

export interface NewsParts {
  title: Piece | null;
  metadata: Metadata;
  metadataLines: MetadataLine[];
  paragraphs: DocumentParagraph[];
  removed: Removed[];
}

/** Parses a report whose flow has a dateline (detect.ts made sure of it). */
export function parseNews(raw: string, flow: readonly FlowLine[], warnings: IngestWarning[]): NewsParts {
  const datelineIndex = flow.findIndex(({ line }) => DATELINE.test(line.text));
  const header = parseHeader(
    raw,
    flow.slice(0, datelineIndex).map((f) => f.line),
  );
  const dateline = readDateline(raw, flow[datelineIndex]!.line);
  const story = readStory(raw, blocksOfFlow(flow.slice(datelineIndex)), dateline.leadFrom);
  const trailer = story.rest.flat().map((f) => f.line);
  const sourceLine = trailer[0] ? readSourceLine(raw, trailer[0]) : null;

  const metadata: Metadata = {};
  const date = reportDate(raw, header, dateline.month, dateline.day, warnings);
  if (date) metadata.date = date;
  if (story.endMark) metadata.endMark = { value: story.endMark.text, ...story.endMark };
  if (sourceLine) metadata.sourceLine = sourceLine;
  // The dateline's year comes from the report's date (or the source line's), never from the capture.
  const reference = metadata.date?.value ?? metadata.sourceLine?.date?.value ?? null;
  metadata.dateline = datelineMetadata(dateline, reference, warnings);
  if (dateline.agency) metadata.publisher = dateline.agency;
  if (header.feed) metadata.feed = header.feed;
  if (header.capturedOn) metadata.capturedOn = header.capturedOn;
  const lead = story.paragraphs[0];
  if (lead) readLead(raw, lead, metadata.dateline.date?.value ?? reference, metadata, warnings);

  const metadataLines: MetadataLine[] = [...header.lines, asLine('dateline', dateline.piece)];
  if (story.endMark) metadataLines.push(asLine('end-mark', story.endMark));
  if (sourceLine) metadataLines.push(asLine('source-line', sourceLine));
  return {
    title: header.title,
    metadata,
    metadataLines,
    paragraphs: story.paragraphs,
    removed: [...header.removed, ...parseTrailer(raw, sourceLine ? trailer.slice(1) : trailer)],
  };
}
