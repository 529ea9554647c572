/**
 * Checking a corpus and compiling it for the engine, in one pass: every quote is located in its
 * source (the spans the engine cites), every operative sentence's coverage computed, every
 * reference resolved. A corpus with errors still compiles as far as it can, but faces refuse to
 * evaluate it.
 */
import {
  type Corpus,
  loadCorpus,
  type LoadedTreaty,
  loadTreaty,
  locate,
  type PathKey,
  stateNamesOf,
  treatyDirsOf,
} from '../corpus/index.js';
import {
  appendAll,
  capDiagnostics,
  compareStrings,
  type CompiledCorpus,
  type CompiledTreaty,
  type Cover,
  type Diagnostic,
  type LocatedQuote,
  type Quote,
  type SourceCoverage,
  type StructuredDocument,
  type TreatyCheck,
} from '../model/index.js';
import { ingest } from '../text/index.js';
import { computeCoverage } from './coverage.js';
import { locateGaps } from './gaps.js';

import { findQuote, makeSearchable, type SearchableText } from './quote-match.js';
import { checkReferences } from './references.js';
import { checkUserFacingText } from './user-facing-text.js';
import { sourceView } from '../text/index.js';
import { relative, resolve } from 'node:path';

export interface CheckResult {
  diagnostics: Diagnostic[];
  treaties: TreatyCheck[];
  compiled?: CompiledCorpus;
  corpus: Corpus;
}

export function checkCorpus(root: string, treatyDirs?: string[]): CheckResult {
  const { corpus, diagnostics } = loadCorpus(root, treatyDirs);
  // Every treaty of the corpus is compiled (scenarios and tied durations may name any), only the asked-for ones reported.
  const others = treatyDirs ? otherTreaties(root, corpus) : [];
  appendAll(diagnostics, checkReferences(corpus, corpus.treaties, others));
  appendAll(diagnostics, checkUserFacingText(corpus));
  const treaties: TreatyCheck[] = [];
  const compiledTreaties: CompiledTreaty[] = [];
  const all = [...corpus.treaties, ...others];
  for (const t of all) {
    const asked = corpus.treaties.includes(t);
    const result = checkQuotesAndCoverage(t, root);
    if (asked) {
      appendAll(diagnostics, result.diagnostics);
      treaties.push({
        id: t.treaty.value.id,
        dir: t.dir,
        coverage: result.coverage,
        documents: result.documents,
        sourceTexts: new Map([...t.sources].map(([id, s]) => [id, s.text])),
        quoteSpans: result.quoteSpans,
        nonOperativeSpans: result.nonOperativeSpans,
      });
    }
    compiledTreaties.push({ treaty: t.treaty.value, history: t.history?.value.events ?? [], quoteSpans: result.quoteSpans });
  }
  compiledTreaties.sort((a, b) => compareStrings(a.treaty.id, b.treaty.id));
  const compiled =
    corpus.states && corpus.vocabulary
      ? {
          states: corpus.states.value,
          vocabulary: corpus.vocabulary.value,
          ...(corpus.gazetteer ? { gazetteer: corpus.gazetteer.value } : {}),
          treaties: compiledTreaties,
        }
      : undefined;
  return { diagnostics: capDiagnostics(sortDiagnostics(diagnostics)), treaties, compiled, corpus };
}

