// corpus/states.yaml is generated (npm run states) from the package world-countries and
// data/states.input.yaml: the committed file must be exactly what the generator writes now.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFromPackage, committedStatesFile } from '../../scripts/states/package.js';

test('corpus/states.yaml is what `npm run states` writes from world-countries and data/states.input.yaml', () => {
  const built = buildFromPackage().text;
  const committed = committedStatesFile();
  if (built !== committed) {
    const builtLines = built.split('\n');
    const committedLines = committed.split('\n');
    const line = builtLines.findIndex((text, i) => text !== committedLines[i]);
    assert.fail(
      `corpus/states.yaml is out of date (first difference at line ${line + 1}: expected ${JSON.stringify(builtLines[line])}, ` +
        `found ${JSON.stringify(committedLines[line])}): run \`npm run states\` and commit corpus/states.yaml`,
    );
  }
});
