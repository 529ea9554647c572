/**
 * Test support for the exports: the bundled corpus's export inputs, golden files (rewrite them with
 * `UPDATE_GOLDEN=1` after a deliberate change, then review the diff), and Akoma Ntoso validation
 * with xmllint against the OASIS schema vendored in standards/akoma-ntoso/ (Debian: libxml2-utils).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCorpus } from '../../src/check/compile.js';
import { exportInputs, type TreatyExportInput } from '../../src/export/common/input.js';
import { assertGolden as assertGoldenFile } from '../support/golden.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS = join(ROOT, 'corpus');
export const MULTILATERAL = join(ROOT, 'test', 'fixtures', 'corpus-multilateral');
export const MINIMAL = join(ROOT, 'test', 'fixtures', 'corpus-minimal');
/** A source with gaps and an incomplete provision (issue 15). */
export const GAPS = join(ROOT, 'test', 'fixtures', 'corpus-gaps');
/** One treaty per lifecycle shape of docs/lifecycle.md (issue 14). */
export const LIFECYCLE = join(ROOT, 'test', 'fixtures', 'corpus-lifecycle');
export const GOLDEN = join(ROOT, 'test', 'fixtures', 'export', 'golden');
export const AKN_XSD = join(ROOT, 'standards', 'akoma-ntoso', 'akomantoso30.xsd');
export const TREATIES = ['prk-rus-2024', 'ussr-prk-1961'] as const;

const cache = new Map<string, TreatyExportInput[]>();

/** Export inputs for every treaty of a corpus (checked clean), by id. */
export function inputsOf(root = CORPUS): Map<string, TreatyExportInput> {
  let inputs = cache.get(root);
  if (!inputs) {
    const check = checkCorpus(root);
    assert.deepEqual(
      check.diagnostics.filter((d) => d.severity === 'error'),
      [],
      `${root} does not check clean`,
    );
    inputs = exportInputs(
      check.compiled!,
      check,
      check.compiled!.treaties.map((t) => t.treaty.id),
    );
    cache.set(root, inputs);
  }
  return new Map(inputs.map((i) => [i.treaty.id, i]));
}

export function inputOf(id: string, root = CORPUS): TreatyExportInput {
  const input = inputsOf(root).get(id);
  assert.ok(input, `no treaty ${id} in ${root}`);
  return input;
}

/** Compares with the golden file of that name byte for byte (or rewrites it under UPDATE_GOLDEN=1). */
export function assertGolden(name: string, actual: string): void {
  assertGoldenFile(join(GOLDEN, name), actual);
}

/** xmllint's verdict on an XML text against the Akoma Ntoso 3.0 schema. */
export function validateAkn(xml: string): { ok: boolean; output: string } {
  assert.ok(existsSync(AKN_XSD), `the Akoma Ntoso schema is missing: ${AKN_XSD} (it is vendored in standards/akoma-ntoso/)`);
  const file = join(mkdtempSync(join(tmpdir(), 'pacta-akn-')), 'export.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', AKN_XSD, file], { encoding: 'utf8' });
  assert.ok(!r.error, `xmllint did not run (${r.error?.message}): install Debian's libxml2-utils`);
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** An XPath 1.0 expression evaluated by xmllint (match elements with *[local-name()='…']). */
export function xpath(xml: string, expression: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pacta-akn-')), 'export.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--nonet', '--xpath', expression, file], { encoding: 'utf8' });
  assert.ok(!r.error, `xmllint did not run (${r.error?.message})`);
  return r.stdout.replace(/\n$/, '');
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