/** The corpus's treaties that were not asked for, loaded once each (their own findings are not reported). */
function otherTreaties(root: string, corpus: Corpus): LoadedTreaty[] {
  const asked = new Set(corpus.treaties.map((t) => resolve(t.dir)));
  return treatyDirsOf(root)
    .filter((dir) => !asked.has(resolve(dir)))
    .flatMap((dir) => loadTreaty(dir, stateNamesOf(corpus)).treaty ?? [])
    .filter((t) => !corpus.treaties.some((c) => c.treaty.value.id === t.treaty.value.id));
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const key = `${d.file}:${d.line}:${d.column}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
}

function checkQuotesAndCoverage(t: LoadedTreaty, root: string) {
  const diagnostics: Diagnostic[] = [];
  const quoteSpans: Record<string, LocatedQuote> = {};
  const nonOperativeSpans = new Map<number, LocatedQuote>();
  const documents = new Map<string, StructuredDocument>();
  const searchable = new Map<string, SearchableText>();
  const covers = new Map<string, Cover[]>();
  for (const [id, source] of t.sources) {
    const doc = ingest(source.text, source.file);
    documents.set(id, doc);
    searchable.set(id, makeSearchable(source.text, sourceView(doc).skip));
    covers.set(id, []);
  }
  const treaty = t.treaty.value;
  const fileOf = (sourceId: string) => {
    const s = treaty.sources.find((x) => x.id === sourceId);
    return s ? relative(root, `${t.dir}/${s.file}`) : sourceId;
  };

  /** The quote's match in its source, or undefined: an unknown source (reported by the reference check), or quote-not-found. */
  const find = (quote: Quote, path: PathKey[]) => {
    const text = searchable.get(quote.source);
    if (!text) return undefined;
    const match = findQuote(text, quote.text);
    if (!match.found) {
      const at = locate(t.treaty.yaml, [...path, 'text']);
      const closest = match.closest;
      const lineOf = closest ? text.raw.slice(0, closest.spans[0]!.start).split('\n').length : 0;
      diagnostics.push({
        severity: 'error',
        file: t.treaty.yaml.file,
        ...at,
        code: 'quote-not-found',
        message: `quote not found in source "${quote.source}": "${abbreviate(quote.text)}"`,
        hint: closest
          ? `the closest passage (${t.sources.get(quote.source)!.file}:${lineOf}) reads "${abbreviate(closest.text)}"; the quote agrees with it up to "${tail(closest.agreesUpTo)}". Copy the words exactly (only whitespace may differ)`
          : 'copy the words exactly from the source (only whitespace may differ)',
      });
      return undefined;
    }
    return match;
  };
  const check = (quote: Quote, path: PathKey[], cover: Omit<Cover, 'spans'> | null) => {
    const match = find(quote, path);
    if (!match) return undefined;
    if (match.occurrences > 1) {
      const at = locate(t.treaty.yaml, [...path, 'text']);
      diagnostics.push({
        severity: 'warning',
        file: t.treaty.yaml.file,
        ...at,
        code: 'quote-ambiguous',
        message: `quote occurs ${match.occurrences} times in source "${quote.source}"; the first is used`,
        hint: 'quote more words so that it is unique',
      });
    }
    if (cover) covers.get(quote.source)!.push({ ...cover, spans: match.spans });
    return match.spans;
  };

  treaty.provisions.forEach((p, i) => {
    const spans = check(p.quote, ['provisions', i, 'quote'], { kind: 'provision', id: p.id });
    if (spans) quoteSpans[p.id] = { source: p.quote.source, file: fileOf(p.quote.source), spans };
  });
  treaty.nonOperative.forEach((n, i) => {
    const spans = check(n.quote, ['nonOperative', i, 'quote'], { kind: 'non-operative', id: n.part });
    if (spans) nonOperativeSpans.set(i, { source: n.quote.source, file: fileOf(n.quote.source), spans });
  });
  if (treaty.signature.quote) check(treaty.signature.quote, ['signature', 'quote'], null);
  // An exception's words need only be found: its provision's quote covers them, and no span is kept.
  treaty.provisions.forEach((p, i) => p.exceptions?.forEach((e, j) => find(e.quote, ['provisions', i, 'exceptions', j, 'quote'])));
  const gaps = locateGaps(t, searchable, quoteSpans);
  diagnostics.push(...gaps.diagnostics);

  const coverage: SourceCoverage[] = [];
  for (const [id, source] of t.sources) {
    const doc = documents.get(id)!;
    const sourceCovers = [...covers.get(id)!, ...(gaps.covers.get(id) ?? [])];
    const result = computeCoverage(id, source.file, source.text, sourceView(doc).units, sourceCovers, gaps.gaps.get(id));
    coverage.push(result);
    for (const s of result.sentences) {
      if (s.status !== 'uncovered' && s.status !== 'partial') continue;
      const before = source.text.slice(0, s.spans[0]!.start).split('\n');
      diagnostics.push({
        severity: 'error',
        file: source.file,
        line: before.length,
        column: before[before.length - 1]!.length + 1,
        code: s.status === 'partial' ? 'sentence-partly-covered' : 'sentence-not-covered',
        message:
          s.status === 'partial'
            ? `${s.unit}: words not covered by any provision or non-operative mark: "${abbreviate(s.uncoveredText ?? '')}"`
            : `${s.unit}: operative sentence not covered: "${abbreviate(s.text)}"`,
        hint: `quote it in a provision of ${t.treaty.yaml.file}, or list it under nonOperative with the reason`,
      });
    }
  }
  return { diagnostics, quoteSpans, nonOperativeSpans, coverage, documents };
}

function abbreviate(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function tail(text: string, max = 50): string {
  return text.length > max ? `…${text.slice(text.length - max + 1)}` : text;
}
