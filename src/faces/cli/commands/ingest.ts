/**
 * `pacta ingest FILE [--json]`: a raw document becomes a structured document. With --json, the
 * document itself (keys in schema order, 2-space indent); otherwise a summary for reading.
 * The input is read by read-input.ts: bounded by the input limit, devices refused, a named pipe
 * without a writer refused after a few seconds, `-` for standard input.
 */
import type { Command } from 'commander';
import {
  formatDiagnostic,
  InputError,
  LineIndex,
  stateNames,
  type Article,
  type Closing,
  type Expression,
  type Piece,
  type Span,
  type StructuredDocument,
} from '../../../model/index.js';
import { loadStatesFile } from '../../../corpus/index.js';
import { ingest, type StateNames } from '../../../text/index.js';
import { resolveCorpusRoot } from '../corpus-access.js';
import { readInput } from '../read-input.js';
import type { RegisterCommand } from './index.js';

const FIRST_WORDS = 10;

function firstWords(text: string): string {
  const words = text.split(' ');
  return words.length <= FIRST_WORDS ? text : words.slice(0, FIRST_WORDS).join(' ') + ' …';
}

function where(lines: LineIndex, file: string, spans: readonly Span[]): string {
  const first = spans[0];
  if (!first) return file;
  const { line, column } = lines.at(first.start);
  return `${file}:${line}:${column}`;
}

