/**
 * Golden files: the full `--json` output for each source and fixture, compared byte for byte.
 * After a deliberate change, rewrite them with `UPDATE_GOLDEN=1 npm run test:unit` and review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ingest } from '../../src/text/index.js';
import { PLAIN, SOURCES, asJson, goldenPath, readFixture } from './support.js';

const update = process.env.UPDATE_GOLDEN === '1';

describe('golden structured documents', () => {
  for (const file of [...Object.values(SOURCES), ...Object.values(PLAIN)]) {
    it(file, () => {
      const actual = asJson(ingest(readFixture(file).bytes, file));
      const golden = goldenPath(file);
      if (update) writeFileSync(golden, actual);
      assert.ok(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm run test:unit`);
      assert.equal(actual, readFileSync(golden, 'utf8'), `${golden} differs (if the change is intended: UPDATE_GOLDEN=1)`);
    });
  }
});
