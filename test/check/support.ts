/** Test support: copies of the minimal fixture corpus with one change applied, checked in place. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkCorpus } from '../../src/check/compile.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

export const MINIMAL_CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus-minimal');

export interface Mutation {
  file: string;
  find: string | RegExp;
  replace: string;
}

/** A fresh copy of the minimal corpus with the mutations applied; returns its root. */
export function mutatedCorpus(...mutations: Mutation[]): string {
  return mutatedCopy(MINIMAL_CORPUS, ...mutations);
}

/** A fresh copy of the fixture corpus at `fixture` with the mutations applied in order (each must apply); returns its root. */
export function mutatedCopy(fixture: string, ...mutations: Mutation[]): string {
  const root = mkdtempSync(join(tmpdir(), 'pacta-check-'));
  cpSync(fixture, root, { recursive: true });
  return mutate(root, ...mutations);
}

/** Applies the mutations in order to the corpus at `root` (each must apply); returns `root`. */
export function mutate(root: string, ...mutations: Mutation[]): string {
  for (const m of mutations) {
    const path = join(root, m.file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(m.find, m.replace);
    if (after === before) throw new Error(`mutation did not apply: ${String(m.find)} in ${m.file}`);
    writeFileSync(path, after);
  }
  return root;
}

export interface Finding {
  /** `file:line:column`, the file relative to the corpus root. */
  at: string;
  code: string;
  severity: string;
  message: string;
  hint?: string;
}

/** Every finding of `pacta check` on the corpus at `root` (or on its `dirs`); a path in a hint is shown from the corpus root. */
export function findingsOf(root: string, dirs?: string[]): Finding[] {
  return checkCorpus(
    root,
    dirs?.map((d) => join(root, d)),
  ).diagnostics.map((d) => ({
    at: `${relative(root, d.file)}:${d.line}:${d.column}`,
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.hint !== undefined ? { hint: d.hint.split(`${root}/`).join('') } : {}),
  }));
}

/** `file:line:column: message` for each error, file relative to the corpus root. */
export function errorsOf(root: string): string[] {
  return checkCorpus(root)
    .diagnostics.filter((d: Diagnostic) => d.severity === 'error')
    .map((d) => `${relative(root, d.file)}:${d.line}:${d.column}: ${d.message}`);
}

export function diagnosticsOf(root: string): Diagnostic[] {
  return checkCorpus(root).diagnostics;
}