function quoted(piece: Piece | null | undefined): string {
  return piece ? `"${firstWords(piece.text)}"` : '—';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The metadata as label/value rows, in the schema's order, only those the document states. */
function metadataRows(doc: StructuredDocument): [string, string][] {
  const m = doc.metadata;
  const rows: [string, string | undefined][] = [
    ['registration number', m.registrationNumber?.value],
    ['parties', m.parties?.map((p) => (p.code ? `${p.value} (${p.code})` : p.value)).join('; ')],
    ['titles', m.titles?.map((t) => `[${t.language}] ${t.value}`).join('; ')],
    ['signed', m.signature && [m.signature.place?.value, m.signature.date?.value].filter(Boolean).join(', ')],
    ['official languages', m.officialLanguages?.map((l) => l.value).join(', ')],
    ['registered', m.registration && [m.registration.by?.value, m.registration.date?.value].filter(Boolean).join(', ')],
    ['translation', m.translation && (m.translation.value ? `yes (${m.translation.text})` : `no (${m.translation.text})`)],
    ['entry into force', m.entryIntoForce?.value],
    ['publisher', m.publisher?.value],
    ['feed', m.feed?.value],
    ['captured on', m.capturedOn?.value],
    ['date', m.date?.value],
    ['dateline', m.dateline && [m.dateline.place.value, m.dateline.date?.value].filter(Boolean).join(', ')],
    ['signatories', m.signatories?.map((s) => s.name.value).join('; ')],
    ['end mark', m.endMark?.value],
    [
      'source line',
      m.sourceLine &&
        `${m.sourceLine.url.value}${m.sourceLine.date ? ` (${m.sourceLine.date.value}, from ${m.sourceLine.date.text})` : ''}`,
    ],
  ];
  return rows.filter((row): row is [string, string] => typeof row[1] === 'string' && row[1] !== '');
}

function articleLine(article: Article): string {
  const heading = article.heading ? ` – ${article.heading.text}` : '';
  return `${article.label.text}${heading}: ${plural(article.paragraphs.length, 'paragraph')}, "${firstWords(article.text)}"`;
}

/**
 * The divisions as an indented outline, in document order: each division's label and heading at its
 * level, the articles it holds one level in (an annex's articles under the annex), the articles
 * outside any division at the top.
 */
function outline(doc: StructuredDocument): string[] {
  const rows: { at: number; line: string }[] = [];
  const indent = (depth: number) => '  '.repeat(depth + 1);
  for (const d of doc.divisions) {
    const heading = d.heading ? ` – ${d.heading.text}` : '';
    const own = d.paragraphs.length
      ? `: ${plural(d.paragraphs.length, 'paragraph')} outside articles, "${firstWords(d.paragraphs[0]!.text)}"`
      : '';
    rows.push({ at: d.label.spans[0]?.start ?? 0, line: `${indent(d.level - 1)}${d.label.text}${heading}${own}` });
  }
  for (const a of doc.articles) {
    const holder = a.division === null ? undefined : doc.divisions[a.division];
    rows.push({ at: a.label.spans[0]?.start ?? 0, line: `${indent(holder ? holder.level : 0)}${articleLine(a)}` });
  }
  // Sorting is stable: on a tie of starts (no two leaves share one) a division stays before an article.
  return rows.sort((x, y) => x.at - y.at).map((r) => r.line);
}

/** The closing's date as read, or the words where it is left blank (never a guessed date). */
function closingDate(closing: Closing): string | null {
  if (closing.date) return `date: ${closing.date.value}`;
  if (closing.dateLeftBlank) return `date left blank: ${closing.dateLeftBlank.text} (not guessed)`;
  return null;
}

/** One line per other expression: "other expression: nl, 14 articles, title "…"". */
function expressionLine(e: Expression): string {
  const divisions = e.divisions.length ? `, ${plural(e.divisions.length, 'division')}` : '';
  return `other expression: ${e.language}, ${plural(e.articles.length, 'article')}${divisions}, title ${quoted(e.title)}`;
}

/** The summary `pacta ingest FILE` prints. */
export function ingestSummary(doc: StructuredDocument, raw: string): string {
  const file = doc.source.file;
  const lines = new LineIndex(raw);
  const out: string[] = [];
  out.push(`${file}: ${doc.kind} (${doc.source.length} characters, sha256 ${doc.source.sha256.slice(0, 12)}…)`);
  out.push(`title: ${doc.title ? doc.title.text : '—'}`);
  out.push(`language: ${doc.language ?? '—'}`);
  const rows = metadataRows(doc);
  if (rows.length > 0) {
    out.push('metadata:');
    const width = rows.reduce((widest, [label]) => Math.max(widest, label.length), 0);
    for (const [label, value] of rows) out.push(`  ${label.padEnd(width)}  ${value}`);
  }
  if (doc.preamble) {
    const p = doc.preamble;
    out.push(
      `preamble: ${p.parties ? 'parties, ' : ''}${plural(p.recitals.length, 'recital')}, ${plural(p.plenipotentiaries.length, 'plenipotentiary').replace('plenipotentiarys', 'plenipotentiaries')}${p.agreement ? ', agreement formula' : ''}`,
    );
    for (const person of p.plenipotentiaries) {
      out.push(
        `  ${person.name?.value ?? '?'}${person.office ? `, ${person.office.value}` : ''}${person.party ? ` (for ${person.party.value})` : ''}`,
      );
    }
  }
  if (doc.divisions.length > 0) {
    out.push(`articles (${doc.articles.length}) in ${plural(doc.divisions.length, 'division')}:`);
    for (const line of outline(doc)) out.push(line);
  } else if (doc.articles.length > 0) {
    out.push(`articles (${doc.articles.length}):`);
    for (const article of doc.articles) out.push(`  ${articleLine(article)}`);
  }
  if (doc.paragraphs.length > 0) {
    out.push(`paragraphs (${doc.paragraphs.length}):`);
    doc.paragraphs.forEach((paragraph, i) => out.push(`  ${String(i + 1).padStart(2)} ${paragraph.role.padEnd(4)} ${quoted(paragraph)}`));
  }
  if (doc.footnotes.length > 0) {
    out.push(`footnotes (${doc.footnotes.length}):`);
    for (const note of doc.footnotes) {
      const anchor = note.anchor?.piece ? `; annotates ${note.anchor.piece}` : '';
      const interrupts = note.placement.interrupts ? `; interrupts ${note.placement.interrupts}` : '';
      out.push(`  ${note.marker} ${quoted(note)}${anchor}${interrupts}`);
    }
  }
  if (doc.closing) {
    out.push(`closing: ${quoted(doc.closing)}`);
    const date = closingDate(doc.closing);
    if (date) out.push(`  ${date}`);
  }
  if (doc.signatures.length > 0) {
    out.push(`signatures (${doc.signatures.length}):`);
    for (const signature of doc.signatures)
      out.push(`  ${signature.name?.text ?? '—'}${signature.party ? ` for ${signature.party.value}` : ''}`);
  }
  for (const e of doc.otherExpressions) out.push(expressionLine(e));
  if (doc.removed.length > 0) {
    out.push(`removed (${doc.removed.length}):`);
    for (const removed of doc.removed) out.push(`  ${where(lines, file, removed.spans)}: ${removed.reason}: ${quoted(removed)}`);
  }
  for (const warning of doc.warnings) {
    const first = warning.spans[0];
    const at = first ? lines.at(first.start) : { line: 0, column: 0 };
    out.push(formatDiagnostic({ severity: 'warning', file, ...at, code: warning.code, message: warning.message }));
  }
  return out.join('\n') + '\n';
}

/**
 * The states a corpus's states.yaml names (code, name, aliases), for giving the parties their codes.
 * Only with --corpus: without it no state is known, so the document is the same for everyone.
 */
function stateNamesOf(option: string, env: Readonly<Record<string, string | undefined>>): StateNames {
  const { loaded, diagnostics } = loadStatesFile(resolveCorpusRoot(option, env));
  if (!loaded) throw InputError.of(diagnostics.filter((d) => d.severity === 'error'));
  return stateNames(loaded.value);
}

export const registerIngest: RegisterCommand = (program: Command, { io }) => {
  program
    .command('ingest')
    .description('turn a raw document (UNTS record, news page, treaty text) into a structured document')
    .argument('<file>', 'a UTF-8 text file (or named pipe), at most 10 MB; - for standard input')
    .option('--json', 'print the structured document as JSON')
    .option('--corpus <dir>', "give the parties the codes of the states this corpus's states.yaml names")
    .action(async (file: string, options: { json?: boolean; corpus?: string }) => {
      const states = options.corpus === undefined ? undefined : stateNamesOf(options.corpus, io.env);
      const { name, bytes } = await readInput(file, io.stdin);
      const doc = ingest(bytes, name, { states });
      if (options.json) {
        io.stdout.write(JSON.stringify(doc, null, 2) + '\n');
        return;
      }
      // ingest has checked the bytes are UTF-8; the summary needs the text to give line and column.
      const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      io.stdout.write(ingestSummary(doc, raw));
    });
};
