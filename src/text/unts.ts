/**
 * The front matter of a UN Treaty Series record, before the treaty's text:
 *
 *     No. 6045                                       registration number
 *     UNION OF … and DEMOCRATIC …                    parties (a connector alone on its line)
 *     Treaty of … . Signed at Moscow, on 6 July 1961 title and signature, per language
 *     Official texts: Russian and Korean.            official languages
 *     Registered by … on 23 January 1962.            registration
 *     [TRANSLATION — TRADUCTION]                     the text that follows is a translation
 *     No. 6045. TREATY OF …¹ BETWEEN … SIGNED AT …   the heading of the text itself
 *
 * The record repeats the title block in English and French; metadata values come from the English
 * block (or the first one when there is no English block), and every language's title is kept.
 */
import type { IngestWarning, Metadata, MetadataLine, Piece } from '../model/index.js';
import { mapPiece, pieceIn, pieceOf, segmentsOfLines, textValue } from './build.js';
import { firstArticleStart } from './articles.js';
import { blocksOfFlow } from './blocks.js';
import { REGISTRATION_HEADING, REGISTRATION_NUMBER } from './detect.js';
import { guessLanguage } from './language.js';
import type { FlowLine } from './layout.js';
import type { Line } from './lines.js';
import { parseHeading } from './unts-heading.js';
import {
  CONNECTOR,
  OFFICIAL_TEXTS,
  ORIGINAL_NOTICE,
  REGISTERED,
  TRANSLATION_NOTICE,
  officialLanguagesOf,
  registrationOf,
  signatureOf,
  translationOf,
} from './unts-values.js';

export interface UntsFront {
  metadata: Metadata;
  metadataLines: MetadataLine[];
  title: Piece | null;
  /** Index in the flow where the treaty's text (its preamble) begins. */
  bodyStart: number;
  /** Whether the record's own heading was found (otherwise the text's first lines give the title). */
  hasHeading: boolean;
}

const SIGNED_CLAUSE =
  /(?:^|\.\s)((?:Signed|Signé|Signée|Firmado|Done|Fait|Concluded|Conclu|Opened for signature|Ouvert à la signature)(?!\p{L}))/u;

type Role = MetadataLine['role'];

interface Classified {
  role: Role;
  language: string;
  piece: Piece;
  /** Parties blocks: one piece per party name. */
  names?: Piece[];
}

function lineOfRole(entry: Classified): MetadataLine {
  return entry.language === 'und'
    ? { role: entry.role, text: entry.piece.text, spans: entry.piece.spans }
    : { role: entry.role, language: entry.language, text: entry.piece.text, spans: entry.piece.spans };
}

function partyNames(raw: string, lines: readonly Line[]): Piece[] | null {
  const inner = lines.slice(1, -1);
  if (lines.length < 3 || !inner.some((line) => CONNECTOR.test(line.text))) return null;
  const names: Piece[] = [];
  let group: Line[] = [];
  for (const line of [...lines, null]) {
    if (line === null || CONNECTOR.test(line.text)) {
      const piece = pieceOf(raw, segmentsOfLines(group));
      if (piece) names.push(piece);
      group = [];
    } else group.push(line);
  }
  return names.length >= 2 ? names : null;
}

/** Classifies the front blocks; a title block with its "Signed at" line gives two entries. */
function classify(raw: string, block: readonly FlowLine[]): Classified[] {
  const lines = block.map((f) => f.line);
  const piece = pieceOf(raw, segmentsOfLines(lines));
  if (!piece) return [];
  const language = guessLanguage(piece.text);
  const single = (role: Role): Classified[] => [{ role, language, piece }];
  if (REGISTRATION_NUMBER.test(piece.text)) return single('registration-number');
  if (TRANSLATION_NOTICE.test(piece.text) || ORIGINAL_NOTICE.test(piece.text)) return single('translation-notice');
  if (OFFICIAL_TEXTS.test(piece.text)) return single('official-languages');
  if (REGISTERED.test(piece.text)) return single('registration');
  const names = partyNames(raw, lines);
  if (names) return [{ role: 'parties', language, piece, names }];
  // "Treaty of … . Signed at Moscow, on 6 July 1961": the clause may open a line or follow the title's stop.
  const mapped = mapPiece(raw, piece);
  const signedAt = SIGNED_CLAUSE.exec(mapped.text);
  if (signedAt) {
    const clauseStart = signedAt.index + signedAt[0].length - signedAt[1]!.length;
    const title = pieceIn(raw, mapped, 0, clauseStart);
    const signed = pieceIn(raw, mapped, clauseStart, mapped.text.length)!;
    return [
      ...(title ? [{ role: 'title' as const, language: guessLanguage(title.text), piece: title }] : []),
      { role: 'signed', language: guessLanguage(signed.text), piece: signed },
    ];
  }
  return single('other');
}

