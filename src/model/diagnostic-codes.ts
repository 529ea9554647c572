/**
 * Every code a diagnostic can carry: a closed list, because codes are part of Pacta's API (scripts
 * match on them; each has a test). Add a code here, with a test that produces it, before using it.
 */
import { z } from 'zod';

/** Reading a file or an input at all (size, encoding, existence). */
export const INPUT_CODES = [
  'file-missing',
  'not-a-file',
  'is-a-folder',
  'file-too-large',
  'binary-file',
  'not-utf8',
  'input-binary',
  'input-is-directory',
  'input-missing',
  'input-unreadable',
  'input-empty',
  'input-not-utf8',
  'input-too-large',
  'input-too-many-lines',
  'input-utf16',
  'bad-json',
  'write-failed',
  // Reading devices, pipes and text with lone surrogates (issue 18).
  'input-is-device',
  'input-no-writer',
  'input-lone-surrogate',
] as const;

/** YAML syntax, one per error code of the `yaml` parser (`yaml-` + its code in kebab case). */
export const YAML_CODES = [
  'yaml-alias-props',
  'yaml-bad-alias',
  'yaml-bad-directive',
  'yaml-bad-dq-escape',
  'yaml-bad-indent',
  'yaml-bad-prop-order',
  'yaml-bad-scalar-start',
  'yaml-block-as-implicit-key',
  'yaml-block-in-flow',
  'yaml-duplicate-key',
  'yaml-impossible',
  'yaml-key-over-1024-chars',
  'yaml-missing-char',
  'yaml-multiline-implicit-key',
  'yaml-multiple-anchors',
  'yaml-multiple-docs',
  'yaml-multiple-tags',
  'yaml-non-string-key',
  'yaml-resource-exhaustion',
  'yaml-tab-as-indent',
  'yaml-tag-resolve-failed',
  'yaml-unexpected-token',
  'yaml-bad-collection-type',
] as const;

/** The corpus and its references (`pacta check`). */
export const CORPUS_CODES = [
  'schema',
  'not-a-corpus',
  'corpus-incomplete',
  'no-such-folder',
  'not-a-treaty-folder',
  'duplicate-id',
  'unknown-state',
  'state-not-existing',
  // An ISO 3166-1 territory (Guam) named as a treaty's party or an event's state: its administering state is.
  'territory-not-party',
  'unknown-treaty',
  'unknown-provision',
  'unknown-article',
  'unknown-source',
  'unknown-event',
  'unknown-event-type',
  // A `kind` that its event type does not list (vocabulary.yaml kinds): "militray" for military.
  'unknown-kind',
  'unknown-fluent',
  'unknown-term',
  'unknown-reading',
  'unknown-role',
  'missing-role',
  'missing-treaty',
  'unexpected-role',
  'not-procedural',
  'quote-not-found',
  'quote-ambiguous',
  'qualifier-not-in-quote',
  'words-not-in-quote',
  'sentence-not-covered',
  'sentence-partly-covered',
  'empty-scenario',
  // Lifecycle clauses (issue 14): a tied duration's treaty, a by-reading duration's readings.
  'tied-to-itself',
  'tied-cycle',
  'missing-reading',
  // A file of a treaty folder that no loader reads (a stray .yaml, or a scenario that is not .yaml).
  'ignored-file',
  // Places and actors (issue 15): a place id not in gazetteer.yaml, or not existing on the event's day;
  // containment that goes round; a scope's role with no place of the kind; a non-state actor not in states.yaml.
  'unknown-place',
  'place-not-existing',
  'place-cycle',
  'missing-place',
  'unknown-actor',
  // Incomplete sources (issue 15): a gap's marker or words not in its source; a gap that cuts a provision not marked incomplete.
  'gap-not-found',
  'gap-cuts-provision',
  // Uncertain facts (issue 15): a lifecycle act dated only within bounds or disputed (lifecycles are computed from exact dates).
  'uncertain-lifecycle-date',
  // A time-in-force condition inside `any`.
  'misplaced-condition',
  // User-facing text (a citation, a note, a reason) that names a project file: "FACTS.md", "history.yaml" (issue 19).
  'internal-file-name',
] as const;

/** Command-line usage. */
export const USAGE_CODES = ['bad-usage', 'bad-option', 'bad-date'] as const;

/** Starting the HTTP server (`pacta serve`): what stops it from listening or opening its database. */
export const SERVE_CODES = [
  'serve-port-in-use',
  'serve-host-unresolvable',
  'serve-listen-failed',
  'serve-database-unreadable',
  'serve-data-unwritable',
] as const;

/** Bounds on what one input may ask for, and dates the calendar cannot hold (issue 18): each names its limit. */
export const BOUNDS_CODES = [
  'yaml-too-deep',
  'too-many-diagnostics',
  'repeated-reading',
  'too-many-readings',
  'too-many-combinations',
  'too-many-date-variants',
  'too-many-events',
  'source-outside-corpus',
] as const;

/** Warnings of ingestion about a document's structure (`StructuredDocument.warnings`). */
export const INGEST_WARNING_CODES = [
  'no-structure',
  'empty-article',
  'article-sequence',
  'unrecognised-front-matter',
  'registration-number-mismatch',
  'empty-footnote',
  'footnote-without-marker',
  'marker-without-footnote',
  'date-without-year',
  'ambiguous-date',
  'blank-date',
  'duplicate-article',
] as const;

export const DIAGNOSTIC_CODES = [
  ...INPUT_CODES,
  ...YAML_CODES,
  ...CORPUS_CODES,
  ...USAGE_CODES,
  ...SERVE_CODES,
  ...BOUNDS_CODES,
  ...INGEST_WARNING_CODES,
] as const;

export const DiagnosticCode = z.enum(DIAGNOSTIC_CODES).describe('stable identifier of the kind of finding, e.g. quote-not-found');
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

export const IngestWarningCode = z.enum(INGEST_WARNING_CODES).describe('stable identifier, e.g. no-structure');
export type IngestWarningCode = z.infer<typeof IngestWarningCode>;

/** The `yaml` parser's error code as a diagnostic code. */
export function yamlDiagnosticCode(parserCode: string): DiagnosticCode {
  const code = `yaml-${parserCode.toLowerCase().replace(/_/g, '-')}`;
  return (DIAGNOSTIC_CODES as readonly string[]).includes(code) ? (code as DiagnosticCode) : 'yaml-impossible';
}
