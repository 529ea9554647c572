/**
 * The outline of a structured document: the few values a reader checks by eye (title, parties,
 * preamble parts, divisions, one line per article, closing, signatures, footnotes, other language
 * expressions, warning codes), written by hand in test/fixtures/text/corpus/*.expected.yaml and
 * compared whole. Spans are left out on purpose: the corpus pins structure, the goldens pin offsets.
 */
import type { StructuredDocument } from '../../src/model/document.js';
import { ingest } from '../../src/text/index.js';

export interface Outline {
  title: string | null;
  language: string | null;
  parties: { name: string; code: string | null }[];
  preamble: {
    parties: string | null;
    recitals: string[];
    plenipotentiaries: { party: string | null; name: string | null }[];
    agreement: string | null;
  } | null;
  divisions: { kind: string; number: string | null; heading: string | null; parent: number | null }[];
  articles: string[];
  closing: { place: string | null; date: string | null; blankDate: boolean } | null;
  signatures: (string | null)[];
  footnotes: string[];
  otherExpressions: { language: string; title: string | null; articles: string[]; closingDate: string | null }[];
  warnings: string[];
}

/** The first word of a recital, without the punctuation around it: "Desiring to …" → "Desiring". */
export function firstWord(text: string): string {
  const word = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/u.exec(text);
  return word ? word[0] : text;
}

/**
 * One line per article: number as printed, sort key, heading, division index, paragraph count and
 * the paragraphs' own numbers ('-' for an unnumbered paragraph, so "[-,a,b]" reads as a lead-in and
 * two lettered items).
 */
export function articleLine(article: StructuredDocument['articles'][number]): string {
  const numbers = article.paragraphs.map((p) => p.number ?? '-').join(',');
  return `${article.number} | ${article.sortKey} | ${article.heading?.text ?? '-'} | div ${article.division ?? '-'} | ${article.paragraphs.length} ¶ [${numbers}]`;
}

export function outline(doc: StructuredDocument): Outline {
  const preamble = doc.preamble;
  return {
    title: doc.title?.text ?? null,
    language: doc.language,
    parties: (doc.metadata.parties ?? []).map((party) => ({ name: party.value, code: party.code ?? null })),
    preamble: preamble
      ? {
          parties: preamble.parties?.text ?? null,
          recitals: preamble.recitals.map((recital) => firstWord(recital.text)),
          plenipotentiaries: preamble.plenipotentiaries.map((p) => ({ party: p.party?.value ?? null, name: p.name?.value ?? null })),
          agreement: preamble.agreement?.text ?? null,
        }
      : null,
    divisions: doc.divisions.map((d) => ({ kind: d.kind, number: d.number, heading: d.heading?.text ?? null, parent: d.parent })),
    articles: doc.articles.map(articleLine),
    closing: doc.closing
      ? { place: doc.closing.place?.value ?? null, date: doc.closing.date?.value ?? null, blankDate: !!doc.closing.dateLeftBlank }
      : null,
    signatures: doc.signatures.map((s) => s.party?.value ?? s.name?.text ?? null),
    footnotes: doc.footnotes.map((f) => f.marker),
    otherExpressions: doc.otherExpressions.map((e) => ({
      language: e.language,
      title: e.title?.text ?? null,
      articles: e.articles.map((a) => a.number),
      closingDate: e.closing?.date?.value ?? null,
    })),
    warnings: [...new Set(doc.warnings.map((w) => w.code))].sort(),
  };
}

/** A state the ingester may recognise as a party: its code and every name it goes by. */
export interface StateNames {
  code: string;
  names: string[];
}

/**
 * The states the corpus tests hand to ingest: those of corpus/states.yaml (name and aliases), plus
 * Australia and New Zealand (ANZUS) and the other original parties of the North Atlantic Treaty
 * (with the French names of two of them, for the French fixture).
 * A party gets a code when its name, as the ingester keeps it ("JAPAN", "Kingdom of Norway", "the"
 * and "Government of" left out), is one of these names, compared without regard to case.
 */
export const TEST_STATES: StateNames[] = [
  { code: 'SUN', names: ['Union of Soviet Socialist Republics', 'USSR', 'Soviet Union'] },
  { code: 'RUS', names: ['Russian Federation', 'Russia'] },
  { code: 'PRK', names: ["Democratic People's Republic of Korea", 'DPRK', 'North Korea'] },
  { code: 'KOR', names: ['Republic of Korea', 'ROK', 'South Korea'] },
  { code: 'USA', names: ['United States of America', 'United States', 'US'] },
  { code: 'JPN', names: ['Japan'] },
  { code: 'CHN', names: ["People's Republic of China", 'China'] },
  { code: 'UKR', names: ['Ukraine'] },
  { code: 'GBR', names: ['United Kingdom of Great Britain and Northern Ireland', 'United Kingdom', 'UK'] },
  { code: 'AUS', names: ['Australia', 'Commonwealth of Australia'] },
  { code: 'NZL', names: ['New Zealand'] },
  { code: 'BEL', names: ['Belgium', 'Kingdom of Belgium', 'Royaume de Belgique'] },
  { code: 'CAN', names: ['Canada'] },
  { code: 'DNK', names: ['Denmark', 'Kingdom of Denmark'] },
  { code: 'FRA', names: ['France', 'French Republic', 'République française'] },
  { code: 'ISL', names: ['Iceland', 'Republic of Iceland'] },
  { code: 'ITA', names: ['Italy', 'Italian Republic'] },
  { code: 'LUX', names: ['Luxembourg', 'Grand Duchy of Luxembourg'] },
  { code: 'NLD', names: ['Netherlands', 'Kingdom of the Netherlands'] },
  { code: 'NOR', names: ['Norway', 'Kingdom of Norway'] },
  { code: 'PRT', names: ['Portugal', 'Portuguese Republic'] },
];

/** ingest with a states table; the option is new in issue 16 (an ingest without it ignores it). */
type IngestWithStates = (bytes: Uint8Array | string, fileName: string, options?: { states?: StateNames[] }) => StructuredDocument;
const ingestWithStates: IngestWithStates = ingest;

/** Ingests a corpus document as the corpus tests do: with TEST_STATES. */
export function ingestCorpus(bytes: Uint8Array | string, fileName: string): StructuredDocument {
  return ingestWithStates(bytes, fileName, { states: TEST_STATES });
}
