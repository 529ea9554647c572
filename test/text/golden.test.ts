/**
 * Golden files: the full `--json` output for each source and fixture, compared byte for byte.
 * After a deliberate change, rewrite them with `UPDATE_GOLDEN=1 npm run test:unit` and review the diff.
 */
import { describe, it } from 'node:test';
import { ingest } from '../../src/text/index.js';
import { assertGolden } from '../support/golden.js';
import { PLAIN, SOURCES, asJson, goldenPath, readFixture } from './support.js';

describe('golden structured documents', () => {
  for (const file of [...Object.values(SOURCES), ...Object.values(PLAIN)]) {
    it(file, () => {
      assertGolden(goldenPath(file), asJson(ingest(readFixture(file).bytes, file)));
    });
  }
});