function preferred(entries: readonly Classified[], role: Role): Classified | undefined {
  const ofRole = entries.filter((entry) => entry.role === role);
  return ofRole.find((entry) => entry.language === 'en') ?? ofRole[0];
}

export function parseUntsFront(raw: string, flow: readonly FlowLine[], warnings: IngestWarning[]): UntsFront {
  const headingIndex = flow.findIndex(({ line }) => REGISTRATION_HEADING.test(line.text));
  // Without the record's heading, the front matter is what comes before the first article, up to
  // its last recognisable note; what follows is the treaty's own text (title, preamble).
  const firstArticle = firstArticleStart(flow);
  const frontEnd = headingIndex >= 0 ? headingIndex : firstArticle >= 0 ? firstArticle : flow.length;
  const classified = blocksOfFlow(flow.slice(0, frontEnd)).map((block) => ({ block, entries: classify(raw, block) }));
  const recognised = (entries: readonly Classified[]): boolean => entries.some((entry) => entry.role !== 'other');
  let kept = classified.length;
  if (headingIndex < 0) while (kept > 0 && !recognised(classified[kept - 1]!.entries)) kept--;
  const entries = classified.slice(0, kept).flatMap((c) => c.entries);
  const consumed = classified.slice(0, kept).reduce((count, c) => count + c.block.length, 0);
  for (const entry of entries) {
    if (entry.role === 'other') {
      warnings.push({
        code: 'unrecognised-front-matter',
        message: `unrecognised line in the record's front matter: "${entry.piece.text.slice(0, 60)}"`,
        spans: entry.piece.spans,
      });
    }
  }
  const metadata: Metadata = {};
  const metadataLines: MetadataLine[] = [];
  // Front lines in document order, the heading's parts after them.
  for (const entry of entries) metadataLines.push(lineOfRole(entry));

  const numberEntry = preferred(entries, 'registration-number');
  if (numberEntry) {
    const mapped = mapPiece(raw, numberEntry.piece);
    const digits = /\d+/.exec(mapped.text)!;
    const number = textValue(raw, mapped, digits.index, digits.index + digits[0].length);
    if (number) metadata.registrationNumber = number;
  }
  const partiesEntry = preferred(entries, 'parties');
  if (partiesEntry?.names) metadata.parties = partiesEntry.names.map((name) => ({ value: name.text, text: name.text, spans: name.spans }));
  const parties = metadata.parties ?? [];
  const titles = entries.filter((entry) => entry.role === 'title');
  if (titles.length > 0) {
    metadata.titles = titles.map((entry) => {
      const mapped = mapPiece(raw, entry.piece);
      const end = mapped.text.endsWith('.') ? mapped.text.length - 1 : mapped.text.length;
      const value = textValue(raw, mapped, 0, end) ?? { value: entry.piece.text, text: entry.piece.text, spans: entry.piece.spans };
      return { ...value, language: entry.language };
    });
  }
  const signedEntry = preferred(entries, 'signed');
  const official = preferred(entries, 'official-languages');
  const registered = preferred(entries, 'registration');
  const notice = preferred(entries, 'translation-notice');

  let title: Piece | null = null;
  let bodyStart = consumed;
  let signedInHeading: Piece | null = null;
  if (headingIndex >= 0) {
    const headingBlock = blocksOfFlow(flow.slice(headingIndex))[0]!;
    const heading = parseHeading(raw, headingBlock);
    for (const line of heading.lines) metadataLines.push(line);
    title = heading.title;
    signedInHeading = heading.signed;
    if (!metadata.registrationNumber && heading.number) metadata.registrationNumber = heading.number;
    else if (metadata.registrationNumber && heading.number && heading.number.value !== metadata.registrationNumber.value) {
      warnings.push({
        code: 'registration-number-mismatch',
        message: `the record's heading says No. ${heading.number.value}, its front matter No. ${metadata.registrationNumber.value}`,
        spans: heading.number.spans,
      });
    }
    bodyStart = headingIndex + headingBlock.length;
  }
  const signature = signedEntry ? signatureOf(raw, signedEntry.piece) : signedInHeading ? signatureOf(raw, signedInHeading) : undefined;
  if (signature) metadata.signature = signature;
  if (official) metadata.officialLanguages = officialLanguagesOf(raw, official.piece);
  if (registered) metadata.registration = registrationOf(raw, registered.piece, parties);
  if (notice) metadata.translation = translationOf(notice.piece);
  return { metadata, metadataLines, title, bodyStart, hasHeading: headingIndex >= 0 };
}
