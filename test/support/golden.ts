/**
 * Golden files: an output kept under test/fixtures/<part>/golden/ and compared byte for byte.
 * After a deliberate change, `UPDATE_GOLDEN=1 npm run test:unit` rewrites every golden file from
 * the output of the test that owns it; review the diff (git diff test/fixtures) before committing.
 * A test that checks another face against a golden file it does not own (the CLI printing what the
 * library gives) reads it with `{ update: false }`: the golden file has one writer.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Set by `UPDATE_GOLDEN=1`: owners rewrite their golden files instead of only comparing. */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/**
 * Asserts that `actual` is the golden file at `path`, byte for byte; under UPDATE_GOLDEN=1 first
 * rewrites the file with it (unless `update: false`).
 */
export function assertGolden(path: string, actual: string, options: { update?: boolean } = {}): void {
  if (options.update ?? UPDATE_GOLDEN) writeFileSync(path, actual);
  assert.ok(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npm run test:unit, then review it`);
  assert.equal(
    actual,
    readFileSync(path, 'utf8'),
    `${path} differs (if the change is intended: UPDATE_GOLDEN=1 npm run test:unit, then review the diff)`,
  );
}
